/** The digest of what units wrote as "Khó khăn, vướng mắc" and "Đề xuất, kiến nghị", task by task. */
import type { Catalog } from "../catalog/types";
import { saysNothing } from "../language/saysNothing";
import type { UnitRemark } from "../validation/checkedTypes";
import type { Source, TaskDifficulties, UnitDifficulties } from "./types";
import type { UnitDirectory } from "./unitDirectory";
import type { UnitReport } from "./unitReports";

/** Tasks in catalog order, units in register order; a remark saying there is none ("Không có") is left out. */
export function consolidateDifficulties(
  catalog: Catalog,
  directory: UnitDirectory,
  reports: Map<string, UnitReport>,
): TaskDifficulties[] {
  return catalog.tasks.flatMap((task) => {
    const units = directory.ordered.flatMap((unit): UnitDifficulties[] => {
      const report = reports.get(unit.id);
      const entry = report?.tasks.get(task.id);
      if (!report || !entry) return [];
      const difficulty = remarkSource(unit.id, report.file, entry.difficulties);
      const proposal = remarkSource(unit.id, report.file, entry.proposals);
      if (!difficulty && !proposal) return [];
      return [{ unitId: unit.id, ...(difficulty ? { difficulty } : {}), ...(proposal ? { proposal } : {}) }];
    });
    return units.length === 0 ? [] : [{ taskId: task.id, units }];
  });
}

function remarkSource(unitId: string, file: string, remark: UnitRemark | undefined): Source | undefined {
  if (!remark || saysNothing(remark.text)) return undefined;
  return { unitId, file, cell: remark.cell, text: remark.text };
}
