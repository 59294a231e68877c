/** "Tổng hợp nhiệm vụ", a working sheet beside Phụ lục III: each task's progress, whether it is overdue, and its sources. */
import type { Task } from "../../domain/catalog/types";
import type { ConsolidatedTask } from "../../domain/consolidation/types";
import { address } from "../model/addresses";
import { mergeCells, setCell } from "../model/buildSheet";
import type { Sheet, Workbook } from "../model/types";
import { outlineRows } from "../templates/outlineRows";
import { sourceText } from "./sourceText";
import { createWorkingSheet, finishTable, type TaskSheetInput } from "./summaryLayout";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";
import { statusChange } from "../../domain/history/describeChange";
import { previousColumns } from "./previousColumns";

const WIDTHS = [5, 44, 20, 16, 14, 9, 40];
const texts = summaryTexts.tasks;

function itemRow(sheet: Sheet, row: number, task: Task, result: ConsolidatedTask, source: string | null) {
  setCell(sheet, row, 1, task.stt, "cellCenter");
  setCell(sheet, row, 2, task.name, "cell");
  setCell(sheet, row, 3, task.lead.raw, "cell");
  setCell(sheet, row, 4, task.deadline.raw, "cellCenter");
  setCell(sheet, row, 5, result.statusText, "cellCenter");
  const overdue = result.overdueParts ? texts.overdueParts(result.overdueParts) : texts.overdue;
  setCell(sheet, row, 6, result.overdue ? overdue : null, result.overdue ? "summaryRedText" : "cellCenter");
  setCell(sheet, row, 7, source, "cell");
}

export function addTaskSummarySheet(workbook: Workbook, { catalog, consolidation, unitNames }: TaskSheetInput): Sheet {
  const previous = previousColumns(consolidation);
  const headers = previous ? [...texts.headers, ...previous.headers] : texts.headers;
  const widths = previous ? [...WIDTHS, ...previous.widths] : WIDTHS;
  const { sheet, headerRow } = createWorkingSheet(SUMMARY_SHEETS.tasks, { ...texts, headers }, consolidation);
  const columns = widths.length;
  const results = new Map(consolidation.tasks.map((result) => [result.id, result]));
  const items = catalog.tasks.filter((task) => results.has(task.id));
  let row = headerRow;
  for (const line of outlineRows(items, catalog.tasks, false)) {
    row++;
    if (line.kind === "group") {
      setCell(sheet, row, 1, line.group, "groupCenter");
      mergeCells(sheet, `B${row}:${address(row, columns)}`, line.title, "group");
    } else if (line.kind === "parent") {
      setCell(sheet, row, 1, line.item.stt, "cellCenter");
      mergeCells(sheet, `B${row}:${address(row, columns)}`, line.item.name, "cell");
    } else if (line.kind === "item") {
      const result = results.get(line.item.id) as ConsolidatedTask;
      const source = sourceText(result.sources, unitNames, summaryTexts.sources.manyInRegister);
      itemRow(sheet, row, line.item, result, source);
      previous?.write(sheet, row, WIDTHS.length + 1, result.previous?.statusText, statusChange(result));
    }
  }
  finishTable(workbook, sheet, { widths, header: { first: headerRow, last: headerRow }, lastRow: row });
  workbook.sheets.push(sheet);
  return sheet;
}
