/** What one unit sends for a period, planned before any workbook is touched (samples.json holds these). */
import type { IndicatorColumnKey, TaskColumnKey } from "../domain/forms/formColumns";

/** What a unit writes in one indicator row; a text "#N/A" is written as Excel's error value. */
export interface IndicatorPlan {
  result?: string | number;
  numerator?: number;
  denominator?: number;
  note?: string;
}

export interface TaskPlan {
  /** Absent for a composite deadline, whose form asks each part's instead. */
  status?: string;
  /** A composite deadline's Tiến độ, part by part (the rows "NV.I.8#1", …). */
  parts?: string[];
  progress?: number;
  description?: string;
  difficulties?: string;
  proposals?: string;
}

/** A row of the form's "Văn bản" sheet; `date` is ISO, written as `dateAs` says. */
export interface DocumentPlan {
  number: string;
  date: string;
  /** A real Excel date, text "14/4/2026", or text "14/04/2026". */
  dateAs: "date" | "text" | "paddedText";
  summary: string;
  taskId?: string;
}

/** The slips the samples carry on purpose, so validation and consolidation have something to catch. */
export type SampleQuirk =
  | "late" // received after the report deadline (11th–13th)
  | "missing" // never sent
  | "percent_over_100" // "104" in a percent cell
  | "numerator_over_denominator"
  | "error_value" // #N/A where a value is expected
  | "unknown_status" // "Xong"
  | "estimate" // "Ước 95%"
  | "reason_instead_of_number" // "Đang thống kê số liệu"
  | "status_variant" // "đang thực hiện", "Đã Hoàn Thành"
  | "overdue" // NV.I.2 still "Đang thực hiện" after its deadline
  | "replaced" // the first of two files, replaced by the later one
  | "resubmission" // the later file that replaces it
  | "wrong_period" // a form of the previous period
  | "edited_fixed_text"; // a locked plan text changed

/** A change to a fixed (locked) cell of the form: the row by Mã, the column by its layout key. */
export type FixedEdit =
  | { sheet: "indicators"; id: string; column: Exclude<IndicatorColumnKey, "id">; text: string }
  | { sheet: "tasks"; id: string; column: Exclude<TaskColumnKey, "id">; text: string };

export interface ContactPlan {
  name: string;
  phone: string;
  email: string;
}

export interface SamplePlan {
  unitId: string;
  /** The period the form was issued for: the sampled period, except for the wrong-period file. */
  period: string;
  fileName: string;
  /** ISO date-time in UTC; written as the file's modification time. */
  receivedAt: string;
  send: boolean;
  contact: ContactPlan;
  indicators: Record<string, IndicatorPlan>;
  tasks: Record<string, TaskPlan>;
  /** The "Văn bản" rows, in order; absent or empty: the sheet stays blank. */
  documents?: DocumentPlan[];
  fixedEdits: FixedEdit[];
  quirks: SampleQuirk[];
}
