/** What a unit writes for one task: the report's progress where the unit speaks for the province, else by deadline. */
import type { Task, Unit } from "../domain/catalog/types";
import { ROMAN_QUARTERS, reportDeadline } from "../domain/language/parsePeriod";
import type { IsoDate, Period } from "../domain/language/types";
import { documentCode } from "./planContact";
import type { Random } from "./random";
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
    return carriers[0] === unit.id ? { ...own, status: report.status, description: report.description } : own;
  }
  return ownTask(task, unit, progressByDeadline(task, sampling.period, random), sampling.period, random);
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
