/** One task row read once, so every rule of taskRules looks at the same reading. */
import type { Task } from "../catalog/types";
import { classifyTask, type TaskClassification } from "../language/classifyTask";
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

export interface TaskRuleContext {
  task: Task;
  entry: TaskEntry;
  validation: ValidationContext;
  statusReading: StatusReading;
  /** The status when it is one of the three of the list. */
  status?: TaskStatus;
  /** Absent when the progress cell is missing or blank. */
  progressReading?: CellReading;
  description: string;
  classification: TaskClassification;
}

export function taskRuleContext(task: Task, entry: TaskEntry, validation: ValidationContext): TaskRuleContext {
  const statusReading = readStatus(entry.status);
  const status = statusReading.kind === "read" ? statusReading.status : undefined;
  const progressReading = readCell(entry.progress, "percent");
  return {
    task,
    entry,
    validation,
    statusReading,
    ...(status ? { status } : {}),
    ...(progressReading.kind === "blank" ? {} : { progressReading }),
    description: cellText(entry.description),
    classification: classifyTask(task.deadline, validation.period, validation.asOf, status),
  };
}

function readStatus(cell: CellInput): StatusReading {
  const reading = readCell(cell, "none");
  if (reading.kind === "blank" || reading.kind === "excel_error") return reading;
  const text = cellText(cell);
  const status = readTaskStatus(text);
  return status ? { kind: "read", status } : { kind: "unknown", text };
}
