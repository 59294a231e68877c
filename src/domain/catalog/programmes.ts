/** Questions about a catalog's task programmes, asked by forms, consolidation and the report alike. */
import type { Catalog, Task, TaskProgramme } from "./types";

/**
 * The year's CĐS plan (part B, kind "plan"): the programme whose figures the report's section III.1 prints first
 * and whose tasks are the plan's own Phụ lục II. Undefined for a catalog that has none.
 */
export function cdsPlanProgramme(catalog: Pick<Catalog, "programmes">): TaskProgramme | undefined {
  return catalog.programmes.find((programme) => programme.kind === "plan" && programme.part === "B");
}

/** `tasks` (in catalog order) split by programme, in the catalog's programme order; programmes without tasks left out. */
export function tasksByProgramme<T extends Pick<Task, "programmeId">>(
  programmes: readonly TaskProgramme[],
  tasks: readonly T[],
): { programme: TaskProgramme; tasks: T[] }[] {
  return programmes
    .map((programme) => ({ programme, tasks: tasks.filter((task) => task.programmeId === programme.id) }))
    .filter((group) => group.tasks.length > 0);
}
