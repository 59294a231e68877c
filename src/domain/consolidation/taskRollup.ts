/** The figures behind a task's short description: per unit group, how many of its units report the task done. */
import type { UnitGroup } from "../catalog/types";
import type { GroupRollup, TaskDetail, TaskRollup } from "./types";
import type { UnitDirectory } from "./unitDirectory";

/** One or two units' own lines read well as they are; from three on, the lines are counted instead. */
const MAX_UNITS_SHOWN_AS_TEXT = 2;

/** The lead's own text is quoted when one or two units lead; a task led by whole groups has no single voice. */
const MAX_QUOTED_LEADS = 2;

const GROUP_ORDER: UnitGroup[] = ["so", "xa", "other"];

/**
 * Undefined when at most two units reported. Otherwise, for each group among the units carrying the task
 * (`carriers`, whose forms hold it): done = those whose accepted file says "Đã hoàn thành"; a unit that sent
 * nothing, or another status, is named among those not done.
 */
export function taskRollup(
  { carriers, leads, details }: { carriers: string[]; leads: string[]; details: TaskDetail[] },
  directory: UnitDirectory,
): TaskRollup | undefined {
  if (details.length <= MAX_UNITS_SHOWN_AS_TEXT) return undefined;
  const withStatus = (status: TaskDetail["status"]) =>
    new Set(details.filter((detail) => detail.status === status).map((detail) => detail.unitId));
  const done = withStatus("done");
  const inProgress = withStatus("in_progress");
  const carrying = new Set(carriers);
  const groups = GROUP_ORDER.flatMap((group): GroupRollup[] => {
    const units = directory.ordered.filter((unit) => unit.group === group && carrying.has(unit.id));
    if (units.length === 0) return [];
    const notDone = units.filter((unit) => !done.has(unit.id)).map((unit) => unit.name);
    const started = units.filter((unit) => inProgress.has(unit.id)).length;
    return [{ group, total: units.length, done: units.length - notDone.length, inProgress: started, notDone }];
  });
  const quoted = leads.length <= MAX_QUOTED_LEADS ? new Set(leads) : new Set<string>();
  const leadTexts = details.flatMap((detail) => {
    const name = directory.byId.get(detail.unitId)?.name ?? detail.unitId;
    const text = detail.description;
    return quoted.has(detail.unitId) && text ? [{ unitId: detail.unitId, name, text }] : [];
  });
  return { groups, leadTexts };
}
