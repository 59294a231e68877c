/** "Chi tiết nhiệm vụ": every unit's own line on every task, which Phụ lục III counts instead of pasting. */
import type { TaskDetail } from "../../domain/consolidation/types";
import { taskStatusTexts } from "../../domain/texts/report";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";
import { setCell } from "../model/buildSheet";
import type { Cell, MadeRow, Sheet, Workbook } from "../model/types";
import { fittedRowHeight, textHeights } from "../templates/wrappedRowHeight";
import { createWorkingSheet, finishTable, type TaskSheetInput } from "./summaryLayout";

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

function detailLines({ catalog, consolidation }: TaskSheetInput): DetailLine[] {
  const names = new Map(catalog.tasks.map((task) => [task.id, task.name]));
  return consolidation.tasks.flatMap((task) => {
    const named = { id: task.id, name: names.get(task.id) ?? task.id };
    return task.details.map((detail) => ({ task: named, detail }));
  });
}

/** The rows made one at a time as the streaming writer reaches them, each fitted as finishTable fits the others. */
function laterRows(workbook: Workbook, sheet: Sheet, lines: DetailLine[], headerRow: number, unitName: UnitName) {
  return {
    *rows(): Iterable<MadeRow> {
      const heightOf = textHeights();
      for (const [index, line] of lines.entries()) {
        const cells = detailCells(index + 1, line, unitName(line.detail.unitId));
        yield {
          row: headerRow + 1 + index,
          cells,
          height: fittedRowHeight(workbook, cells, sheet.columnWidths, heightOf),
        };
      }
    },
  };
}

type UnitName = (unitId: string) => string;

/**
 * One row per unit and task, tasks in catalog order, each task's leads first; the unit's text whole. With
 * `rowsLater` (a summary written by the streaming writer), the rows are made only as they are written.
 */
export function addTaskDetailSheet(workbook: Workbook, input: TaskSheetInput, { rowsLater = false } = {}): Sheet {
  const { sheet, headerRow } = createWorkingSheet(SUMMARY_SHEETS.taskDetails, texts, input.consolidation);
  const lines = detailLines(input);
  const unitName: UnitName = (unitId) => input.unitNames.get(unitId) ?? unitId;
  if (rowsLater) sheet.laterRows = laterRows(workbook, sheet, lines, headerRow, unitName);
  else {
    lines.forEach((line, index) => {
      for (const [col, { value, style }] of detailCells(index + 1, line, unitName(line.detail.unitId))) {
        setCell(sheet, headerRow + 1 + index, col, value, style);
      }
    });
  }
  const lastRow = headerRow + lines.length;
  finishTable(workbook, sheet, { widths: WIDTHS, header: { first: headerRow, last: headerRow }, lastRow });
  workbook.sheets.push(sheet);
  return sheet;
}
