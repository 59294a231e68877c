/** The units an item's figure or progress comes from: its lead ("Cơ quan chủ trì"). */
import type { Indicator, Task } from "../catalog/types";

/**
 * The lead units as printed; when the lead names no unit of the register ("Các doanh nghiệp nhỏ và vừa"), every
 * unit whose form carries the item stands in, so the item is still consolidated.
 */
export function leadUnits(item: Indicator | Task, formUnits: string[]): string[] {
  return item.lead.unitIds.length > 0 ? item.lead.unitIds : formUnits;
}
