/** Shared by the template, reader and PDF tests: the 2026 catalog, written forms, ExcelJS and LibreOffice helpers. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { buildFormWorkbook } from "../../../src/workbook/templates/buildUnitForm";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { convertWithLibreOffice } from "../../support/libreOffice";

export const CATALOG = catalog2026();

export function period(code: string): Period {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(code);
  return parsed.value;
}

export const MAY_2026 = period("2026-05");

export async function writtenForm(unitId: string, at: Period = MAY_2026): Promise<Uint8Array> {
  return writeXlsx(buildFormWorkbook(CATALOG, unitId, at));
}

export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function saveXlsx(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`missing sheet ${name}`);
  return sheet;
}

/** ExcelJS's getCell, under a name the Office.js lint rules do not mistake for a proxy object. */
export function cellAt(sheet: ExcelJS.Worksheet, a1: string): ExcelJS.Cell {
  return sheet.getCell(a1);
}

/** The test's own way to find a table: the row whose first cell says "Mã", columns by exact header, rows by Mã. */
export function locateTable(sheet: ExcelJS.Worksheet) {
  let headerRow = 0;
  sheet.eachRow((row, r) => {
    if (headerRow === 0 && row.getCell(1).value === "Mã") headerRow = r;
  });
  const headers = new Map<string, number>();
  sheet.getRow(headerRow).eachCell((cell, col) => headers.set(String(cell.value), col));
  const rows = new Map<string, number>();
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const id = sheet.getRow(r).getCell(1).value;
    if (typeof id === "string" && id !== "") rows.set(id, r);
  }
  const col = (header: string) => {
    const found = headers.get(header);
    if (found === undefined) throw new Error(`no column ${header}`);
    return found;
  };
  const cell = (id: string, header: string) => {
    const row = rows.get(id);
    if (row === undefined) throw new Error(`no row ${id}`);
    return sheet.getRow(row).getCell(col(header));
  };
  return { headerRow, headers, rows, col, cell };
}

export { convertWithLibreOffice };

/** Writes `bytes` to a fresh temp dir, re-saves them with LibreOffice and returns what LibreOffice wrote. */
export function resaveWithLibreOffice(bytes: Uint8Array, name: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "lo-resave-"));
  const input = join(dir, name);
  writeFileSync(input, bytes);
  const outDir = join(dir, "out");
  return new Uint8Array(readFileSync(convertWithLibreOffice(input, "xlsx", outDir)));
}
