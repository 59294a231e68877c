/**
 * Section I's roll-ups told in two times, as 003 does ("04 sở … [trong tháng]; đến nay 15/15"): which units did
 * it during this period, beside what holds so far. Only against the period just before: from an older one,
 * "trong tháng" would be wrong.
 */
import { catalogInForce, judgingDay } from "../catalog/catalogInForce";
import { reportSentencesFor } from "../catalog/reportSentences";
import type { Catalog, UnitGroup } from "../catalog/types";
import type { Consolidation, ConsolidatedTask, ReportSection } from "../consolidation/types";
import { unitDirectory } from "../consolidation/unitDirectory";
import { periodLabel } from "../language/parsePeriod";
import type { Period } from "../language/types";
import { historyTexts } from "../texts/history";
import { rollupTexts, taskStatusTexts } from "../texts/report";
import { latestRecordedReport } from "./latestRecordedReport";
import { previousPeriod, recordsOfPeriod } from "./periodHistory";
import type { HistoryRecord } from "./types";
import { recordsByUnit } from "./unitLineage";

/**
 * Each roll-up of section I followed by what happened during the period; unchanged without the period just before.
 * `plan` is the catalog with its dated changes: the units are those in force on the judging day, and a unit others
 * were merged into had a task done before when its parts had (see combinedRecords).
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
  const groupOf = new Map(units.map((unit) => [unit.id, unit.group]));
  const index = recordsByUnit(recordsOfPeriod(records, before.code));
  const doneBefore = (taskId: string) =>
    new Set(
      units
        .filter((unit) => {
          const isTask = (record: HistoryRecord) => record.kind === "task" && record.itemId === taskId;
          const report = latestRecordedReport(plan, index, unit.id, [before], day, isTask);
          return report?.records[0]?.status === taskStatusTexts.done;
        })
        .map((unit) => unit.id),
    );
  const phrases = reportSentencesFor(catalog);
  const added = new Map<string, string>();
  for (const task of consolidation.tasks) {
    const phrase = phrases.get(task.id);
    if (!phrase?.leadership || !task.rollup) continue;
    const text = duringPeriod(task, doneBefore(task.id), groupOf, consolidation.period, phrase.done);
    added.set(phrase.leadership.leadIn, text);
  }
  return { ...consolidation, reportSections: consolidation.reportSections.map((s) => withAdded(s, added)) };
}

/** The sentence goes right after the roll-up it speaks of, found by the roll-up's lead-in. */
function withAdded(section: ReportSection, added: Map<string, string>): ReportSection {
  if (section.id !== "leadership") return section;
  return {
    ...section,
    sentences: section.sentences.flatMap((sentence) => {
      const leadIn = [...added.keys()].find((candidate) => sentence.text.startsWith(candidate));
      return leadIn === undefined ? [sentence] : [sentence, { text: added.get(leadIn) as string }];
    }),
  };
}

/** "Trong tháng 5/2026, thêm 02/15 sở, ban, ngành và 10/75 xã, phường đã …." counted over the roll-up's groups. */
function duringPeriod(
  task: ConsolidatedTask,
  doneBefore: Set<string>,
  groupOf: Map<string, UnitGroup>,
  period: Period,
  done: string,
): string {
  const newlyDone = task.details.filter((detail) => detail.status === "done" && !doneBefore.has(detail.unitId));
  const groups = (task.rollup?.groups ?? []).flatMap((group) => {
    const count = newlyDone.filter((detail) => groupOf.get(detail.unitId) === group.group).length;
    return count === 0
      ? []
      : [{ fraction: rollupTexts.fraction(count, group.total), group: rollupTexts.groups[group.group] }];
  });
  const label = periodLabel(period);
  return groups.length === 0
    ? historyTexts.noneDuringPeriod(label, done)
    : historyTexts.duringPeriod(label, rollupTexts.rollup(groups, done));
}
