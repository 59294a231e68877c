/** What a unit writes for one task: the report's progress where the unit speaks for the province, else by deadline. */
import type { Task, Unit } from "../domain/catalog/types";
import { ROMAN_QUARTERS, reportDeadline } from "../domain/language/parsePeriod";
import type { IsoDate, Period } from "../domain/language/types";
import { documentCode } from "./planContact";
import { hashText, mulberry32, type Random } from "./random";
import { isComposite } from "../domain/language/deadlineParts";
import { addDays } from "./receivedTimes";
import type { TaskPlan } from "./samplePlan";
import { taskTexts } from "../domain/texts/samples";

export interface TaskSampling {
  period: Period;
  reportTasks: Record<string, { status: string; description: string }>;
  /** Units that write the report's status, the first of them also its description, per task id. */
  carriers: Map<string, string[]>;
}

type Progress = "done" | "inProgress" | "notStarted";

export function planTask(task: Task, unit: Unit, sampling: TaskSampling, random: Random): TaskPlan {
  const report = sampling.reportTasks[task.id];
  const carriers = sampling.carriers.get(task.id) ?? [];
  if (report && carriers.includes(unit.id)) {
    const progress = progressOfStatus(report.status);
    const own = ownTask(task, unit, progress, sampling.period, random);
    const plan = carriers[0] === unit.id ? { ...own, status: report.status, description: report.description } : own;
    return byParts(task, unit, plan, progress, sampling.period, true);
  }
  const progress = progressByDeadline(task, sampling.period, random);
  return byParts(task, unit, ownTask(task, unit, progress, sampling.period, random), progress, sampling.period, false);
}

/**
 * A composite deadline's form asks Tiến độ per part: a part due before the period is done (I.8's part (1), due in
 * quý I); a part due by the report deadline is done, unless the unit speaks for the report's status; a part due
 * later goes as the task was drawn; a part that runs on ("Thường xuyên", "Báo cáo: Quý, …") is in progress. The
 * task's own status then is the parts' together; when it differs from the one drawn, its texts are drawn again
 * from a stream of the task's own, so the rest of the unit's plan stays as it was.
 */
function byParts(
  task: Task,
  unit: Unit,
  plan: TaskPlan,
  drawn: Progress,
  period: Period,
  forReport: boolean,
): TaskPlan {
  if (!isComposite(task.deadline)) return plan;
  const parts = task.deadline.parts.map((part): Progress => {
    if (part.kind !== "due") return "inProgress";
    if (part.to < period.start || (!forReport && part.to <= reportDeadline(period))) return "done";
    return drawn;
  });
  const progress = combinedProgress(parts);
  const { status: _whole, ...own } = progress === drawn ? plan : redrawn(task, unit, plan, progress, period);
  return { ...own, parts: parts.map((part) => PROGRESS_TEXTS[part]) };
}

/** Progress and description for `progress` from a stream of the task's own; the difficulties and proposals stay. */
function redrawn(task: Task, unit: Unit, plan: TaskPlan, progress: Progress, period: Period): TaskPlan {
  const random = mulberry32(hashText(`${unit.id}/${task.id}`));
  const { status, progress: percent, description } = ownTask(task, unit, progress, period, random);
  return { ...plan, status, progress: percent, description };
}

const PROGRESS_TEXTS: Record<Progress, string> = {
  done: taskTexts.done,
  inProgress: taskTexts.inProgress,
  notStarted: taskTexts.notStarted,
};

/** As combineStatuses reads the parts: done when all are, not started when none has started. */
function combinedProgress(parts: Progress[]): Progress {
  if (parts.every((part) => part === "done")) return "done";
  return parts.every((part) => part === "notStarted") ? "notStarted" : "inProgress";
}

/**
 * When the task's product is due: its latest due part, whatever runs beside it. A task done by then is "Đã hoàn
 * thành" and its continuous or recurring part goes on ("(1) Quý I/2026 (2) Thường xuyên", "- Kế hoạch: … - Báo cáo:
 * Quý, …"), as classifyTask reads it; none when no part is due.
 */
export function deliverableDueDate(task: Task): IsoDate | undefined {
  return task.deadline.parts
    .flatMap((part) => (part.kind === "due" ? [part.to] : []))
    .sort()
    .pop();
}

/** Due by the report deadline → done; due later in the period → in progress; due after it → mostly in progress. */
export function progressByDeadline(task: Task, period: Period, random: Random): Progress {
  const due = deliverableDueDate(task);
  if (due === undefined) return "inProgress";
  if (due <= reportDeadline(period)) return "done";
  if (due <= period.end) return "inProgress";
  return random.chance(0.8) ? "inProgress" : "notStarted";
}

function progressOfStatus(status: string): Progress {
  if (status === taskTexts.done) return "done";
  return status === taskTexts.notStarted ? "notStarted" : "inProgress";
}

function ownTask(task: Task, unit: Unit, progress: Progress, period: Period, random: Random): TaskPlan {
  const extras = {
    ...(random.chance(0.15) ? { difficulties: random.pick([...taskTexts.difficulties, ...taskTexts.noRemarks]) } : {}),
    ...(random.chance(0.1) ? { proposals: random.pick([...taskTexts.proposals, ...taskTexts.noRemarks]) } : {}),
  };
  if (progress === "done") {
    const due = deliverableDueDate(task) ?? reportDeadline(period);
    const signed = addDays(due < reportDeadline(period) ? due : reportDeadline(period), -random.int(1, 20));
    const [year, month, day] = signed.split("-").map(Number);
    const description = taskTexts.doneDescription(random.int(10, 250), documentCode(unit), day, month, year);
    return { status: taskTexts.done, progress: 100, description, ...extras };
  }
  if (progress === "notStarted") {
    const due = deliverableDueDate(task) ?? period.end;
    const quarter = ROMAN_QUARTERS[Math.floor((Number(due.slice(5, 7)) - 1) / 3)];
    return {
      status: taskTexts.notStarted,
      progress: 0,
      description: taskTexts.notStartedDescription(quarter, Number(due.slice(0, 4))),
      ...extras,
    };
  }
  const percent = 5 * random.int(4, 18);
  return {
    status: taskTexts.inProgress,
    progress: percent,
    description: random.pick(taskTexts.inProgressDescriptions)(percent),
    ...extras,
  };
}
