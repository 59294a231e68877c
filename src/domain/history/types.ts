/** Shapes of the history the collecting workbook keeps: one record per period × unit × item, and what is read from it. */
import type { Period } from "../language/types";

export type HistoryItemKind = "indicator" | "task";

/** The province's own figure or status is recorded as one more "unit", so the previous period's summary is at hand. */
export const PROVINCE_UNIT_ID = "toan-tinh";

/** One row of the sheet "Dữ liệu các kỳ". */
export interface HistoryRecord {
  /** The period's code: "2026-05", "2026-Q2". */
  period: string;
  unitId: string;
  unitName: string;
  kind: HistoryItemKind;
  itemId: string;
  /** The figure (indicators): the unit's number, or the province's as Phụ lục II prints it. */
  value?: number;
  numerator?: number;
  denominator?: number;
  /** What the cell said ("Ước 87,6%", "Đang thống kê số liệu"), or what the summary printed for the province. */
  text: string;
  /** Tasks: "Đã hoàn thành" / "Đang thực hiện" / "Chưa thực hiện" / "Chưa có báo cáo"; indicators of the province: the verdict. */
  status?: string;
  progress?: number;
  receivedAt?: string;
  file?: string;
  /** "Chỉ tiêu!F7": the unit's cell the record was read from. */
  cell?: string;
}

/** What a consolidation is given from the history: the records of earlier periods, and whether to carry figures forward. */
export interface ConsolidationHistory {
  records: HistoryRecord[];
  /** A unit without an accepted report this period contributes its last figures of the same year. */
  carryForward: boolean;
}

/** Consolidation's figures carry them; the history fills them in. */
export type { PreviousFigure, PreviousStatus } from "../consolidation/types";

/** Each unit's last cumulative figure of the year before this period: unit id → indicator id → number (plain data for worker threads). */
export type PreviousFigures = Record<string, Record<string, number>>;

/** A unit's figures carried from an earlier period. */
export interface CarriedUnit {
  unitId: string;
  period: Period;
  /** Receipt time of the file the figures came from, as recorded (ISO date and time). */
  receivedAt?: string;
}
