/** Sorts a task into the buckets of the report's section III ("Kết quả thực hiện nhiệm vụ") for one period. */
import { classificationTexts } from "../texts/deadlines";
import { isComposite } from "./deadlineParts";
import { periodLabel } from "./parsePeriod";
import { vietnameseDate } from "./vietnameseDate";
import type { Deadline, DeadlinePart, IsoDate, Period, TaskBucket, TaskStatus } from "./types";

export interface TaskClassification {
  bucket: TaskBucket;
  /** A due part has passed (asOf > dueDate) and the task is not done, whatever the unit wrote. */
  overdue: boolean;
  /** The due date that decided the bucket; absent for continuous and recurring tasks. */
  dueDate?: IsoDate;
  /** Vietnamese, shown to the officer. */
  reason: string;
  /** Composite deadlines only: the parts (indexes into `deadline.parts`) past their due date and not done. */
  overdueParts?: number[];
  /** Composite deadlines only: the part (index) that decided the bucket, whose status says how the task stands. */
  decidingPart?: number;
}

/** Each part's status, in the order of `deadline.parts`; a part without one takes the task's status. */
export type PartStatuses = readonly (TaskStatus | undefined)[];

/** A date the task must be finished by: a due part, or a continuous window that closed before the period. */
interface Milestone {
  part: DeadlinePart;
  dueDate: IsoDate;
  status: TaskStatus | undefined;
}

/**
 * Composite deadlines are decided part by part, each by its own status (`partStatuses`, else the task's), earliest
 * due date first: a due part that lies before the period and is done is settled and hands over to the next one; of
 * the unsettled due parts, the first overdue one decides the bucket, else the first. Once every due part is settled,
 * the first ongoing part (recurring or still-open continuous, in written order) decides; with none, the last due
 * part does (due before the period, done). So "(1) Quý I/2026 (2) Thường xuyên" with part (1) done in March is
 * continuous in May, and overdue on its first part while (1) is not done; "- Kế hoạch: Trước 10/5/2026 - Báo cáo:
 * Quý, …" is due in May, then recurring from June once the plan is done. With one status for every part, the first
 * overdue part is the first unsettled one, so a task reported as a whole reads as it always has.
 */
export function classifyTask(
  deadline: Deadline,
  period: Period,
  asOf: IsoDate,
  status: TaskStatus | undefined,
  partStatuses?: PartStatuses,
): TaskClassification {
  const classification = decide(deadline, period, asOf, (index) => partStatuses?.[index] ?? status);
  if (!isComposite(deadline)) return classification.result;
  const { result, part, late } = classification;
  return { ...result, decidingPart: deadline.parts.indexOf(part), ...(late.length > 0 ? { overdueParts: late } : {}) };
}

function decide(
  deadline: Deadline,
  period: Period,
  asOf: IsoDate,
  statusOf: (index: number) => TaskStatus | undefined,
): { result: TaskClassification; part: DeadlinePart; late: number[] } {
  const milestones = dueMilestones(deadline, period, statusOf);
  const unsettled = milestones.filter(
    (milestone) => !(milestone.status === "done" && milestone.dueDate < period.start),
  );
  const lateMilestones = unsettled.filter((milestone) => isOverdue(milestone, period, asOf));
  const late = lateMilestones.map((milestone) => deadline.parts.indexOf(milestone.part));
  const deciding = lateMilestones[0] ?? unsettled[0];
  if (deciding) return { result: classifyByDueDate(deciding, period, asOf), part: deciding.part, late };
  const ongoing = deadline.parts.find((part) => !milestones.some((milestone) => milestone.part === part));
  if (ongoing?.kind === "recurring" || ongoing?.kind === "continuous") {
    const result = { bucket: ongoing.kind, overdue: false, reason: classificationTexts[ongoing.kind](ongoing.text) };
    return { result, part: ongoing, late };
  }
  const last = milestones[milestones.length - 1];
  if (!last) throw new RangeError("classifyTask: a deadline has at least one part (parseDeadline never returns none)");
  return { result: classifyByDueDate(last, period, asOf), part: last.part, late };
}

function dueMilestones(
  deadline: Deadline,
  period: Period,
  statusOf: (index: number) => TaskStatus | undefined,
): Milestone[] {
  const milestones: Milestone[] = [];
  for (const [index, part] of deadline.parts.entries()) {
    const status = statusOf(index);
    if (part.kind === "due") milestones.push({ part, dueDate: part.to, status });
    // "Năm 2025" in a 2026 period is no longer running: it was due at its end; the annual report judges "Năm 2026".
    if (part.kind === "continuous" && part.to !== undefined && (part.to < period.start || closesBy(period, part.to))) {
      milestones.push({ part, dueDate: part.to, status });
    }
  }
  return milestones.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}

/** The annual report speaks of the year as closed: what was due within it and is not done is overdue, whenever it is made. */
function closesBy(period: Period, dueDate: IsoDate): boolean {
  return period.kind === "year" && dueDate <= period.end;
}

function isOverdue({ dueDate, status }: Milestone, period: Period, asOf: IsoDate): boolean {
  return (asOf > dueDate || closesBy(period, dueDate)) && status !== "done";
}

function classifyByDueDate(milestone: Milestone, period: Period, asOf: IsoDate): TaskClassification {
  const { part, dueDate, status } = milestone;
  const bucket = dueDate < period.start ? "due_before" : dueDate > period.end ? "not_yet_due" : "due_in_period";
  const overdue = isOverdue(milestone, period, asOf);
  const reason = classificationTexts.due({
    bucket,
    label: part.label,
    dueDate: vietnameseDate(dueDate),
    period: periodLabel(period),
    asOf: vietnameseDate(asOf),
    status,
    overdue,
  });
  return { bucket, overdue, dueDate, reason };
}
