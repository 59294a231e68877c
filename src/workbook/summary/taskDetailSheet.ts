/** "Chi tiết nhiệm vụ": every unit's own line on every task, which Phụ lục III counts instead of pasting. */
import type { TaskDetail } from "../../domain/consolidation/types";
import { taskStatusTexts } from "../../domain/texts/report";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";
import { parseAddress } from "../model/addresses";
import { createSheet, setCell } from "../model/buildSheet";
import type { Cell, MadeRow, Sheet, Workbook } from "../model/types";
import { textHeights } from "../templates/wrappedRowHeight";
import { createWorkingSheet, finishTable, fitTableRowHeights, type TaskSheetInput } from "./summaryLayout";

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

/**
 * The rows made one at a time as the streaming writer reaches them: each in a sheet of its own with the table's
 * widths, its height fitted as finishTable fits the others.
 */
function laterRows(workbook: Workbook, sheet: Sheet, lines: DetailLine[], headerRow: number, unitName: UnitName) {
  return {
    *rows(): Iterable<MadeRow> {
      const heightOf = textHeights();
      for (const [index, { task, detail }] of lines.entries()) {
        const row = headerRow + 1 + index;
        const alone: Sheet = { ...createSheet(sheet.name), columnWidths: sheet.columnWidths };
        detailRow(alone, row, index + 1, task, detail, unitName(detail.unitId));
        fitTableRowHeights(workbook, alone, heightOf);
        const cells = Object.entries(alone.cells).map(([key, cell]): [number, Cell] => [parseAddress(key).col, cell]);
        yield { row, cells, height: alone.rowHeights[row] };
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
    lines.forEach(({ task, detail }, index) =>
      detailRow(sheet, headerRow + 1 + index, index + 1, task, detail, unitName(detail.unitId)),
    );
  }
  const lastRow = headerRow + lines.length;
  finishTable(workbook, sheet, { widths: WIDTHS, header: { first: headerRow, last: headerRow }, lastRow });
  workbook.sheets.push(sheet);
  return sheet;
}
