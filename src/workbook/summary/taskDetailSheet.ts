/** "Chi tiết nhiệm vụ": every unit's own line on every task, which Phụ lục III counts instead of pasting. */
import type { TaskDetail } from "../../domain/consolidation/types";
import { taskStatusTexts } from "../../domain/texts/report";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";
import { setCell } from "../model/buildSheet";
import type { Sheet, Workbook } from "../model/types";
import { createWorkingSheet, finishTable, type TaskSheetInput } from "./summaryLayout";

const WIDTHS = [7, 12, 40, 26, 10, 15, 11, 70, 30];
const texts = summaryTexts.taskDetails;

function detailRow(
  sheet: Sheet,
  row: number,
  index: number,
  task: { id: string; name: string },
  detail: TaskDetail,
  unitName: string,
) {
  setCell(sheet, row, 1, index, "cellCenter");
  setCell(sheet, row, 2, task.id, "cell");
  setCell(sheet, row, 3, task.name, "cell");
  setCell(sheet, row, 4, unitName, "cell");
  setCell(sheet, row, 5, detail.isLead ? texts.lead : texts.coordinator, "cellCenter");
  setCell(sheet, row, 6, taskStatusTexts[detail.status ?? "unreported"], "cellCenter");
  setCell(sheet, row, 7, detail.progress ?? null, "cellCenter");
  setCell(sheet, row, 8, detail.description ?? null, "cell");
  setCell(sheet, row, 9, texts.source(detail.file, detail.cell.sheet, detail.cell.cell), "cell");
}

/** One row per unit and task, tasks in catalog order, each task's leads first; the unit's text whole. */
export function addTaskDetailSheet(workbook: Workbook, { catalog, consolidation, unitNames }: TaskSheetInput): Sheet {
  const { sheet, headerRow } = createWorkingSheet(SUMMARY_SHEETS.taskDetails, texts, consolidation);
  const names = new Map(catalog.tasks.map((task) => [task.id, task.name]));
  let row = headerRow;
  for (const task of consolidation.tasks) {
    const named = { id: task.id, name: names.get(task.id) ?? task.id };
    for (const detail of task.details) {
      row++;
      detailRow(sheet, row, row - headerRow, named, detail, unitNames.get(detail.unitId) ?? detail.unitId);
    }
  }
  finishTable(workbook, sheet, { widths: WIDTHS, header: { first: headerRow, last: headerRow }, lastRow: row });
  workbook.sheets.push(sheet);
  return sheet;
}
