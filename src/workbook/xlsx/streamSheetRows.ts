/**
 * A sheet too long to build in memory (a year of "Dữ liệu các kỳ", ≈92,000 rows): the workbook is written as usual
 * with the sheet's first rows only (its layout and its table), then the sheet's part is written again by ExcelJS's
 * streaming writer, one row at a time, with every row, and put in its place. ExcelJS's streaming writer has no
 * tables, so the table part the in-memory writer made is kept (its relationship and content type with it) and only
 * its range is stretched to the last row. Node only (the streaming writer zips with archiver).
 */
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { address, parseAddress, parseRange, type CellValue, type Sheet } from "../model";
import { INSPECT_LIMITS } from "./inspectLimits";
import { readCentralDirectory } from "./inspectZipDirectory";
import { relationshipHandlers, workbookHandlers, type Relationship, type WorkbookPart } from "./workbookPart";
import { withFixedZipDates } from "./writeZipDates";
import { toExcelValue } from "./writeXlsx";
import { parseXmlEntry } from "./xmlEntry";

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELATIONSHIPS = "xl/_rels/workbook.xml.rels";
const END_OF_WORKSHEET = "</worksheet>";
/** The streamed part is inflated again at once: the fastest deflate is enough. */
const STREAM_ZIP_LEVEL = 1;

/** The model's cells as rows of values, row by row from the first: its header rows. */
function modelRows(sheet: Sheet): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const { row, col } = parseAddress(key);
    (rows[row - 1] ??= [])[col - 1] = cell.value;
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (value) => value ?? null));
}

/** Bytes written to a Node stream, kept in order. */
function collector(): { stream: Writable; bytes: () => Uint8Array } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, bytes: () => new Uint8Array(Buffer.concat(chunks)) };
}

/**
 * The worksheet part of `sheet` (widths, frozen panes, the model's rows) followed by `rows`, written by the streaming
 * writer: each row is committed, so memory holds one row's cells at a time. Cells are written without style: the
 * streaming writer's style numbers would not match the workbook's own.
 */
async function streamedSheetPart(sheet: Sheet, rows: Iterable<CellValue[]>): Promise<Uint8Array> {
  const output = collector();
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output.stream,
    useStyles: false,
    useSharedStrings: false,
    zip: { zlib: { level: STREAM_ZIP_LEVEL } },
  });
  const views: Partial<ExcelJS.WorksheetView>[] = sheet.frozen
    ? [
        {
          state: "frozen",
          xSplit: sheet.frozen.columns,
          ySplit: sheet.frozen.rows,
          topLeftCell: address(sheet.frozen.rows + 1, sheet.frozen.columns + 1),
        },
      ]
    : [];
  const worksheet = writer.addWorksheet(sheet.name, { views });
  for (const [col, width] of Object.entries(sheet.columnWidths)) worksheet.getColumn(Number(col)).width = width;
  const write = (values: CellValue[]) =>
    worksheet.addRow(values.map((value) => (value === null ? null : toExcelValue({ value })))).commit();
  modelRows(sheet).forEach(write);
  for (const values of rows) write(values);
  worksheet.commit();
  // Resolves once the output stream has finished.
  await writer.commit();
  const part = Object.values(
    unzipSync(output.bytes(), { filter: (file) => /xl\/worksheets\/sheet\d+\.xml$/.test(file.name) }),
  );
  if (part.length !== 1) throw new Error("ExcelJS's streaming writer wrote no single worksheet part");
  return part[0];
}

/** The zip entry holding the worksheet called `name`; undefined when the workbook has no such sheet. */
function worksheetPartOf(bytes: Uint8Array, name: string): string | undefined {
  const directory = readCentralDirectory(bytes, INSPECT_LIMITS.zipEntries);
  if (!directory.ok) throw new Error("The workbook ExcelJS wrote has no readable central directory");
  const parse = (part: string, handlers: Parameters<typeof parseXmlEntry>[2]) => {
    const entry = directory.entries.find((e) => e.name === part);
    if (!entry || parseXmlEntry(bytes, entry, handlers)) throw new Error(`ExcelJS wrote no readable ${part}`);
  };
  const workbook: WorkbookPart = { sheets: [], date1904: false };
  parse(WORKBOOK, workbookHandlers(workbook));
  const relationships: Relationship[] = [];
  parse(WORKBOOK_RELATIONSHIPS, relationshipHandlers(relationships));
  const relationId = workbook.sheets.find((sheet) => sheet.name === name)?.relationId;
  return relationships.find((r) => r.id === relationId && r.kind === "worksheet")?.part;
}

