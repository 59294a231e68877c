/** "Mô tả kết quả trong kỳ" of Phụ lục III: short, computed, never the units' lines pasted together. */
import type { TaskSentencePhrases } from "../catalog/reportSentences";
import type { TaskFigures } from "../consolidation/consolidateTasks";
import { rollupTexts, taskTexts } from "../texts/report";
import { inProgressClause, notDoneList, rollupSentence } from "./rollupText";

/** No appendix cell holds more: a longer text is cut, and says where the rest is. */
const MAX_APPENDIX_CELL_LENGTH = 1500;

/**
 * With a roll-up: the count ("11/15 sở, ban, ngành và 28/75 xã, phường đã …; 02/15 sở, ban, ngành và 40/75 xã,
 * phường đang thực hiện."), then who has not done it, then the lead's own text. Without (one or two units reported): their own lines, "- Sở Y tế: …". Either way within
 * MAX_APPENDIX_CELL_LENGTH; every unit's full line stays on the sheet "Chi tiết nhiệm vụ".
 */
export function taskDescription(
  task: Pick<TaskFigures, "details" | "rollup">,
  unitNames: Map<string, string>,
  phrases?: TaskSentencePhrases,
): string {
  const lines = task.rollup
    ? rollupLines(task.rollup, phrases)
    : task.details.flatMap(({ unitId, description }) =>
        description ? [taskTexts.descriptionLine(unitNames.get(unitId) ?? unitId, description)] : [],
      );
  return withinLimit(lines.join("\n"), MAX_APPENDIX_CELL_LENGTH);
}

function rollupLines(rollup: NonNullable<TaskFigures["rollup"]>, phrases?: TaskSentencePhrases): string[] {
  const notDone = notDoneList(rollup);
  return [
    rollupTexts.line(rollupSentence(rollup, phrases?.done ?? rollupTexts.done) + inProgressClause(rollup)),
    ...(notDone === undefined ? [] : [rollupTexts.withLead(phrases?.notDoneLead ?? rollupTexts.notDoneLead, notDone)]),
    ...rollup.leadTexts.map(({ name, text }) => taskTexts.descriptionLine(name, text)),
  ];
}

/** Cut at a word boundary before `limit`, ending with the note that says so. */
function withinLimit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const room = limit - rollupTexts.cut.length - 1;
  const head = text.slice(0, room);
  const lastSpace = head.search(/\s\S*$/);
  return `${(lastSpace > 0 ? head.slice(0, lastSpace) : head).trimEnd()} ${rollupTexts.cut}`;
}
