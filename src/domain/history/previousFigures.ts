/** Each unit's last cumulative figure of the year, for the check that a cumulative figure does not go down. */
import type { Catalog, Indicator } from "../catalog/types";
import type { Period } from "../language/types";
import { earlierPeriodsOfYear, recordsOfPeriod } from "./periodHistory";
import { PROVINCE_UNIT_ID, type HistoryRecord, type PreviousFigures } from "./types";

/**
 * The form asks for results "lũy kế đến kỳ báo cáo": a count (documents, articles, tasks accepted, staff) adds up
 * from January and should not fall within the year; a rate may fall when its denominator grows.
 */
export function isCumulative(indicator: Indicator): boolean {
  return indicator.measure === "count";
}

/** From the latest earlier period of the year in which the unit gave a number for the indicator. */
export function previousFigures(catalog: Catalog, records: HistoryRecord[], period: Period): PreviousFigures {
  const cumulative = new Set(catalog.indicators.filter(isCumulative).map((indicator) => indicator.id));
  const figures: PreviousFigures = {};
  // Latest period first: a figure already found is not overwritten by an older one.
  for (const earlier of earlierPeriodsOfYear(records, period)) {
    for (const record of recordsOfPeriod(records, earlier.code)) {
      if (record.kind !== "indicator" || record.unitId === PROVINCE_UNIT_ID) continue;
      if (record.value === undefined || !cumulative.has(record.itemId)) continue;
      const unit = (figures[record.unitId] ??= {});
      unit[record.itemId] ??= record.value;
    }
  }
  return figures;
}

/** The validation context's look-up over the plain data. */
export function previousValueOf(figures: PreviousFigures): (unitId: string, indicatorId: string) => number | undefined {
  return (unitId, indicatorId) => figures[unitId]?.[indicatorId];
}
