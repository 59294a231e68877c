import type { Indicator } from "../catalog/types";

/**
 * Whether one unit's figure can be held against the province's target and last year's result. A rate is a
 * rate in any unit; a count is the province's figure only when the unit leads the indicator — a commune's
 * part of a sum ("Có 400 cán bộ nghiên cứu…") is not short of the province's target.
 */
export function comparesWithProvinceFigures(indicator: Indicator, unitId: string): boolean {
  // A unit's researchers are part of the province's count per 10 000 people, not a rate of its own.
  if (indicator.aggregation.rule === "sum" || indicator.aggregation.rule === "per_population") return false;
  return indicator.measure === "percent" || indicator.lead.unitIds.includes(unitId);
}
