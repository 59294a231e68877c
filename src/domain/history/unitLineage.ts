/**
 * A unit's history read through its predecessors. Records keep the unit they were sent by (history is what was
 * sent); a unit merged into another counts, from the merger on, as the other, so reading the other's history reads
 * the merged unit's months before the merger too. A renamed unit keeps its id: its records are its own already.
 */
import type { Catalog } from "../catalog/types";
import type { IsoDate, Period } from "../language/types";
import type { HistoryRecord } from "./types";

/** Records by unit, then by period code, in the order kept: the look-ups of a year of ninety units stay quick. */
export type RecordsByUnit = Map<string, Map<string, HistoryRecord[]>>;

export function recordsByUnit(records: HistoryRecord[]): RecordsByUnit {
  const index: RecordsByUnit = new Map();
  for (const record of records) {
    const periods = index.get(record.unitId) ?? new Map<string, HistoryRecord[]>();
    index.set(record.unitId, periods);
    const own = periods.get(record.period) ?? [];
    periods.set(record.period, own);
    own.push(record);
  }
  return index;
}

/** One unit's records of one period, standing for part of a unit's report. */
export interface RecordedPart {
  unitId: string;
  period: Period;
  records: HistoryRecord[];
}

/** The units merged straight into `unitId` by `day`, each with the day its merger took effect. */
function mergedInto(catalog: Catalog, unitId: string, day: IsoDate): { unitId: string; from: IsoDate }[] {
  return (catalog.revisions ?? []).flatMap((revision) =>
    revision.kind === "merged" && revision.id === unitId && revision.from <= day
      ? revision.predecessors.map((predecessor) => ({ unitId: predecessor, from: revision.from }))
      : [],
  );
}

/**
 * What stands for the unit's latest report among `periods` (latest first), as of `day`: its own latest records that
 * `keep` accepts and, for each unit merged into it by then, that unit's latest from before its merger (through every
 * merger). A report of the unit's own for a period ending on or after a merger already counts the merged unit, which
 * then adds nothing: no figure is counted twice. Empty when neither the unit nor a predecessor has such records.
 */
export function latestParts(
  catalog: Catalog,
  index: RecordsByUnit,
  unitId: string,
  periods: Period[],
  day: IsoDate,
  keep: (record: HistoryRecord) => boolean = () => true,
): RecordedPart[] {
  const periodsOfUnit = index.get(unitId);
  let own: RecordedPart | undefined;
  for (const period of periods) {
    const records = (periodsOfUnit?.get(period.code) ?? []).filter(keep);
    if (records.length > 0) {
      own = { unitId, period, records };
      break;
    }
  }
  const predecessors = mergedInto(catalog, unitId, day).flatMap(({ unitId: predecessor, from }) =>
    own && own.period.end >= from
      ? []
      : latestParts(
          catalog,
          index,
          predecessor,
          periods.filter((period) => period.start < from),
          day,
          keep,
        ),
  );
  return own ? [own, ...predecessors] : predecessors;
}

/** The latest period among the parts: the one a report made of them stands as of. */
export function latestPartPeriod(parts: RecordedPart[]): Period | undefined {
  return parts.reduce<Period | undefined>(
    (latest, part) => (latest === undefined || part.period.start > latest.start ? part.period : latest),
    undefined,
  );
}
