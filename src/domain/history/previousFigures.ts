/** Each unit's last cumulative figure of the year, for the check that a cumulative figure does not go down. */
import { catalogInForce, judgingDay } from "../catalog/catalogInForce";
import type { Catalog, Indicator } from "../catalog/types";
import type { IsoDate, Period } from "../language/types";
import { latestRecordedReport } from "./latestRecordedReport";
import { earlierPeriodsOfYear } from "./periodHistory";
import { PROVINCE_UNIT_ID, type HistoryRecord, type PreviousFigures } from "./types";
import { recordsByUnit } from "./unitLineage";

/**
 * The form asks for results "lũy kế đến kỳ báo cáo": a count (documents, articles, tasks accepted, staff) adds up
 * from January and should not fall within the year; a rate may fall when its denominator grows.
 */
export function isCumulative(indicator: Indicator): boolean {
  return indicator.measure === "count";
}

/**
 * From the latest earlier period of the year in which the unit gave a number for the indicator. A unit that others
 * were merged into by the period's judging day (as of `asOf`, as its forms are judged) starts from their figures too,
 * combined by the indicator's rule (counts summed): the merged commune's count since January holds what its
 * communes counted.
 */
export function previousFigures(
  catalog: Catalog,
  records: HistoryRecord[],
  period: Period,
  asOf: IsoDate = period.end,
): PreviousFigures {
  const day = judgingDay(period, asOf);
  const cumulative = catalog.indicators.filter(isCumulative);
  const earlier = earlierPeriodsOfYear(records, period);
  const index = recordsByUnit(records);
  const unitIds = new Set([...index.keys(), ...catalogInForce(catalog, day).units.map((unit) => unit.id)]);
  unitIds.delete(PROVINCE_UNIT_ID);
  const figures: PreviousFigures = {};
  for (const unitId of unitIds) {
    for (const indicator of cumulative) {
      const numbered = (record: HistoryRecord) =>
        record.kind === "indicator" && record.itemId === indicator.id && record.value !== undefined;
      const combined = latestRecordedReport(catalog, index, unitId, earlier, day, numbered)?.records[0];
      if (combined?.value !== undefined) (figures[unitId] ??= {})[indicator.id] = combined.value;
    }
  }
  return figures;
}

/** The validation context's look-up over the plain data. */
export function previousValueOf(figures: PreviousFigures): (unitId: string, indicatorId: string) => number | undefined {
  return (unitId, indicatorId) => figures[unitId]?.[indicatorId];
}
