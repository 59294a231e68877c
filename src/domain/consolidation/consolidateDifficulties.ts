/** The digest of what units wrote as "Khó khăn, vướng mắc" and "Đề xuất, kiến nghị", task by task. */
import type { Catalog } from "../catalog/types";
import { saysNothing } from "../language/saysNothing";
import type { UnitRemark } from "../validation/checkedTypes";
import type { Source, TaskDifficulties, UnitDifficulties } from "./types";
import type { UnitDirectory } from "./unitDirectory";
import { reportedEntries, type UnitReport } from "./unitReports";

/** Tasks in catalog order, units in register order; a remark saying there is none ("Không có") is left out. */
export function consolidateDifficulties(
  catalog: Catalog,
  directory: UnitDirectory,
  reports: Map<string, UnitReport>,
): TaskDifficulties[] {
  return catalog.tasks.flatMap((task) => {
    const units = reportedEntries(directory.orderedIds, reports, (report) => report.tasks.get(task.id)).flatMap(
      ({ unitId, file, entry }): UnitDifficulties[] => {
        const difficulty = remarkSource(unitId, file, entry.difficulties);
        const proposal = remarkSource(unitId, file, entry.proposals);
        if (!difficulty && !proposal) return [];
        return [{ unitId, ...(difficulty ? { difficulty } : {}), ...(proposal ? { proposal } : {}) }];
      },
    );
    return units.length === 0 ? [] : [{ taskId: task.id, units }];
  });
}

function remarkSource(unitId: string, file: string, remark: UnitRemark | undefined): Source | undefined {
  if (!remark || saysNothing(remark.text)) return undefined;
  return { unitId, file, cell: remark.cell, text: remark.text };
}
