/** Each programme's figures for section III: its tasks counted by deadline bucket and by status. */
import type { TaskProgramme } from "../catalog/types";
import type { TaskContext, TaskFigures } from "./consolidateTasks";
import { countTasks } from "./countTasks";
import { leadUnits } from "./leadUnits";
import type { NotStartedTask, ProgrammeResult, StatusCounts } from "./types";

export type ProgrammeFigures = Omit<ProgrammeResult, "sentences">;

/** `tasks` as consolidateTasks returns them (catalog order); every programme of the catalog, even one without tasks. */
export function consolidateProgrammes(context: TaskContext, tasks: TaskFigures[]): ProgrammeFigures[] {
  return context.catalog.programmes.map((programme) => programmeFigures(programme, context, tasks));
}

function programmeFigures(programme: TaskProgramme, context: TaskContext, all: TaskFigures[]): ProgrammeFigures {
  const tasks = all.filter((task) => task.programmeId === programme.id);
  return {
    programmeId: programme.id,
    counts: countTasks(tasks),
    byStatus: countStatuses(tasks),
    notStarted: tasks.filter((task) => task.status === "not_started").map((task) => notStarted(task, context)),
  };
}

function countStatuses(tasks: TaskFigures[]): StatusCounts {
  const counts: StatusCounts = { done: 0, inProgress: 0, notStarted: 0, unreported: 0 };
  for (const task of tasks) {
    if (task.status === "done") counts.done++;
    else if (task.status === "in_progress") counts.inProgress++;
    else if (task.status === "not_started") counts.notStarted++;
    else counts.unreported++;
  }
  return counts;
}

/** The first lead that explains itself: its "Khó khăn, vướng mắc", else its description. */
function notStarted(result: TaskFigures, { catalog, reports, formUnits }: TaskContext): NotStartedTask {
  const task = catalog.tasks.find((candidate) => candidate.id === result.id);
  const name = task?.name ?? result.id;
  const entries = (task ? leadUnits(task, formUnits.get(task.id) ?? []) : []).flatMap(
    (unitId) => reports.get(unitId)?.tasks.get(result.id) ?? [],
  );
  // Validation hands both texts over cleaned (NFC, trimmed), and leaves an empty one out.
  const reason =
    entries.find((entry) => entry.difficulties)?.difficulties?.text ??
    entries.find((entry) => entry.description)?.description;
  return { id: result.id, name, ...(reason === undefined ? {} : { reason }) };
}
