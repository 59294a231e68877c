/** The indicator columns of "Chi tiết theo đơn vị": which units each one waits for and what each unit gave. */
import type { Catalog, Indicator } from "../../domain/catalog/types";
import { unitsByFormItem } from "../../domain/consolidation/formUnits";
import { leadUnits } from "../../domain/consolidation/leadUnits";
import type { ConsolidatedIndicator, Consolidation, Source } from "../../domain/consolidation/types";
import { unitDirectory } from "../../domain/consolidation/unitDirectory";

export interface MatrixColumn {
  indicator: Indicator;
  consolidated: ConsolidatedIndicator;
  /** The units the province's figure is made of, reported or not (as many as `consolidated.expected`). */
  expected: Set<string>;
  /** Unit id → what its file contributed to the figure. */
  byUnit: Map<string, Source>;
}

/**
 * Indicators whose figure combines several units' entries (sums, ratios, shares of units), in catalog order. A
 * figure taken from one lead unit is traced on the indicator sheet itself and would be an almost empty column here.
 */
export function matrixColumns(catalog: Catalog, consolidation: Consolidation): MatrixColumn[] {
  const formUnits = unitsByFormItem(catalog, unitDirectory(catalog));
  const byId = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
  return consolidation.indicators.flatMap((consolidated) => {
    const indicator = byId.get(consolidated.id);
    if (!indicator || indicator.aggregation.rule === "lead_value") return [];
    const carriers = formUnits.get(indicator.id) ?? [];
    // A share of units counts the leads alone ("xã, phường using the software"), as consolidation does.
    const expected = indicator.aggregation.rule === "share_of_units" ? leadUnits(indicator, carriers) : carriers;
    return [
      {
        indicator,
        consolidated,
        expected: new Set(expected),
        byUnit: new Map(consolidated.sources.map((source) => [source.unitId, source])),
      },
    ];
  });
}
