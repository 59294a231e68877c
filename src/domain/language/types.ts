/** Shapes of the domain language: what officers write for values, targets, deadlines and periods. */

/** ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

export type MeasureUnit = "percent" | "count" | "money" | "none";

/** Why a cell carries no number ("Đang thống kê số liệu", "Chưa triển khai", …). */
export type NoNumberReasonCode =
  | "collecting" // Đang thống kê số liệu
  | "not_started" // Chưa triển khai
  | "not_due" // Chưa đến kỳ báo cáo
  | "not_provided" // Đơn vị chưa cung cấp số liệu
  | "no_method" // Chưa có phương pháp / hướng dẫn …
  | "not_applicable" // "-" or "Không phát sinh"
  | "other";

export interface ValueFlags {
  /** "Ước 99,8%" */
  estimate: boolean;
  /** "(Số liệu lũy kế)" */
  cumulative: boolean;
  /** "(năm 2025)": the year the figure belongs to, when stated. */
  year?: number;
}

/** A parsed cell: the number as written (87.6 for "87,6%"), or a reason for having none. Raw text always kept. */
export interface ParsedValue {
  raw: string;
  number?: number;
  unit: MeasureUnit;
  /** "34/30" → 34 and 30. */
  numerator?: number;
  denominator?: number;
  flags: ValueFlags;
  reason?: { code: NoNumberReasonCode; text: string };
  /** Remarks in brackets that are not flags, e.g. "(dự kiến đến 31/12/2025 đạt 60%)". */
  note?: string;
}

export type TargetOperator = ">=" | "<=" | "=" | "increase_by";

export interface Target {
  raw: string;
  op: TargetOperator;
  value: number;
  unit: MeasureUnit;
}

export type TargetComparison =
  { status: "met" } | { status: "not_met"; shortBy: number } | { status: "no_data"; reason: string };

export type RecurrenceCycle = "month" | "quarter" | "half_year" | "year" | "ad_hoc";

/** One part of a deadline text; composite texts ("- Kế hoạch: … - Báo cáo: …", "(1) … (2) …") have several. */
export type DeadlinePart =
  | { kind: "due"; label?: string; text: string; from?: IsoDate; to: IsoDate }
  | { kind: "recurring"; label?: string; text: string; cycles: RecurrenceCycle[] }
  | { kind: "continuous"; label?: string; text: string; from?: IsoDate; to?: IsoDate };

export interface Deadline {
  raw: string;
  parts: DeadlinePart[];
}

export type PeriodKind = "month" | "quarter" | "half_year" | "year";

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for a year. */
  index: number;
  start: IsoDate;
  end: IsoDate;
  /** "2026-05", "2026-Q2", "2026-H1", "2026". */
  code: string;
}

export type TaskBucket = "continuous" | "due_before" | "due_in_period" | "not_yet_due" | "recurring";

export type TaskStatus = "done" | "in_progress" | "not_started";
