/**
 * A composite task ("(1) Quý I/2026 (2) Thường xuyên") asks one Tiến độ per part, each on a row of its own under
 * the task's row. The part row's Mã is the task's with the part's place ("NV.I.8#1"), so the reader keys it like any
 * row and sorted rows still read back; no catalog id holds "#".
 */

import type { Task } from "../catalog/types";
import { partLabel } from "../language/deadlineParts";
import { formTexts } from "../texts/templates";

const SEPARATOR = "#";
const PART_ROW_ID = /^(?<taskId>.+)#(?<place>\d{1,2})$/;

/** The Mã of the row of part `index` (0-based) of task `taskId`. */
export function partRowId(taskId: string, index: number): string {
  return `${taskId}${SEPARATOR}${index + 1}`;
}

/** "NV.I.8#2" → task NV.I.8, part index 1; a task's own Mã is no part row. */
export function readPartRowId(id: string): { taskId: string; index: number } | undefined {
  const match = PART_ROW_ID.exec(id);
  const { taskId, place } = match?.groups ?? {};
  return taskId && place && Number(place) > 0 ? { taskId, index: Number(place) - 1 } : undefined;
}

/** What the form prints in the locked cells of part `index`'s row: "Phần (1)" and the part's own Thời gian. */
export function partRowTexts(task: Task, index: number): { name: string; deadline: string } {
  return { name: formTexts.deadlinePart(partLabel(task.deadline, index)), deadline: task.deadline.parts[index].text };
}
