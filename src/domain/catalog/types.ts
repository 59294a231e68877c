import type { Deadline, MeasureUnit, Target } from "../language/types";

export type UnitGroup = "so" | "xa" | "other";

export interface Unit {
  /** Stable id, e.g. "so-khcn", "xa-muong-sai", "phuong-chieng-coi", "cong-an-tinh". */
  id: string;
  /** Official name with diacritics (NFC), e.g. "Sở Khoa học và Công nghệ", "Phường Chiềng Cơi", "Xã Mường Sại". */
  name: string;
  group: UnitGroup;
  /** Every other spelling seen in the seeds or in common use ("Sở KH&CN", "Huồi Một"). */
  variants: string[];
}

/** "Cơ quan chủ trì" / "Cơ quan phối hợp" as printed, and resolved to unit ids. */
export interface Responsibility {
  raw: string;
  /** Numbered parts "(1) … (2) …" stay parts; a plain text is one part without label. */
  parts: { label?: string; text: string; unitIds: string[]; unresolved: string[] }[];
  /** Union of the parts' units. */
  unitIds: string[];
}

/** How units' values combine into the province's value. */
export type AggregationRule =
  | "lead_value" // the lead unit reports the province figure
  | "ratio" // Σ numerator ÷ Σ denominator over the reporting units
  | "sum" // counts add up
  | "share_of_units" // share of the expected units that reached the target
  | "per_population"; // Σ counts ÷ the province's population × the people the name counts per ("trên 01 vạn dân")

export interface Indicator {
  id: string;
  part: "A" | "B";
  group: string;
  groupTitle: string;
  stt: string;
  name: string;
  /** Parent row (II.8 for 8.1–8.4); a heading row has no target and is not reported on. */
  parentId?: string;
  isHeading: boolean;
  result2025: string;
  target2026: string;
  target?: Target;
  measure: MeasureUnit;
  lead: Responsibility;
  coordinators: Responsibility;
  aggregation: { rule: AggregationRule; reason: string };
  /** per_population only: how many people the figure is counted per, read from the name ("01 vạn dân" → 10 000). */
  perPeople?: number;
}

export interface Task {
  id: string;
  parentId?: string;
  group: string;
  groupTitle: string;
  stt: string;
  name: string;
  /** A parent row (IV.3, V.5) groups sub-rows and is not reported on. */
  isHeading: boolean;
  lead: Responsibility;
  coordinators: Responsibility;
  product: string;
  deadline: Deadline;
}

/** The province's population: the base of every indicator counted per population. The officer keeps it current. */
export interface Population {
  people: number;
  /** The year the figure is for. */
  year: number;
  /** Where the figure comes from (a census, a statistical yearbook). */
  source: string;
}

export interface Catalog {
  year: number;
  /** Absent until the officer enters it; per-population indicators then say so instead of giving a figure. */
  population?: Population;
  indicators: Indicator[];
  tasks: Task[];
  units: Unit[];
}
