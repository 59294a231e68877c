/**
 * What an officer builds by hand: one workbook into which each unit's "Chỉ tiêu" and "Nhiệm vụ" sheets were
 * copied (Excel's Move or Copy), named as Excel names copies ("Chỉ tiêu", "Chỉ tiêu (2)", …). The hidden
 * identity sheet cannot be selected in Excel, so it does not come along. Values, number formats and merges
 * are copied with ExcelJS.
 */
import ExcelJS from "exceljs";
import type { SheetGrid } from "../../src/workbook/reading/sheetGrid";
import { FORM_SHEETS } from "../../src/workbook/templates/formLayout";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";

/** Excel's name for the n-th copy of a sheet name. */
function copyName(workbook: ExcelJS.Workbook, name: string): string {
  if (!workbook.getWorksheet(name)) return name;
  let n = 2;
  while (workbook.getWorksheet(`${name} (${n})`)) n++;
  return `${name} (${n})`;
}

export function copySheet(from: ExcelJS.Worksheet, into: ExcelJS.Workbook, name = copyName(into, from.name)) {
  const sheet = into.addWorksheet(name);
  from.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const target = sheet.getCell(r, c);
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // Excel's Move or Copy keeps a formula's cached result; ExcelJS's `cell.value` leaves out a falsy one (0).
      target.value =
        cell.type === ExcelJS.ValueType.Formula
          ? ({ formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue)
          : cell.value;
      target.numFmt = cell.numFmt;
    }),
  );
  for (const range of (from.model as { merges?: string[] }).merges ?? []) sheet.mergeCells(range);
  return sheet;
}

export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The forms' two table sheets, form after form, after the sheets `before` adds. */
export async function collectingWorkbook(
  forms: Uint8Array[],
  before: (workbook: ExcelJS.Workbook) => void = () => undefined,
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  before(workbook);
  for (const bytes of forms) {
    const form = await loadXlsx(bytes);
    for (const name of [FORM_SHEETS.indicators, FORM_SHEETS.tasks]) copySheet(form.getWorksheet(name)!, workbook);
  }
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Every sheet of a workbook's bytes, in tab order, as the file reader gives them. */
export function sheetGrids(bytes: Uint8Array): SheetGrid[] {
  const read = readXlsx(bytes, (names) => names);
  if (!read.ok) throw new Error(`unreadable workbook: ${JSON.stringify(read.problem)}`);
  return read.value.sheetNames.map((name) => read.value.grids.get(name) as SheetGrid);
}
