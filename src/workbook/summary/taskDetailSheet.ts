/** "Chi tiết nhiệm vụ": every unit's own line on every task, which Phụ lục III counts instead of pasting. */
import type { TaskDetail } from "../../domain/consolidation/types";
import { taskStatusTexts } from "../../domain/texts/report";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";
import type { Cell, Sheet, Workbook } from "../model/types";
import { addTableRows, createWorkingSheet, finishTable, type TaskSheetInput } from "./summaryLayout";

const WIDTHS = [7, 12, 40, 26, 10, 15, 11, 70, 30];
const texts = summaryTexts.taskDetails;

/** One unit's line on one task, as [column, cell] pairs. */
function detailCells(index: number, { task, detail }: DetailLine, unitName: string): [number, Cell][] {
  const cell = (value: Cell["value"], style: string): Cell => ({ value, style });
  return [
    [1, cell(index, "cellCenter")],
    [2, cell(task.id, "cell")],
    [3, cell(task.name, "cell")],
    [4, cell(unitName, "cell")],
    [5, cell(detail.isLead ? texts.lead : texts.coordinator, "cellCenter")],
    [6, cell(taskStatusTexts[detail.status ?? "unreported"], "cellCenter")],
    [7, cell(detail.progress ?? null, "cellCenter")],
    [8, cell(detail.description ?? null, "cell")],
    [9, cell(texts.source(detail.file, detail.cell.sheet, detail.cell.cell), "cell")],
  ];
}

interface DetailLine {
  task: { id: string; name: string };
  detail: TaskDetail;
}

/** Task by task in catalog order, each task's units as consolidation ordered them. */
function* detailLines({ catalog, consolidation }: TaskSheetInput): Iterable<DetailLine> {
  const names = new Map(catalog.tasks.map((task) => [task.id, task.name]));
  for (const task of consolidation.tasks) {
    const named = { id: task.id, name: names.get(task.id) ?? task.id };
    for (const detail of task.details) yield { task: named, detail };
  }
}

/**
 * One row per unit and task, tasks in catalog order, each task's leads first; the unit's text whole. With
 * `rowsLater` (a summary written by the streaming writer), the rows are made only as they are written.
 */
export function addTaskDetailSheet(workbook: Workbook, input: TaskSheetInput, { rowsLater = false } = {}): Sheet {
  const { sheet, headerRow } = createWorkingSheet(SUMMARY_SHEETS.taskDetails, texts, input.consolidation);
  const unitName = (unitId: string) => input.unitNames.get(unitId) ?? unitId;
  let lines = 0;
  for (const task of input.consolidation.tasks) lines += task.details.length;
  const rows = function* () {
    let index = 0;
    for (const line of detailLines(input)) {
      index++;
      yield { row: headerRow + index, cells: detailCells(index, line, unitName(line.detail.unitId)) };
    }
  };
  addTableRows(workbook, sheet, rows, rowsLater);
  finishTable(workbook, sheet, {
    widths: WIDTHS,
    header: { first: headerRow, last: headerRow },
    lastRow: headerRow + lines,
  });
  workbook.sheets.push(sheet);
  return sheet;
}
