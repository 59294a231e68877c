/** What validation hands to consolidation: each unit file's verdict and the values it may use. */
import type { IsoDate, ParsedValue, TargetComparison, TaskBucket, TaskStatus } from "../language/types";
import type { CellRef } from "../submission/types";
import type { Finding } from "./types";

/** An indicator as reported; value, numerator, denominator and comparison are absent when the row has an error. */
export interface CheckedIndicator {
  indicatorId: string;
  /** The reported figure or reason; on a rate entered as Tử số/Mẫu số, the rate they give. */
  value?: ParsedValue;
  numerator?: number;
  denominator?: number;
  /** Against the 2026 target, where the unit's figure is comparable with it (not a part of a sum). */
  comparison?: TargetComparison;
  /** Below last year's result: like the comparison, the indicator's progress, never a finding. */
  belowLastYear: boolean;
  /** The result cell. */
  cell: CellRef;
  /** "Ước …": an estimate, to be marked in the summary. */
  estimate: boolean;
}

/** A free text a unit wrote beside a task ("Khó khăn, vướng mắc", "Đề xuất, kiến nghị"), and where. */
export interface UnitRemark {
  text: string;
  cell: CellRef;
}

/** A task as reported; status and progress are absent when their cell has an error. */
export interface CheckedTask {
  taskId: string;
  /** Read by parts, the status the parts give together (done when all are done). */
  status?: TaskStatus;
  /** A composite deadline's part statuses, in the order of its parts, when the form asked for them. */
  partStatuses?: (TaskStatus | undefined)[];
  progress?: number;
  description?: string;
  difficulties?: UnitRemark;
  proposals?: UnitRemark;
  /** Past a due date and not done, whatever the unit wrote. */
  overdue: boolean;
  bucket: TaskBucket;
  statusCell: CellRef;
}

/** A document of the form's "Văn bản" table without an error: what Phụ lục I may list. */
export interface CheckedDocument {
  /** The số/ký hiệu tidied ("2433/UBND-KGVX"). */
  number: string;
  date: IsoDate;
  summary: string;
  taskIds: string[];
  /** The số/ký hiệu cell. */
  cell: CellRef;
}

export interface SubmissionCheck {
  file: string;
  /** Set when the file names a unit of the register. */
  unitId?: string;
  status: "accepted" | "rejected";
  findings: Finding[];
  /** Parsed entries for consolidation: only values without an error finding. */
  indicators: CheckedIndicator[];
  tasks: CheckedTask[];
  /** Sound documents of the "Văn bản" table; absent when the form has none. */
  documents?: CheckedDocument[];
}
