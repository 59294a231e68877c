/** Section I's roll-ups: "Thực hiện Quyết định số 1055/QĐ-UBND …, đến nay 11/15 sở, ban, ngành và … năm 2026¹." */
import type { TaskSentencePhrases } from "../catalog/reportSentences";
import type { ReportSentence, TaskRollup } from "../consolidation/types";
import { rollupTexts } from "../texts/report";
import { notDoneList, rollupSentence } from "./rollupText";

/**
 * One sentence per task the catalog gives a section I lead-in, in catalog order, with the units not done as its
 * footnote; a task nobody (or only one or two units) reported on has no roll-up and no sentence.
 */
export function leadershipSentences(
  tasks: { id: string; rollup?: TaskRollup }[],
  phrases: Map<string, TaskSentencePhrases>,
): ReportSentence[] {
  return tasks.flatMap(({ id, rollup }): ReportSentence[] => {
    const phrase = phrases.get(id);
    if (!phrase?.leadership || !rollup) return [];
    const notDone = notDoneList(rollup);
    return [
      {
        text: rollupTexts.withLead(phrase.leadership.leadIn, rollupSentence(rollup, phrase.done)),
        ...(notDone === undefined ? {} : { footnote: rollupTexts.withLead(phrase.notDoneLead, notDone) }),
      },
    ];
  });
}
