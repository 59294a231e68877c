/** Section III's lines for one programme: the CĐS plan's shape for plans and assignments, 003's list for carry-overs. */
import type { TaskProgramme } from "../catalog/types";
import type { ProgrammeResult } from "../consolidation/types";
import type { Period } from "../language/types";
import { programmeSentenceTexts as texts } from "../texts/report";
import { taskSentences } from "./taskSentences";

/** A unit's reason is kept to its first sentence and this many characters: the report names it, the detail sheet holds it. */
const REASON_LENGTH = 160;

export function shortReason(text: string): string {
  const firstLine = text.split("\n")[0].trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(firstLine)?.[1] ?? firstLine;
  const plain = sentence.replace(/[.!?]$/, "");
  return plain.length <= REASON_LENGTH ? plain : `${plain.slice(0, REASON_LENGTH - 1).trimEnd()}…`;
}

export function programmeSentences(
  programme: TaskProgramme,
  figures: Omit<ProgrammeResult, "sentences">,
  period: Period,
): string[] {
  const listed = figures.counts.total;
  if (programme.kind === "carried_over") {
    const { done, inProgress, notStarted, unreported } = figures.byStatus;
    return [
      texts.carriedOver(listed, done, inProgress, notStarted, unreported),
      ...figures.notStarted.map((task, i) =>
        texts.notStartedItem(i + 1, task.name, task.reason === undefined ? undefined : shortReason(task.reason)),
      ),
      ...(programme.partial ? [texts.carriedOverPartial(listed)] : []),
    ];
  }
  const [fullTotal, ...lines] = taskSentences(figures.counts, period);
  if (!programme.partial) return [fullTotal, ...lines];
  const total =
    programme.declaredTotal === undefined
      ? texts.listedTotal(listed)
      : texts.partialTotal(programme.declaredTotal, listed);
  return [total, ...lines];
}
