/**
 * Fills a written unit form as the unit would: the plan's values go into the input cells, found by header
 * text and Mã as the reader finds them, never by address, so a form with sorted rows fills the same.
 */
import { periodYear } from "../domain/language/parsePeriod";
import ExcelJS from "exceljs";
import { DOCUMENT_COLUMNS, indicatorColumns, TASK_COLUMNS, type ColumnSpec } from "../domain/forms/formColumns";
import type { DocumentPlan, IndicatorPlan, SamplePlan, TaskPlan } from "./samplePlan";
import { CONTACT_LABELS, FORM_SHEETS } from "../workbook/templates/formLayout";
import { cellText } from "./excelJsCell";
import { findHeaderRow, foldHeader } from "../workbook/reading/readFormTable";
import { inputText } from "../workbook/reading/sheetGrid";
import { excelJsGrid } from "./excelJsGrid";
import { withFixedZipDates } from "../workbook/xlsx/writeZipDates";
import { partRowId } from "../domain/forms/taskPartRows";

/** Excel's error values; a plan text equal to one is written as the error, as a broken formula leaves it. */
const EXCEL_ERRORS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];

interface FormTable {
  worksheet: ExcelJS.Worksheet;
  columns: Map<string, number>;
  rows: Map<string, number>;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const worksheet = workbook.getWorksheet(name);
  if (!worksheet) throw new Error(`The form has no sheet “${name}”`);
  return worksheet;
}

/** The header row and columns as the reader finds them; data rows by Mã below it. */
function locateTable(worksheet: ExcelJS.Worksheet, layout: readonly ColumnSpec[]): FormTable {
  const grid = excelJsGrid(worksheet);
  const header = findHeaderRow(grid, layout);
  if (!header) throw new Error(`The sheet “${worksheet.name}” has no header row with Mã`);
  const idColumn = header.found.get("id") as number;
  const rows = new Map<string, number>();
  for (let row = header.row + 1; row <= grid.rowCount; row++) {
    const id = inputText(grid.input(row, idColumn)).trim();
    if (id !== "" && !rows.has(id)) rows.set(id, row);
  }
  return { worksheet, columns: header.found, rows };
}

function cellAt(table: FormTable, id: string, key: string): ExcelJS.Cell {
  const row = table.rows.get(id);
  const col = table.columns.get(key);
  if (row === undefined || col === undefined) {
    throw new Error(`The sheet “${table.worksheet.name}” has no cell for ${id} / ${key}`);
  }
  return table.worksheet.getCell(row, col);
}

function excelValue(value: string | number): ExcelJS.CellValue {
  if (typeof value === "number") return value;
  return EXCEL_ERRORS.includes(value) ? { error: value as ExcelJS.ErrorValue } : value;
}

function writeInput(table: FormTable, id: string, key: string, value: string | number | undefined): void {
  if (value !== undefined) cellAt(table, id, key).value = excelValue(value);
}

/** The form's own rounding: ROUND(Tử số/Mẫu số×100, 2), blank until Mẫu số > 0. */
function ratioResult(numerator: number, denominator: number): number | string {
  return denominator > 0 ? Math.round((numerator / denominator) * 10000) / 100 : "";
}

/** A rate keeps its formula, with the cached result set so readers that do not recompute see the value. */
function fillIndicator(table: FormTable, id: string, plan: IndicatorPlan): void {
  writeInput(table, id, "numerator", plan.numerator);
  writeInput(table, id, "denominator", plan.denominator);
  writeInput(table, id, "note", plan.note);
  const result = cellAt(table, id, "result");
  if (plan.result !== undefined) {
    result.value = excelValue(plan.result);
  } else if (result.formula && plan.numerator !== undefined && plan.denominator !== undefined) {
    result.value = { formula: result.formula, result: ratioResult(plan.numerator, plan.denominator) };
  }
}

