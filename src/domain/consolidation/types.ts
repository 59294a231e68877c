/** Shapes of consolidation: validated files in, the province's summary (indicators, tasks, counts, register) out. */
import type { Catalog, UnitGroup } from "../catalog/types";
import type { IsoDate, ParsedValue, Period, TaskBucket, TaskStatus } from "../language/types";
import type { CellRef } from "../submission/types";

export interface ConsolidationInput {
  catalog: Catalog;
  period: Period;
  asOf: IsoDate;
  /** One entry per file looked at, after validation and after keeping the latest per unit. */
  files: FileOutcome[];
}

/** One indicator as a unit's file gave it, after validation (values with errors already left out). */
export interface IndicatorOutcome {
  indicatorId: string;
  value?: ParsedValue;
  numerator?: number;
  denominator?: number;
  estimate: boolean;
  cell: CellRef;
}

/** One task as a unit's file gave it, after validation. */
export interface TaskOutcome {
  taskId: string;
  status?: TaskStatus;
  progress?: number;
  description?: string;
  cell: CellRef;
}

export interface FileOutcome {
  file: string;
  unitId?: string;
  receivedAt: string;
  status: "accepted" | "rejected" | "replaced";
  replacedBy?: string;
  errors: number;
  warnings: number;
  indicators: IndicatorOutcome[];
  tasks: TaskOutcome[];
}

/** Where a consolidated figure or status came from: the unit, its file and cell, and what it said there. */
export interface Source {
  unitId: string;
  file: string;
  cell: CellRef;
  text: string;
}

export type IndicatorVerdict = "met" | "not_met" | "no_data";

export interface ConsolidatedIndicator {
  id: string;
  /** The province's figure; computed rates are rounded to the one decimal the report prints. */
  value?: number;
  /** As the report writes it: "67,1%", "127", "Ước 99,8%", "1 (Số liệu lũy kế)", or the units' reason for no number. */
  display: string;
  met: IndicatorVerdict;
  /** Why there is no verdict (no_data only), in Vietnamese. */
  reason?: string;
  /** Units that gave a usable number (for ratio: both Tử số and Mẫu số). */
  reporting: number;
  /** Units expected to report it. */
  expected: number;
  /** The expected units that gave no usable number, in the order they are expected. */
  missingUnitIds: string[];
  estimate: boolean;
  sources: Source[];
}

export interface ConsolidatedTask {
  id: string;
  status?: TaskStatus;
  /** "Đã hoàn thành" / "Đang thực hiện" / "Chưa thực hiện" / "Chưa có báo cáo". */
  statusText: string;
  bucket: TaskBucket;
  overdue: boolean;
  dueDate?: IsoDate;
  /** Every unit's description, "- Sở Y tế: …" lines joined by "\n", leads first. */
  description: string;
  sources: Source[];
}

export interface TaskCounts {
  total: number;
  continuous: number;
  recurring: number;
  dueBefore: { total: number; done: number; overdue: number };
  dueInPeriod: { total: number; done: number; onTime: number; overdue: number };
  /** `done`: finished before the due date, which the report's sentence has no slot for unless it happens. */
  notYetDue: { total: number; done: number; inProgress: number; notStarted: number };
}

export type RegisterStatus = "received" | "late" | "missing" | "rejected";

export interface RegisterRow {
  unitId: string;
  name: string;
  group: UnitGroup;
  status: RegisterStatus;
  file?: string;
  receivedAt?: string;
  errors: number;
  warnings: number;
  replacedFiles: string[];
}

export interface GroupCompleteness {
  /** Received on time or late; a rejected file does not count. */
  received: number;
  total: number;
  /** Units without an accepted file (missing or rejected), in register order. */
  missing: string[];
}

export interface Completeness {
  so: GroupCompleteness;
  xa: GroupCompleteness;
}

export interface Consolidation {
  period: Period;
  asOf: IsoDate;
  indicators: ConsolidatedIndicator[];
  tasks: ConsolidatedTask[];
  taskCounts: TaskCounts;
  /** The report's section III lines. */
  taskSentences: string[];
  register: RegisterRow[];
  completeness: Completeness;
  /** "12/15 sở, ban, ngành và 70/75 xã, phường đã gửi báo cáo; chưa nhận được báo cáo của: …." */
  completenessSentence: string;
  /** "Gửi muộn (sau ngày 10/5/2026): …." when any unit sent late. */
  lateSentence?: string;
  /** "Tệp không hợp lệ, cần gửi lại: …." when any unit's file was rejected. */
  rejectedSentence?: string;
}
