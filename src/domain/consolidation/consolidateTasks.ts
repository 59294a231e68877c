/** Every task's progress for the period (the report's Phụ lục III: Tiến độ, Mô tả kết quả trong kỳ). */
import type { Catalog, Task } from "../catalog/types";
import { classifyTask } from "../language/classifyTask";
import { partLabel } from "../language/deadlineParts";
import type { IsoDate, Period, TaskStatus } from "../language/types";
import { formatVietnameseNumber } from "../language/vietnameseNumber";
import { taskStatusTexts, taskTexts } from "../texts/report";
import { combineStatuses } from "../language/combineStatuses";
import { leadUnits } from "./leadUnits";
import { taskRollup } from "./taskRollup";
import type { ConsolidatedTask, Source, TaskDetail, TaskOutcome } from "./types";
import type { UnitDirectory } from "./unitDirectory";
import { reportedEntries, type ReportedEntry, type UnitReport } from "./unitReports";

type UnitTaskEntry = ReportedEntry<TaskOutcome> & { isLead: boolean };

export interface TaskContext {
  catalog: Catalog;
  period: Period;
  asOf: IsoDate;
  directory: UnitDirectory;
  reports: Map<string, UnitReport>;
  formUnits: Map<string, string[]>;
}

/** A task's figures; its description is worded from them by the report (domain/report/taskDescription). */
export type TaskFigures = Omit<ConsolidatedTask, "description">;

/** Headings (IV.3, V.5) are not reported on and are left out; the rest keep catalog order. */
export function consolidateTasks(context: TaskContext): TaskFigures[] {
  const sourceOf = taskSources();
  return context.catalog.tasks
    .filter((task) => !task.isHeading)
    .map((task) => consolidateTask(task, context, sourceOf));
}

function consolidateTask(
  task: Task,
  { period, asOf, directory, reports, formUnits }: TaskContext,
  sourceOf: (entry: UnitTaskEntry) => Source,
): TaskFigures {
  const carriers = formUnits.get(task.id) ?? [];
  const leads = leadUnits(task, carriers);
  const outcomes = leads.map((unitId) => reports.get(unitId)?.tasks.get(task.id));
  const status = combineStatuses(outcomes.map((outcome) => outcome?.status));
  const { bucket, overdue, dueDate, overdueParts, decidingPart } = classifyTask(
    task.deadline,
    period,
    asOf,
    status,
    leadPartStatuses(task, outcomes),
  );
  const entries = entriesInRegisterOrder(task.id, new Set(leads), directory, reports);
  const details = entries.map((entry) =>
    decidingPart === undefined ? taskDetail(entry) : onPart(taskDetail(entry), entry, decidingPart),
  );
  const rollup = taskRollup({ carriers, leads, details }, directory);
  return {
    id: task.id,
    programmeId: task.programmeId,
    ...(status === undefined ? {} : { status }),
    statusText: taskStatusTexts[status ?? "unreported"],
    bucket,
    overdue,
    ...(overdueParts ? { overdueParts: overdueParts.map((index) => partLabel(task.deadline, index)) } : {}),
    ...(decidingPart === undefined ? {} : { decidingPart }),
    ...(dueDate === undefined ? {} : { dueDate }),
    sources: entries.map(sourceOf),
    details,
    ...(rollup === undefined ? {} : { rollup }),
  };
}

/**
 * A composite deadline's parts for the province, each combined over the leads as the task's status is: a part is
 * done when every lead has it done. A lead whose form has no part rows (made before them) speaks for every part.
 */
function leadPartStatuses(task: Task, outcomes: (TaskOutcome | undefined)[]): (TaskStatus | undefined)[] | undefined {
  if (!outcomes.some((outcome) => outcome?.partStatuses)) return undefined;
  return task.deadline.parts.map((_, index) =>
    combineStatuses(outcomes.map((outcome) => outcome?.partStatuses?.[index] ?? outcome?.status)),
  );
}

/**
 * A composite task's units are shown and counted by the part that decides its standing in the period: in May,
 * I.2's "x/15 … đã cập nhật, điều chỉnh Kế hoạch" counts its Kế hoạch part, I.1's (plan done in January) its
 * reports, which run on. The task's own status still comes from every part (done when all are).
 */
function onPart(detail: TaskDetail, { entry }: UnitTaskEntry, part: number): TaskDetail {
  const { status: _whole, ...rest } = detail;
  const status = entry.partStatuses?.[part] ?? entry.status;
  return status === undefined ? rest : { ...rest, status };
}

function taskDetail({ unitId, file, isLead, entry }: UnitTaskEntry): TaskDetail {
  const description = entry.description?.normalize("NFC").trim();
  return {
    unitId,
    isLead,
    ...(entry.status === undefined ? {} : { status: entry.status }),
    ...(entry.progress === undefined ? {} : { progress: entry.progress }),
    ...(description ? { description } : {}),
    file,
    cell: entry.cell,
  };
}

/** Leads first, then every other unit that wrote about the task, each group in register order. */
function entriesInRegisterOrder(
  taskId: string,
  leads: Set<string>,
  directory: UnitDirectory,
  reports: Map<string, UnitReport>,
): UnitTaskEntry[] {
  const entries = reportedEntries(directory.orderedIds, reports, (report) => report.tasks.get(taskId)).map((entry) => ({
    ...entry,
    isLead: leads.has(entry.unitId),
  }));
  return [...entries.filter((entry) => entry.isLead), ...entries.filter((entry) => !entry.isLead)];
}

/**
 * Each unit's status as a source, its text ("Đang thực hiện (60%)") made once per status and progress: a country's
 * 190,000 lines share a few hundred texts instead of holding one each.
 */
function taskSources(): (entry: UnitTaskEntry) => Source {
  const texts = new Map<string, string>();
  const textOf = ({ status, progress }: TaskOutcome) => {
    const key = `${status}/${progress}`;
    let text = texts.get(key);
    if (text === undefined) {
      const statusText = taskStatusTexts[status ?? "unreported"];
      text = progress === undefined ? statusText : taskTexts.progress(statusText, formatVietnameseNumber(progress));
      texts.set(key, text);
    }
    return text;
  };
  return ({ unitId, file, entry }) => ({ unitId, file, cell: entry.cell, text: textOf(entry) });
}
