import type { IsoDate } from "../language/types";

/** Where a value sits in the unit's file: sheet name and A1 address. */
export interface CellRef {
  sheet: string;
  cell: string;
}

/** One input cell as read: the cached value of a formula, never the formula itself. */
export interface CellInput extends CellRef {
  raw: string | number | boolean | null;
  /** Excel error value such as "#N/A" or "#DIV/0!". */
  error?: string;
  /** The cell held a formula (its cached value is in raw). */
  formula?: boolean;
  /** The cell is formatted as a percent, so Excel stores 87,6% as 0.876. */
  percentFormat?: boolean;
}

/** The fixed (locked) cells of a row as read back, keyed by column key (formColumns), to spot edits. */
export type FixedCells = Record<string, CellInput>;

export interface IndicatorEntry {
  indicatorId: string;
  fixed: FixedCells;
  result: CellInput;
  numerator?: CellInput;
  denominator?: CellInput;
  note?: CellInput;
}

export interface TaskEntry {
  taskId: string;
  fixed: FixedCells;
  status: CellInput;
  progress?: CellInput;
  description?: CellInput;
  difficulties?: CellInput;
  proposals?: CellInput;
  /** A composite deadline's parts, each with its own Tiến độ (rows "NV.I.8#1", …); absent on a form without them. */
  parts?: TaskPartEntry[];
}

/** The Tiến độ of one part of a task's deadline; `index` is the part's place in `deadline.parts`. */
export interface TaskPartEntry {
  index: number;
  /** The part row's locked cells (STT, Nội dung, Sản phẩm, Thời gian), as the task's own. */
  fixed: FixedCells;
  status: CellInput;
}

/**
 * One row of the form's "Văn bản" table: a document the unit issued in the period. `row` is the table's STT;
 * a column missing from the sheet leaves its field out.
 */
export interface DocumentEntry {
  row: string;
  number?: CellInput;
  date?: CellInput;
  summary?: CellInput;
  taskId?: CellInput;
}

/** The hidden identity a form carries, checked when it comes back. */
export interface FormIdentity {
  templateId: string;
  templateVersion: number;
  catalogYear: number;
  unitId: string;
  period: string;
  /** Hash of the fixed content (ids, STT, names, targets) the form was built with. */
  fingerprint: string;
}

/**
 * A cell where the form shows its unit or period to whoever reads it (a sheet's title line "Đơn vị: … — Kỳ báo
 * cáo: …", the cover's "Đơn vị" and "Kỳ báo cáo"), as written there: checked against the hidden identity.
 */
export interface ShownIdentity extends CellRef {
  unit?: string;
  period?: string;
}

/** One unit's filled form for one period, as read from a file or a sheet. */
export interface Submission {
  file: string;
  /** When the officer received it (file time or import time); decides late and which resubmission wins. */
  receivedAt: IsoDate | string;
  /**
   * The hidden identity a form file carries; absent for a form read from sheets copied into a workbook, which
   * name their unit and period only in their title line (the hidden sheet does not travel with them).
   */
  identity?: FormIdentity;
  unitId: string;
  period: string;
  /** Where a form file shows its unit and period; absent where the reader found them by the title line itself. */
  shownIdentity?: ShownIdentity[];
  contact?: { name?: string; phone?: string; email?: string };
  indicators: IndicatorEntry[];
  tasks: TaskEntry[];
  /** The documents table's filled rows; absent on a form made before the table existed (it is optional). */
  documents?: DocumentEntry[];
}
