/** Every task's progress for the period (the report's Phụ lục III: Tiến độ, Mô tả kết quả trong kỳ). */
import type { Catalog, Task } from "../catalog/types";
import { classifyTask } from "../language/classifyTask";
import type { IsoDate, Period } from "../language/types";
import { formatVietnameseNumber } from "../language/vietnameseNumber";
import { taskStatusTexts, taskTexts } from "../texts/report";
import { combineLeadStatuses } from "./combineLeadStatuses";
import { leadUnits } from "./leadUnits";
import type { ConsolidatedTask, Source, TaskOutcome } from "./types";
import type { UnitDirectory } from "./unitDirectory";
import type { UnitReport } from "./unitReports";

interface UnitTaskEntry {
  unitId: string;
  name: string;
  file: string;
  isLead: boolean;
  entry: TaskOutcome;
}

export interface TaskContext {
  catalog: Catalog;
  period: Period;
  asOf: IsoDate;
  directory: UnitDirectory;
  reports: Map<string, UnitReport>;
  formUnits: Map<string, string[]>;
}

/** Headings (IV.3, V.5) are not reported on and are left out; the rest keep catalog order. */
export function consolidateTasks(context: TaskContext): ConsolidatedTask[] {
  return context.catalog.tasks.filter((task) => !task.isHeading).map((task) => consolidateTask(task, context));
}

function consolidateTask(task: Task, { period, asOf, directory, reports, formUnits }: TaskContext): ConsolidatedTask {
  const leads = leadUnits(task, formUnits.get(task.id) ?? []);
  const status = combineLeadStatuses(leads.map((unitId) => reports.get(unitId)?.tasks.get(task.id)?.status));
  const { bucket, overdue, dueDate } = classifyTask(task.deadline, period, asOf, status);
  const entries = entriesInRegisterOrder(task.id, new Set(leads), directory, reports);
  return {
    id: task.id,
    programmeId: task.programmeId,
    ...(status === undefined ? {} : { status }),
    statusText: taskStatusTexts[status ?? "unreported"],
    bucket,
    overdue,
    ...(dueDate === undefined ? {} : { dueDate }),
    description: entries
      .flatMap(({ name, entry }) => {
        const text = entry.description?.normalize("NFC").trim();
        return text ? [taskTexts.descriptionLine(name, text)] : [];
      })
      .join("\n"),
    sources: entries.map(taskSource),
  };
}

/** Leads first, then every other unit that wrote about the task, each group in register order. */
function entriesInRegisterOrder(
  taskId: string,
  leads: Set<string>,
  directory: UnitDirectory,
  reports: Map<string, UnitReport>,
): UnitTaskEntry[] {
  const entries = directory.ordered.flatMap((unit) => {
    const report = reports.get(unit.id);
    const entry = report?.tasks.get(taskId);
    return report && entry
      ? [{ unitId: unit.id, name: unit.name, file: report.file, isLead: leads.has(unit.id), entry }]
      : [];
  });
  return [...entries.filter((entry) => entry.isLead), ...entries.filter((entry) => !entry.isLead)];
}

function taskSource({ unitId, file, entry }: UnitTaskEntry): Source {
  const statusText = taskStatusTexts[entry.status ?? "unreported"];
  const text =
    entry.progress === undefined ? statusText : taskTexts.progress(statusText, formatVietnameseNumber(entry.progress));
  return { unitId, file, cell: entry.cell, text };
}
