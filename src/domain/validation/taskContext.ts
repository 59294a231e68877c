/** One task row read once, so every rule of taskRules looks at the same reading. */
import type { Task } from "../catalog/types";
import { classifyTask, type TaskClassification } from "../language/classifyTask";
import { combineStatuses } from "../language/combineStatuses";
import { isComposite } from "../language/deadlineParts";
import type { TaskStatus } from "../language/types";
import type { CellInput, TaskEntry } from "../submission/types";
import { cellText, readCell, type CellReading } from "./readCell";
import { readTaskStatus } from "./readTaskStatus";
import type { ValidationContext } from "./validationContext";

export type StatusReading =
  | { kind: "blank" }
  | { kind: "excel_error"; error: string }
  | { kind: "unknown"; text: string }
  | { kind: "read"; status: TaskStatus };

/** The Tiến độ of one part of a composite deadline, as its row on the form gives it. */
export interface PartReading {
  /** The part's place in `task.deadline.parts`. */
  index: number;
  cell: CellInput;
  reading: StatusReading;
}

export interface TaskRuleContext {
  task: Task;
  entry: TaskEntry;
  validation: ValidationContext;
  /** For a task read by parts, the first part not read as a status, else the status the parts give together. */
  statusReading: StatusReading;
  /** The status when it is one of the three of the list; for a task read by parts, derived from them. */
  status?: TaskStatus;
  /** A composite deadline's parts, when the form asks Tiến độ per part (a form made before that has no part rows). */
  parts?: PartReading[];
  /** Each part's status where read, in the order of `task.deadline.parts`: what overdue is judged on. */
  partStatuses?: (TaskStatus | undefined)[];
  /** Where the status findings point: the task's Tiến độ, or the part row that is unread, late or else first. */
  statusCell: CellInput;
  /** Absent when the progress cell is missing or blank. */
  progressReading?: CellReading;
  description: string;
  classification: TaskClassification;
}

export function taskRuleContext(task: Task, entry: TaskEntry, validation: ValidationContext): TaskRuleContext {
  const parts = partReadings(task, entry);
  const partStatuses = parts?.map((part) => (part.reading.kind === "read" ? part.reading.status : undefined));
  const unread = parts?.find((part) => part.reading.kind !== "read");
  // A task read by parts is done when every part is done, in progress once one has started (combineStatuses).
  const statusReading: StatusReading =
    unread?.reading ??
    (partStatuses ? { kind: "read", status: combineStatuses(partStatuses) as TaskStatus } : readStatus(entry.status));
  const status = statusReading.kind === "read" ? statusReading.status : undefined;
  const progressReading = readCell(entry.progress, "percent");
  const classification = classifyTask(task.deadline, validation.period, validation.asOf, status, partStatuses);
  const late = parts?.find((part) => classification.overdueParts?.includes(part.index));
  return {
    task,
    entry,
    validation,
    statusReading,
    ...(status ? { status } : {}),
    ...(parts ? { parts } : {}),
    ...(partStatuses ? { partStatuses } : {}),
    statusCell: (unread ?? late ?? parts?.[0])?.cell ?? entry.status,
    ...(progressReading.kind === "blank" ? {} : { progressReading }),
    description: cellText(entry.description),
    classification,
  };
}

/** Every part of a composite deadline with its row's Tiến độ; a part whose row is gone reads blank, at the task's cell. */
function partReadings(task: Task, entry: TaskEntry): PartReading[] | undefined {
  if (!isComposite(task.deadline) || !entry.parts) return undefined;
  return task.deadline.parts.map((_, index) => {
    const cell = entry.parts?.find((part) => part.index === index)?.status;
    return cell
      ? { index, cell, reading: readStatus(cell) }
      : { index, cell: entry.status, reading: { kind: "blank" } };
  });
}

function readStatus(cell: CellInput): StatusReading {
  // A status picked from the list is most cells: known before the cell is parsed as a value.
  const picked = typeof cell.raw === "string" && !cell.error ? readTaskStatus(cell.raw) : undefined;
  if (picked) return { kind: "read", status: picked };
  const reading = readCell(cell, "none");
  if (reading.kind === "blank" || reading.kind === "excel_error") return reading;
  const text = cellText(cell);
  const status = readTaskStatus(text);
  return status ? { kind: "read", status } : { kind: "unknown", text };
}
