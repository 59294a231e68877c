/**
 * A unit's filled form changed the way units change them: a locked text retyped, a row deleted or pasted in from
 * another form, the hidden identity deleted or rewritten; and parts added that the reader must ignore (macros,
 * links to other workbooks, embedded objects). Each takes the filled form's bytes and gives the changed bytes.
 */
import ExcelJS from "exceljs";
import { columnOf, indicatorColumns, TASK_COLUMNS, type ColumnSpec } from "../../src/domain/forms/formColumns";
import JSZip from "jszip";
import type { Indicator } from "../../src/domain/catalog/types";
import { FORM_SHEETS, IDENTITY_KEYS } from "../../src/workbook/templates/formLayout";
import { compoundFile } from "./compoundFile";

type FormIdentityKey = keyof typeof IDENTITY_KEYS;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function edited(bytes: Uint8Array, edit: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = await load(bytes);
  edit(workbook);
  return save(workbook);
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`The form has no sheet “${name}”`);
  return found;
}

/** ExcelJS's Row.getCell, named so the Office.js lint rules do not take its result for a proxy object. */
function cellOf(worksheet: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell {
  return worksheet.getRow(row).getCell(column);
}

/** The row whose Mã is `id`, in a form as the builder wrote it. */
function rowOf(worksheet: ExcelJS.Worksheet, columns: readonly ColumnSpec[], id: string): number {
  const idColumn = columnOf(columns, "id");
  for (let row = 1; row <= worksheet.rowCount; row++) {
    if (cellOf(worksheet, row, idColumn).value === id) return row;
  }
  throw new Error(`No row ${id} in “${worksheet.name}”`);
}

/** The corpus's forms are of the 2026 plan. */
const INDICATOR_COLUMNS = indicatorColumns(2026);

export type FixedColumn = { sheet: "indicators"; key: "stt" | "name" | "target2026" } | { sheet: "tasks"; key: "stt" };

/** Retypes one locked cell, as a unit does after unprotecting the sheet. */
export function editFixedText(bytes: Uint8Array, id: string, column: FixedColumn, text: string): Promise<Uint8Array> {
  const [name, columns] =
    column.sheet === "indicators" ? [FORM_SHEETS.indicators, INDICATOR_COLUMNS] : [FORM_SHEETS.tasks, TASK_COLUMNS];
  return edited(bytes, (workbook) => {
    const worksheet = sheet(workbook, name);
    cellOf(worksheet, rowOf(worksheet, columns, id), columnOf(columns, column.key)).value = text;
  });
}

export function deleteTaskRow(bytes: Uint8Array, taskId: string): Promise<Uint8Array> {
  return edited(bytes, (workbook) => {
    const worksheet = sheet(workbook, FORM_SHEETS.tasks);
    worksheet.spliceRows(rowOf(worksheet, TASK_COLUMNS, taskId), 1);
  });
}

/** An indicator row copied from another unit's form (its Mã with it) and inserted below the first row. */
export function insertIndicatorRow(bytes: Uint8Array, afterId: string, foreign: Indicator, result: string) {
  return edited(bytes, (workbook) => {
    const worksheet = sheet(workbook, FORM_SHEETS.indicators);
    const values: Record<string, string> = {
      id: foreign.id,
      stt: foreign.stt,
      name: foreign.name,
      result2025: foreign.result2025,
      target2026: foreign.target2026,
      result,
    };
    const row: string[] = [];
    for (const [key, value] of Object.entries(values)) row[columnOf(INDICATOR_COLUMNS, key) - 1] = value;
    worksheet.spliceRows(rowOf(worksheet, INDICATOR_COLUMNS, afterId) + 1, 0, row);
  });
}

export function removeIdentitySheet(bytes: Uint8Array): Promise<Uint8Array> {
  return edited(bytes, (workbook) => workbook.removeWorksheet(sheet(workbook, FORM_SHEETS.identity).id));
}

/** Rewrites one value of the hidden identity (key in column A, value in column B). */
export function setIdentity(bytes: Uint8Array, key: FormIdentityKey, value: string | number): Promise<Uint8Array> {
  return edited(bytes, (workbook) => {
    const identity = sheet(workbook, FORM_SHEETS.identity);
    for (let row = 1; row <= identity.rowCount; row++) {
      if (cellOf(identity, row, 1).value === IDENTITY_KEYS[key]) {
        cellOf(identity, row, 2).value = value;
        return;
      }
    }
    throw new Error(`The identity has no ${IDENTITY_KEYS[key]}`);
  });
}

async function withParts(bytes: Uint8Array, parts: Record<string, Uint8Array | string>, contentTypes: string) {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  const typesFile = zip.file("[Content_Types].xml");
  if (!typesFile) throw new Error("The form has no [Content_Types].xml");
  const types = await typesFile.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", `${contentTypes}</Types>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A VBA project as Excel stores it in an .xlsm: an OLE container with the VBA storage's streams. */
export function addMacros(bytes: Uint8Array): Promise<Uint8Array> {
  return withParts(
    bytes,
    { "xl/vbaProject.bin": compoundFile(["VBA", "dir", "Module1", "PROJECT", "PROJECTwm"]) },
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
  );
}

/** A link to another unit's workbook, as a formula like ='[so-lieu.xlsx]Sheet1'!A1 leaves behind. */
export function addExternalLink(bytes: Uint8Array): Promise<Uint8Array> {
  const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return withParts(
    bytes,
    {
      "xl/externalLinks/externalLink1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="${ns}" xmlns:r="${rel}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>`,
      "xl/externalLinks/_rels/externalLink1.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/externalLinkPath" Target="file:///C:/Users/Public/so-lieu-thang-5.xlsx" TargetMode="External"/></Relationships>`,
    },
    '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>',
  );
}

/** A document pasted in as an object (Chèn › Đối tượng): an OLE package inside the workbook. */
export function addEmbeddedObject(bytes: Uint8Array): Promise<Uint8Array> {
  return withParts(
    bytes,
    { "xl/embeddings/oleObject1.bin": compoundFile(["CompObj", "Ole", "Package"]) },
    '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>',
  );
}

/** A phone photo of the signed report pasted into the form, stored as the camera wrote it (no compression). */
export async function addLargePhoto(bytes: Uint8Array, size: number): Promise<Uint8Array> {
  const photo = new Uint8Array(size);
  // Camera data does not compress; a fixed xorshift sequence stands for it, the same on every run.
  let state = 0x2f6b3a1d;
  for (let i = 0; i < size; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    photo[i] = state & 0xff;
  }
  photo.set([0xff, 0xd8, 0xff, 0xe0]);
  const zip = await JSZip.loadAsync(bytes);
  zip.file("xl/media/image1.jpeg", photo, { compression: "STORE" });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
