/** Which units' forms carry each indicator and task, so consolidation knows whom it expects a figure from. */
import type { Catalog } from "../catalog/types";
import { formContentFor } from "../forms/formContent";
import type { UnitDirectory } from "./unitDirectory";

/** Item id → ids of the units whose form contains it, in register order. */
export function unitsByFormItem(catalog: Catalog, directory: UnitDirectory): Map<string, string[]> {
  const byItem = new Map<string, string[]>();
  const add = (itemId: string, unitId: string) => {
    const units = byItem.get(itemId);
    if (units) units.push(unitId);
    else byItem.set(itemId, [unitId]);
  };
  for (const unit of directory.ordered) {
    const content = formContentFor(catalog, unit.id);
    for (const indicator of content.indicators) add(indicator.id, unit.id);
    for (const task of content.tasks) add(task.id, unit.id);
  }
  return byItem;
}
