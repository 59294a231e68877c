/** Shapes of consolidation: validated files in, the province's summary (indicators, tasks, counts, register) out. */
import type { Catalog, UnitGroup } from "../catalog/types";
import type { IsoDate, Period, TaskBucket, TaskStatus } from "../language/types";
import type { DocumentKind } from "../documents/documentKind";
import type { DocumentsWindow } from "../documents/documentsWindow";
import type { CellRef } from "../submission/types";
import type { CheckedIndicator, CheckedTask } from "../validation/checkedTypes";
import type { ReceiptSource } from "../receipts/types";
import type { AppliedTarget } from "../catalog/catalogInForce";

export interface ConsolidationInput {
  catalog: Catalog;
  period: Period;
  asOf: IsoDate;
  /** One entry per file looked at, after validation and after keeping the latest per unit. */
  files: FileOutcome[];
  /** First day of Phụ lục I's window; unset, the day before the previous period (see documentsWindow). */
  documentsSince?: IsoDate;
}

/**
 * One indicator as a unit's file gave it, after validation (values with errors already left out): what
 * consolidation uses of the checked indicator, which a carried figure from the history also gives.
 */
export type IndicatorOutcome = Pick<
  CheckedIndicator,
  "indicatorId" | "value" | "numerator" | "denominator" | "estimate" | "cell"
> & {
  /** Set when the figure is the unit's last reported one, carried from that period ("2026-04"). */
  carriedFrom?: string;
};

/** One task as a unit's file gave it, after validation: the checked task's report, its status cell as `cell`. */
export type TaskOutcome = Pick<
  CheckedTask,
  "taskId" | "status" | "progress" | "description" | "difficulties" | "proposals" | "partStatuses"
> & {
  cell: CellRef;
};

/** A document of a unit's "Văn bản" table, after validation (documents with errors already left out). */
export interface DocumentOutcome {
  number: string;
  date: IsoDate;
  summary: string;
  taskIds: string[];
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
  documents?: DocumentOutcome[];
  /** Where `receivedAt` comes from; unset, the file's own time. */
  receiptSource?: ReceiptSource;
  /** Why a rejected file was refused: the message of its first error, in Vietnamese. */
  reason?: string;
}

/** Where a consolidated figure or status came from: the unit, its file and cell, and what it said there. */
export interface Source {
  unitId: string;
  file: string;
  cell: CellRef;
  text: string;
  /** Set when the figure is the unit's last reported one, carried from that period ("2026-04"). */
  carriedFrom?: string;
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
  /** Of those, the units that wrote a reason for no number ("Chưa triển khai"), with it as written. */
  missingReasons?: Record<string, string>;
  estimate: boolean;
  sources: Source[];
  /** The province's figure in the previous period recorded in the history. */
  previous?: PreviousFigure;
  /** Set when a dated change of the catalog set the target judged against (see catalogInForce). */
  target?: AppliedTarget;
}

export interface ConsolidatedTask {
  id: string;
  /** The TaskProgramme of the catalog the task belongs to. */
  programmeId: string;
  status?: TaskStatus;
  /** "Đã hoàn thành" / "Đang thực hiện" / "Chưa thực hiện" / "Chưa có báo cáo". */
  statusText: string;
  bucket: TaskBucket;
  overdue: boolean;
  /** A composite deadline's late parts, by label ("(1)", "Kế hoạch"): the task is overdue on these only. */
  overdueParts?: string[];
  /** A composite deadline's part (index) that decides its standing in the period; its units are counted by it. */
  decidingPart?: number;
  dueDate?: IsoDate;
  /**
   * "Mô tả kết quả trong kỳ" as the appendix prints it: the units' own lines when one or two units reported, else
   * the roll-up ("11/15 sở, ban, ngành và 28/75 xã, phường đã …"), who has not done it and the lead's own text.
   */
  description: string;
  sources: Source[];
  /** Every unit's own line, leads first, each group in register order (the sheet "Chi tiết nhiệm vụ"). */
  details: TaskDetail[];
  /** Present when more than two units reported on the task. */
  rollup?: TaskRollup;
  /** The province's status in the previous period recorded in the history. */
  previous?: PreviousStatus;
}

/** One unit's report on one task, as its file gave it. */
export interface TaskDetail {
  unitId: string;
  isLead: boolean;
  status?: TaskStatus;
  progress?: number;
  description?: string;
  file: string;
  cell: CellRef;
}

/** How one unit group stands on a task: its units carrying the task, and how many of them report it done. */
export interface GroupRollup {
  group: UnitGroup;
  /** The group's units whose form carries the task: the whole group of the register for "Các sở, ban, ngành". */
  total: number;
  done: number;
  /** Reported "Đang thực hiện". */
  inProgress: number;
  /** Names of the units not done (another status, no status, or nothing sent), in register order. */
  notDone: string[];
}

/** The figures behind a short description of a task many units carry. */
export interface TaskRollup {
  /** Sở, ban, ngành first, then xã, phường, then other units; groups carrying nothing left out. */
  groups: GroupRollup[];
  /** The lead units' own descriptions when one or two units lead the task (none when whole groups lead it). */
  leadTexts: { unitId: string; name: string; text: string }[];
}

/** One sentence ready for the report, with the footnote it carries (its mark already in `text`, "¹ …"). */
export interface ReportSentence {
  text: string;
  footnote?: string;
}

