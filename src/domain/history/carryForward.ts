/** Figures of units missing this period, taken from their last report of the year and marked as such. */
import type { Catalog } from "../catalog/types";
import { unitDirectory } from "../consolidation/unitDirectory";
import type { UnitReport } from "../consolidation/unitReports";
import type { Period } from "../language/types";
import { earlierPeriodsOfYear, recordsOfPeriod } from "./periodHistory";
import { measuresOf, recordedIndicator } from "./recordedOutcomes";
import type { CarriedUnit, HistoryRecord } from "./types";

export interface CarriedReports {
  /** One report per unit carried, holding its indicators only: a task's status is this period's news or nothing. */
  reports: Map<string, UnitReport>;
  /** In register order. */
  units: CarriedUnit[];
}

/**
 * Every figure on the form is "lũy kế đến kỳ báo cáo" (a count so far, or a rate as it stands), so a unit's last
 * figure still holds when it sends nothing, until the year ends: cumulative counts start again in January.
 * A unit with an accepted report this period carries nothing, even for an indicator it left empty.
 */
export function carryForward(
  catalog: Catalog,
  period: Period,
  records: HistoryRecord[],
  reported: ReadonlySet<string>,
): CarriedReports {
  const earlier = earlierPeriodsOfYear(records, period);
  const measures = measuresOf(catalog);
  const reports = new Map<string, UnitReport>();
  const units: CarriedUnit[] = [];
  for (const unit of unitDirectory(catalog).ordered) {
    if (reported.has(unit.id)) continue;
    for (const from of earlier) {
      const own = recordsOfPeriod(records, from.code).filter(
        (record) => record.unitId === unit.id && record.kind === "indicator" && measures.has(record.itemId),
      );
      if (own.length === 0) continue;
      // Last period's figure stands for this period's: the province's figure made with it prints "Ước …".
      const use = { estimate: true, carriedFrom: from.code };
      const indicators = new Map(own.map((record) => [record.itemId, recordedIndicator(record, measures, use)]));
      reports.set(unit.id, { unitId: unit.id, file: own[0].file ?? "", indicators, tasks: new Map(), documents: [] });
      const receivedAt = own[0].receivedAt;
      units.push({ unitId: unit.id, period: from, ...(receivedAt === undefined ? {} : { receivedAt }) });
      break;
    }
  }
  return { reports, units };
}
