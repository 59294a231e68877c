/** Figures of units missing this period, taken from their last report of the year and marked as such. */
import { catalogInForce } from "../catalog/catalogInForce";
import type { Catalog } from "../catalog/types";
import { unitDirectory } from "../consolidation/unitDirectory";
import type { UnitReport } from "../consolidation/unitReports";
import type { IsoDate, Period } from "../language/types";
import { earlierPeriodsOfYear } from "./periodHistory";
import { measuresOf, recordedIndicator } from "./recordedOutcomes";
import type { CarriedUnit, HistoryRecord } from "./types";
import { latestRecordedReport } from "./latestRecordedReport";
import { recordsByUnit } from "./unitLineage";

export interface CarriedReports {
  /** One report per unit carried, holding its indicators only: a task's status is this period's news or nothing. */
  reports: Map<string, UnitReport>;
  /** In register order. */
  units: CarriedUnit[];
}

/**
 * Every figure on the form is "lũy kế đến kỳ báo cáo" (a count so far, or a rate as it stands), so a unit's last
 * figure still holds when it sends nothing, until the year ends: cumulative counts start again in January.
 * A unit with an accepted report this period carries nothing, even for an indicator it left empty. The units are
 * those in force on `day` (the day the period is judged on); one that others were merged into carries their last
 * figures too, combined (see combinedRecords), marked with the latest period among them.
 */
export function carryForward(
  catalog: Catalog,
  period: Period,
  records: HistoryRecord[],
  reported: ReadonlySet<string>,
  day: IsoDate = period.end,
): CarriedReports {
  const earlier = earlierPeriodsOfYear(records, period);
  const measures = measuresOf(catalog);
  const index = recordsByUnit(records);
  const isFigure = (record: HistoryRecord) => record.kind === "indicator" && measures.has(record.itemId);
  const reports = new Map<string, UnitReport>();
  const units: CarriedUnit[] = [];
  for (const unit of unitDirectory(catalogInForce(catalog, day)).ordered) {
    if (reported.has(unit.id)) continue;
    const report = latestRecordedReport(catalog, index, unit.id, earlier, day, isFigure);
    if (!report) continue;
    // Last period's figure stands for this period's: the province's figure made with it prints "Ước …".
    const use = { estimate: true, carriedFrom: report.period.code };
    const indicators = new Map(report.records.map((r) => [r.itemId, recordedIndicator(r, measures, use)]));
    const { file, receivedAt } = report.source;
    reports.set(unit.id, { unitId: unit.id, file: file ?? "", indicators, tasks: new Map(), documents: [] });
    units.push({ unitId: unit.id, period: report.period, ...(receivedAt === undefined ? {} : { receivedAt }) });
  }
  return { reports, units };
}