/** Where a sentence belongs in the report; sections print in this order. */
export type ReportSectionId = "leadership" | "completeness" | "indicators" | "tasks";

/**
 * A part of the report's text, in the report's order: I (roll-ups), the completeness lines, II (the year's result,
 * annual report only), III (task counts).
 */
export interface ReportSection {
  id: ReportSectionId;
  heading: string;
  sentences: ReportSentence[];
}

/** One unit's difficulty and proposal on one task; either is absent when the unit wrote nothing that says something. */
export interface UnitDifficulties {
  unitId: string;
  difficulty?: Source;
  proposal?: Source;
}

/** The digest of one task: the units that wrote a difficulty or a proposal, in register order. */
export interface TaskDifficulties {
  taskId: string;
  units: UnitDifficulties[];
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

/** One line of Phụ lục I: a document reported by one or more units, once. */
export interface ConsolidatedDocument {
  /** 1, 2, … in date order. */
  stt: number;
  number: string;
  date: IsoDate;
  summary: string;
  kind: DocumentKind;
  /** As Phụ lục I prints it: "Công văn số 2433/UBND-KGVX ngày 14/4/2026 về việc …". */
  text: string;
  /** The units that reported it, in register order. */
  unitIds: string[];
  /** Each unit's số/ký hiệu cell. */
  sources: Source[];
}

/** A programme's tasks by the status their leads gave; `unreported` when no lead reported on it. */
export interface StatusCounts {
  done: number;
  inProgress: number;
  notStarted: number;
  unreported: number;
}

/** A task its leads reported as not started, with what they wrote about why (their difficulties, else their description). */
export interface NotStartedTask {
  id: string;
  name: string;
  reason?: string;
}

/** One programme's figures and section III sentences. */
export interface ProgrammeResult {
  programmeId: string;
  counts: TaskCounts;
  byStatus: StatusCounts;
  /** In catalog order. */
  notStarted: NotStartedTask[];
  sentences: string[];
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
  /** Without an accepted report, the unit's figures were carried from this period ("2026-04"). */
  carriedFrom?: string;
  /** Where `receivedAt` comes from: the officer's entry, the unit's workbook (last saved), the file's time. */
  receiptSource?: ReceiptSource;
  /** Why the shown file was refused (rejected rows only), in Vietnamese. */
  reason?: string;
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
  /** The CĐS plan's counts (section III.1). */
  taskCounts: TaskCounts;
  /** The report's section III lines of the CĐS plan. */
  taskSentences: string[];
  /** Every programme of the catalog, in catalog order, the CĐS plan included. */
  programmes: ProgrammeResult[];
  register: RegisterRow[];
  completeness: Completeness;
  /** "12/15 sở, ban, ngành và 70/75 xã, phường đã gửi báo cáo; chưa nhận được báo cáo của: …." */
  completenessSentence: string;
  /** "Gửi muộn (sau ngày 10/5/2026): …." when any unit sent late. */
  lateSentence?: string;
  /** "Tệp không hợp lệ, cần gửi lại: …." when any unit's file was rejected. */
  rejectedSentence?: string;
  /** "Đơn vị khác chưa gửi báo cáo: Công an tỉnh; …." naming the other recipients without an accepted file. */
  otherMissingSentence?: string;
  /** A notice for each minute five or more files share (the officer has not given their times). */
  receiptNotices?: string[];
  /** "Khó khăn, vướng mắc" and "Đề xuất, kiến nghị" per task (catalog order) then unit; tasks without any left out. */
  difficulties: TaskDifficulties[];
  /** Every sentence of the report, by section in the report's order, footnotes numbered across the report. */
  reportSections: ReportSection[];
  /** Phụ lục I: the documents issued inside `documentsWindow`, numbered in date order. */
  documents: ConsolidatedDocument[];
  documentsWindow: DocumentsWindow;
  /** "Ban hành 22 văn bản chỉ đạo, triển khai thực hiện … (Phụ lục I kèm theo)." */
  documentsSentence: string;
  /** The previous period recorded in the history, which `previous` of indicators and tasks come from. */
  comparedWith?: Period;
  /** "Dùng số liệu kỳ trước cho …" when units' figures were carried forward. */
  carriedSentence?: string;
  /**
   * A quarter, half-year or year made from the months in the history: the months used ("2026-04"), those lacking,
   * and the completeness section's sentence that says so.
   */
  rolledUpFrom?: { months: string[]; missingMonths: string[]; sentence: string };
}

/** The sentences of a Consolidation, which report words from the figures (report/reportConsolidation). */
export type ReportField =
  | "taskSentences"
  | "completenessSentence"
  | "lateSentence"
  | "rejectedSentence"
  | "otherMissingSentence"
  | "reportSections"
  | "documentsSentence";

/** What consolidation makes: every figure of the summary and no sentence of the report. */
export type ConsolidatedFigures = Omit<Consolidation, ReportField | "tasks" | "programmes"> & {
  tasks: Omit<ConsolidatedTask, "description">[];
  programmes: Omit<ProgrammeResult, "sentences">[];
};

/** An indicator's province figure in the previous period recorded in the history. */
export interface PreviousFigure {
  period: string;
  value?: number;
  /** As the summary printed it then: "67,1%", "Chưa có số liệu". */
  display: string;
}

/** A task's province status in the previous period recorded in the history. */
export interface PreviousStatus {
  period: string;
  status?: TaskStatus;
  statusText: string;
}
