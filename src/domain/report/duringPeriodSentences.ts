/**
 * Section I's roll-ups told in two times, as 003 does ("04 sở … [trong tháng]; đến nay 15/15"): which units did
 * it during this period, beside what holds so far, from the units history says had done it in the period before.
 */
import { reportSentencesFor } from "../catalog/reportSentences";
import type { Catalog, UnitGroup } from "../catalog/types";
import type { Consolidation, ConsolidatedTask, ReportSection } from "../consolidation/types";
import { unitDirectory } from "../consolidation/unitDirectory";
import { partRowId } from "../forms/taskPartRows";
import { periodLabel } from "../language/parsePeriod";
import type { Period } from "../language/types";
import { historyTexts } from "../texts/history";
import { rollupTexts } from "../texts/report";

/** The report's sections with each roll-up of section I followed by what happened during the period. */
export function withDuringPeriod(
  catalog: Catalog,
  consolidation: Consolidation,
  doneBefore: (itemId: string) => Set<string> | undefined,
): ReportSection[] {
  const groupOf = new Map(unitDirectory(catalog).ordered.map((unit) => [unit.id, unit.group]));
  const phrases = reportSentencesFor(catalog);
  const added = new Map<string, string>();
  for (const task of consolidation.tasks) {
    const phrase = phrases.get(task.id);
    if (!phrase?.leadership || !task.rollup) continue;
    // A composite task is counted by the part that decides it (I.2's "Kế hoạch"); a month recorded before the
    // forms asked for parts has only the task's row.
    const part = task.decidingPart === undefined ? undefined : doneBefore(partRowId(task.id, task.decidingPart));
    const before = part ?? doneBefore(task.id) ?? new Set<string>();
    const text = duringPeriod(task, before, groupOf, consolidation.period, phrase.done);
    added.set(phrase.leadership.leadIn, text);
  }
  return consolidation.reportSections.map((s) => withAdded(s, added));
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
