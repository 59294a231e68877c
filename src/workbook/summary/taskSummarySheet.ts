/** "Tổng hợp nhiệm vụ": the report's Phụ lục III, with the units' descriptions merged and overdue tasks marked. */
import type { Catalog, Task } from "../../domain/catalog/types";
import type { ConsolidatedTask, Consolidation } from "../../domain/consolidation/types";
import { address, mergeCells, setCell, type Sheet, type Workbook } from "../model";
import { outlineRows } from "../templates/outlineRows";
import { sourceText } from "./sourceText";
import { createAppendixSheet, finishTable } from "./summaryLayout";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";

const WIDTHS = [5, 36, 16, 18, 13, 13, 56, 9, 22];
const texts = summaryTexts.tasks;

function itemRow(sheet: Sheet, row: number, task: Task, result: ConsolidatedTask, source: string | null) {
  setCell(sheet, row, 1, task.stt, "cellCenter");
  setCell(sheet, row, 2, task.name, "cell");
  setCell(sheet, row, 3, task.lead.raw, "cell");
  setCell(sheet, row, 4, task.product, "cell");
  setCell(sheet, row, 5, task.deadline.raw, "cellCenter");
  setCell(sheet, row, 6, result.statusText, "cellCenter");
  setCell(sheet, row, 7, result.description, "cell");
  setCell(sheet, row, 8, result.overdue ? texts.overdue : null, result.overdue ? "summaryRedText" : "cellCenter");
  setCell(sheet, row, 9, source, "cell");
}

/** A heading such as IV.3 prints its STT, name and lead; its sub-rows carry the progress. */
function parentRow(sheet: Sheet, row: number, task: Task) {
  setCell(sheet, row, 1, task.stt, "cellCenter");
  setCell(sheet, row, 2, task.name, "cell");
  setCell(sheet, row, 3, task.lead.raw, "cell");
  for (let col = 4; col <= WIDTHS.length; col++) setCell(sheet, row, col, null, "cell");
}

export function addTaskSummarySheet(
  workbook: Workbook,
  {
    catalog,
    consolidation,
    unitNames,
  }: { catalog: Catalog; consolidation: Consolidation; unitNames: Map<string, string> },
): Sheet {
  const { sheet, headerRow } = createAppendixSheet(SUMMARY_SHEETS.tasks, texts, consolidation.period);
  const columns = WIDTHS.length;
  const results = new Map(consolidation.tasks.map((result) => [result.id, result]));
  const items = catalog.tasks.filter((task) => results.has(task.id));
  let row = headerRow;
  for (const line of outlineRows(items, catalog.tasks, false)) {
    row++;
    if (line.kind === "group") {
      setCell(sheet, row, 1, line.group, "groupCenter");
      mergeCells(sheet, `B${row}:${address(row, columns)}`, line.title, "group");
    } else if (line.kind === "parent") {
      parentRow(sheet, row, line.item);
    } else if (line.kind === "item") {
      const result = results.get(line.item.id) as ConsolidatedTask;
      itemRow(
        sheet,
        row,
        line.item,
        result,
        sourceText(result.sources, unitNames, summaryTexts.sources.manyInRegister),
      );
    }
  }
  finishTable(workbook, sheet, { widths: WIDTHS, header: { first: headerRow, last: headerRow }, lastRow: row });
  workbook.sheets.push(sheet);
  return sheet;
}
