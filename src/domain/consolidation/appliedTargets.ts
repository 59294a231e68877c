/** Which target each indicator was judged against, where a dated change of the catalog set it. */
import { appliedTarget } from "../catalog/catalogInForce";
import type { Catalog } from "../catalog/types";
import type { IsoDate } from "../language/types";
import type { ConsolidatedIndicator } from "./types";

/** `catalog` is the plan with its changes; indicators whose target never changed by `day` are returned as they are. */
export function withAppliedTargets(indicators: ConsolidatedIndicator[], catalog: Catalog, day: IsoDate) {
  if (!catalog.revisions) return indicators;
  return indicators.map((indicator) => {
    const target = appliedTarget(catalog, indicator.id, day);
    return target ? { ...indicator, target } : indicator;
  });
}
