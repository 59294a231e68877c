/** A unit's latest report in the history, read through the units merged into it. */
import type { Catalog } from "../catalog/types";
import type { IsoDate, Period } from "../language/types";
import { combinedRecords } from "./combinedRecords";
import type { HistoryRecord } from "./types";
import { latestPartPeriod, latestParts, type RecordsByUnit } from "./unitLineage";

export interface RecordedReport {
  unitId: string;
  /** The period it stands as of: the latest among its parts. */
  period: Period;
  /** One record per item, combined across the parts (see combinedRecords). */
  records: HistoryRecord[];
  /** A record of that period's file: its name and receipt time are the report's. */
  source: HistoryRecord;
}

/**
 * The unit's latest records among `periods` (latest first) that `keep` accepts, as of `day`, with those of the units
 * merged into it by then (see latestParts); undefined when there are none.
 */
export function latestRecordedReport(
  catalog: Catalog,
  index: RecordsByUnit,
  unitId: string,
  periods: Period[],
  day: IsoDate,
  keep?: (record: HistoryRecord) => boolean,
): RecordedReport | undefined {
  const parts = latestParts(catalog, index, unitId, periods, day, keep);
  const period = latestPartPeriod(parts);
  const source = parts.find((part) => part.period === period)?.records[0];
  const records = combinedRecords(catalog, unitId, parts);
  return period && source && records.length > 0 ? { unitId, period, records, source } : undefined;
}