/** An empty worksheet: what a sheet about to be replaced is emptied to, so that loading the workbook costs nothing for it. */
const EMPTY_WORKSHEET =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/**
 * `workbook` with the sheet called `name` emptied (its cells, merges and tables gone; its name and place kept), or
 * unchanged when it has no such sheet. For a sheet that will be written again: ExcelJS then loads the rest only.
 */
export function withSheetEmptied(workbook: Uint8Array, name: string): Uint8Array {
  const partName = worksheetPartOf(workbook, name);
  if (partName === undefined) return workbook;
  const entries: Zippable = unzipSync(workbook, { filter: (file) => !file.name.endsWith("/") });
  entries[partName] = new TextEncoder().encode(EMPTY_WORKSHEET);
  return zipSync(entries);
}

function text(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes);
}

/** `<tableParts>…</tableParts>` put before the part's end, where SpreadsheetML wants it (after page setup). */
function withTableParts(part: Uint8Array, tableParts: string): Uint8Array {
  const tail = new TextEncoder().encode(END_OF_WORKSHEET);
  const at = part.lastIndexOf(tail[0]);
  if (at < 0 || text(part.subarray(at)).trim() !== END_OF_WORKSHEET) {
    throw new Error("The streamed worksheet part does not end its worksheet");
  }
  const inserted = new TextEncoder().encode(tableParts);
  const result = new Uint8Array(part.length + inserted.length);
  result.set(part.subarray(0, at));
  result.set(inserted, at);
  result.set(part.subarray(at), at + inserted.length);
  return result;
}

/** The table part named `name`, its range (and its filter's, the same) moved from `from` to `to`. */
function stretchTable(entries: Zippable, name: string, from: string, to: string) {
  const found = Object.entries(entries).filter(
    ([file, data]) => file.startsWith("xl/tables/") && text(data as Uint8Array).includes(`name="${name}"`),
  );
  if (found.length !== 1) throw new Error(`The workbook ExcelJS wrote has no single table ${name}`);
  const [file, data] = found[0];
  const xml = text(data as Uint8Array);
  const ranges = xml.split(`ref="${from}"`).length - 1;
  if (ranges !== 2) throw new Error(`Table ${name} does not hold its range ${from} twice (table and filter)`);
  entries[file] = new TextEncoder().encode(xml.replaceAll(`ref="${from}"`, `ref="${to}"`));
}

/**
 * `workbook` (written from a model holding `sheet`, its first rows only) with that sheet's part written again holding
 * `rows` after the model's own, and its one table (if any) reaching the last of them.
 */
export async function withStreamedRows(
  workbook: Uint8Array,
  sheet: Sheet,
  rows: CellValue[][],
  modified: Date,
): Promise<Uint8Array> {
  const partName = worksheetPartOf(workbook, sheet.name);
  if (partName === undefined) throw new Error(`The workbook ExcelJS wrote has no sheet ${sheet.name}`);
  const entries: Zippable = unzipSync(workbook, { filter: (file) => !file.name.endsWith("/") });
  let part = await streamedSheetPart(sheet, rows);
  const table = sheet.tables?.[0];
  if (table) {
    const tableParts = /<tableParts\b[\s\S]*?<\/tableParts>/.exec(text(entries[partName] as Uint8Array))?.[0];
    if (!tableParts) throw new Error(`The part of ${sheet.name} written by ExcelJS has no table`);
    part = withTableParts(part, tableParts);
    const bounds = parseRange(table.range);
    const lastRow = Math.max(bounds.bottom, modelRows(sheet).length + rows.length);
    stretchTable(
      entries,
      table.name,
      table.range,
      `${address(bounds.top, bounds.left)}:${address(lastRow, bounds.right)}`,
    );
  }
  entries[partName] = part;
  return withFixedZipDates(zipSync(entries), modified);
}
