import type { Deadline, IsoDate, MeasureUnit, Target } from "../language/types";

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

/** Where a programme's tasks come from: the year's plan, a past year's plan carried over, or a dated letter. */
export type ProgrammeKind = "plan" | "carried_over" | "assignment";

/** A list of tasks the report follows with its own table, counts and sentences (003 section III, Phụ lục III–IV). */
export interface TaskProgramme {
  /** "CDS-2026", "KHCN-2026", "CT2025-A1", "CT2025-A2", "CT2025-B1", "CT2025-B2", "GV-…". */
  id: string;
  kind: ProgrammeKind;
  /** The report's parts: A KHCN/ĐMST, B CĐS. */
  part: "A" | "B";
  /** As the report prints its heading, e.g. "Nhiệm vụ tại các Thông báo, Kết luận của BCĐTW". */
  title: string;
  /** The document that sets it, e.g. "Quyết định số 34/QĐ-UBND ngày 06/01/2026". */
  source: string;
  /** The catalog holds only some of its tasks; the officer completes it. */
  partial: boolean;
  /** How many tasks the source has (KHCN plan: 28). */
  declaredTotal?: number;
  /** Phụ lục IV's result column header where 003 prints one ("Báo cáo kết quả quý I/2026"). */
  resultHeader?: string;
}

export interface Task {
  id: string;
  /** The TaskProgramme the task belongs to. */
  programmeId: string;
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
  /** In report order. */
  programmes: TaskProgramme[];
  tasks: Task[];
  units: Unit[];
  /**
   * Changes to the plan as adopted, each from its day, in date order (catalogInForce applies them). The rows hold
   * every item and unit there ever is: an item added later is a row with an "added" revision.
   */
  revisions?: CatalogRevision[];
}

/** One dated change to the catalog; `id` names the indicator, task or unit it changes (the successor of a merger). */
export type CatalogRevision =
  | { kind: "target"; id: string; from: IsoDate; target: string; parsed: Target }
  | { kind: "added"; id: string; from: IsoDate }
  | { kind: "withdrawn"; id: string; from: IsoDate }
  | { kind: "renamed"; id: string; from: IsoDate; name: string }
  | { kind: "merged"; id: string; from: IsoDate; predecessors: string[] };

export type RevisionKind = CatalogRevision["kind"];
