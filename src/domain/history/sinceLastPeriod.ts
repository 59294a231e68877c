/**
 * Section I's roll-ups told in two times, as 003 does ("04 sở … [trong tháng]; đến nay 15/15"): which units did
 * it during this period, beside what holds so far. Only against the period just before: from an older one,
 * "trong tháng" would be wrong.
 */
import type { Catalog } from "../catalog/types";
import type { Consolidation } from "../consolidation/types";
import { withDuringPeriod } from "../report/duringPeriodSentences";
import { taskStatusTexts } from "../texts/report";
import { previousPeriod, recordsOfPeriod } from "./periodHistory";
import type { HistoryRecord } from "./types";

/** Each roll-up of section I followed by what happened during the period; unchanged without the period just before. */
export function withSinceLastPeriod(
  catalog: Catalog,
  consolidation: Consolidation,
  records: HistoryRecord[],
): Consolidation {
  const before = consolidation.comparedWith;
  if (!before || before.code !== previousPeriod(consolidation.period).code) return consolidation;
  const doneBefore = doneUnitsByTask(recordsOfPeriod(records, before.code));
  return { ...consolidation, reportSections: withDuringPeriod(catalog, consolidation, doneBefore) };
}

function doneUnitsByTask(records: HistoryRecord[]): Map<string, Set<string>> {
  const done = new Map<string, Set<string>>();
  for (const record of records) {
    if (record.kind !== "task" || record.status !== taskStatusTexts.done) continue;
    done.set(record.itemId, (done.get(record.itemId) ?? new Set()).add(record.unitId));
  }
  return done;
}
