/** Sorts a task into the buckets of the report's section III ("Kết quả thực hiện nhiệm vụ") for one period. */
import { classificationTexts } from "../texts/deadlines";
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
}

/** A date the task must be finished by: a due part, or a continuous window that closed before the period. */
interface Milestone {
  part: DeadlinePart;
  dueDate: IsoDate;
}

/**
 * Composite deadlines are decided part by part, earliest due date first: a due part that lies before the period
 * and is done is settled and hands over to the next one; the first unsettled due part decides the bucket. Once
 * every due part is settled, the first ongoing part (recurring or still-open continuous, in written order) decides;
 * with none, the last due part does (due before the period, done). The task has one status for all its parts, so
 * "(1) Quý I/2026 (2) Thường xuyên" still in progress in May is overdue on its first part, and once done it is
 * continuous; "- Kế hoạch: Trước 10/5/2026 - Báo cáo: Quý, …" is due in May, then recurring from June if done.
 */
export function classifyTask(
  deadline: Deadline,
  period: Period,
  asOf: IsoDate,
  status: TaskStatus | undefined,
): TaskClassification {
  const milestones = dueMilestones(deadline, period);
  const deciding = milestones.find((milestone) => !(status === "done" && milestone.dueDate < period.start));
  if (deciding) return classifyByDueDate(deciding, period, asOf, status);
  const ongoing = deadline.parts.find((part) => !milestones.some((milestone) => milestone.part === part));
  if (ongoing?.kind === "recurring") {
    return { bucket: "recurring", overdue: false, reason: classificationTexts.recurring(ongoing.text) };
  }
  if (ongoing?.kind === "continuous") {
    return { bucket: "continuous", overdue: false, reason: classificationTexts.continuous(ongoing.text) };
  }
  const last = milestones[milestones.length - 1];
  if (!last) throw new RangeError("classifyTask: a deadline has at least one part (parseDeadline never returns none)");
  return classifyByDueDate(last, period, asOf, status);
}

function dueMilestones(deadline: Deadline, period: Period): Milestone[] {
  const milestones: Milestone[] = [];
  for (const part of deadline.parts) {
    if (part.kind === "due") milestones.push({ part, dueDate: part.to });
    // "Năm 2025" in a 2026 period is no longer running: it was due at its end; the annual report judges "Năm 2026".
    if (part.kind === "continuous" && part.to !== undefined && (part.to < period.start || closesBy(period, part.to))) {
      milestones.push({ part, dueDate: part.to });
    }
  }
  return milestones.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}

/** The annual report speaks of the year as closed: what was due within it and is not done is overdue, whenever it is made. */
function closesBy(period: Period, dueDate: IsoDate): boolean {
  return period.kind === "year" && dueDate <= period.end;
}

function classifyByDueDate(
  { part, dueDate }: Milestone,
  period: Period,
  asOf: IsoDate,
  status: TaskStatus | undefined,
): TaskClassification {
  const bucket = dueDate < period.start ? "due_before" : dueDate > period.end ? "not_yet_due" : "due_in_period";
  const overdue = (asOf > dueDate || closesBy(period, dueDate)) && status !== "done";
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
