/**
 * Section I's roll-ups told in two times, as 003 does ("04 sở … [trong tháng]; đến nay 15/15"): which units did
 * it during this period, beside what holds so far. Only against the period just before: from an older one,
 * "trong tháng" would be wrong.
 */
import { catalogInForce, judgingDay } from "../catalog/catalogInForce";
import type { Catalog } from "../catalog/types";
import type { Consolidation } from "../consolidation/types";
import { unitDirectory } from "../consolidation/unitDirectory";
import { withDuringPeriod } from "../report/duringPeriodSentences";
import { taskStatusTexts } from "../texts/report";
import { latestRecordedReport } from "./latestRecordedReport";
import { previousPeriod, recordsOfPeriod } from "./periodHistory";
import type { HistoryRecord } from "./types";
import { recordsByUnit } from "./unitLineage";

/**
 * Each roll-up of section I followed by what happened during the period; unchanged without the period just before.
 * `plan` is the catalog with its dated changes: the units are those in force on the judging day, and a unit others
 * were merged into had a task (or a part of it: "NV.I.2#1") done before when its parts had (see combinedRecords).
 */
export function withSinceLastPeriod(
  plan: Catalog,
  consolidation: Consolidation,
  records: HistoryRecord[],
): Consolidation {
  const before = consolidation.comparedWith;
  if (!before || before.code !== previousPeriod(consolidation.period).code) return consolidation;
  const day = judgingDay(consolidation.period, consolidation.asOf);
  const catalog = catalogInForce(plan, day);
  const units = unitDirectory(catalog).ordered;
  const beforeRecords = recordsOfPeriod(records, before.code);
  const recorded = new Set(beforeRecords.filter((record) => record.kind === "task").map((record) => record.itemId));
  const index = recordsByUnit(beforeRecords);
  // Undefined for an item the period before has no row of (a part of a task recorded before forms asked for parts).
  const doneBefore = (itemId: string) => {
    if (!recorded.has(itemId)) return undefined;
    const isItem = (record: HistoryRecord) => record.kind === "task" && record.itemId === itemId;
    const done = units.filter(
      (unit) =>
        latestRecordedReport(plan, index, unit.id, [before], day, isItem)?.records[0]?.status === taskStatusTexts.done,
    );
    return new Set(done.map((unit) => unit.id));
  };
  return { ...consolidation, reportSections: withDuringPeriod(catalog, consolidation, doneBefore) };
}