function fillTask(table: FormTable, id: string, plan: TaskPlan): void {
  writeInput(table, id, "status", plan.status);
  plan.parts?.forEach((status, index) => writeInput(table, partRowId(id, index), "status", status));
  writeInput(table, id, "progress", plan.progress);
  writeInput(table, id, "description", plan.description);
  writeInput(table, id, "difficulties", plan.difficulties);
  writeInput(table, id, "proposals", plan.proposals);
}

/** The day as the plan says the unit typed it: a real date, "14/4/2026" or "14/04/2026". */
function typedDate(plan: DocumentPlan): ExcelJS.CellValue {
  const [year, month, day] = plan.date.split("-");
  if (plan.dateAs === "date") return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (plan.dateAs === "paddedText") return `${day}/${month}/${year}`;
  return `${Number(day)}/${Number(month)}/${year}`;
}

/** The documents, one per row from the top of the "Văn bản" table (a form without the sheet takes none). */
function fillDocuments(workbook: ExcelJS.Workbook, documents: DocumentPlan[]): void {
  const worksheet = workbook.getWorksheet(FORM_SHEETS.documents);
  if (!worksheet || documents.length === 0) return;
  const header = findHeaderRow(excelJsGrid(worksheet), DOCUMENT_COLUMNS);
  if (!header) throw new Error(`The sheet “${worksheet.name}” has no header row with STT`);
  const col = (key: string) => header.found.get(key) as number;
  documents.forEach((document, i) => {
    const row = worksheet.getRow(header.row + 1 + i);
    cellOfRow(row, col("number")).value = document.number;
    cellOfRow(row, col("date")).value = typedDate(document);
    cellOfRow(row, col("summary")).value = document.summary;
    if (document.taskId) cellOfRow(row, col("taskId")).value = document.taskId;
  });
}

/** ExcelJS's Row.getCell, named so the Office.js lint rules do not take its result for a proxy object. */
function cellOfRow(row: ExcelJS.Row, col: number): ExcelJS.Cell {
  return row.getCell(col);
}

/** The contact input is the first cell right of its label that the label's own merge does not cover. */
function fillContact(worksheet: ExcelJS.Worksheet, contact: SamplePlan["contact"]): void {
  const labels = new Map(Object.entries(CONTACT_LABELS).map(([key, label]) => [foldHeader(label), key]));
  worksheet.eachRow((row) => {
    row.eachCell((label, col) => {
      const key = labels.get(foldHeader(cellText(label)));
      if (key === undefined) return;
      let inputCol = col + 1;
      while (cellOfRow(row, inputCol).isMerged && cellOfRow(row, inputCol).master.address === label.address) inputCol++;
      cellOfRow(row, inputCol).value = contact[key as keyof SamplePlan["contact"]];
    });
  });
}

export async function fillForm(formBytes: Uint8Array, plan: SamplePlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(formBytes as unknown as ExcelJS.Buffer);
  const indicators = locateTable(sheetOf(workbook, FORM_SHEETS.indicators), indicatorColumns(periodYear(plan.period)));
  const tasks = locateTable(sheetOf(workbook, FORM_SHEETS.tasks), TASK_COLUMNS);
  for (const [id, entry] of Object.entries(plan.indicators)) fillIndicator(indicators, id, entry);
  for (const [id, entry] of Object.entries(plan.tasks)) fillTask(tasks, id, entry);
  for (const edit of plan.fixedEdits) {
    cellAt(edit.sheet === "indicators" ? indicators : tasks, edit.id, edit.column).value = edit.text;
  }
  fillContact(sheetOf(workbook, FORM_SHEETS.cover), plan.contact);
  fillDocuments(workbook, plan.documents ?? []);
  // Dates from the plan, never the clock, so the same plan always gives the same bytes.
  const modified = new Date(plan.receivedAt);
  workbook.modified = modified;
  workbook.lastModifiedBy = plan.contact.name;
  const buffer = await workbook.xlsx.writeBuffer();
  return withFixedZipDates(new Uint8Array(buffer), modified);
}
