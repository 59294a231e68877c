/**
 * A sheet too long to build in memory (a year of "Dữ liệu các kỳ", ≈92,000 rows): the workbook is written as usual
 * with the sheet's first rows only (its layout and its table), then the sheet's part is written again by ExcelJS's
 * streaming writer, one row at a time, with every row, and put in its place. ExcelJS's streaming writer has no
 * tables, so the table part the in-memory writer made is kept (its relationship and content type with it) and only
 * its range is stretched to the last row. Node only (the streaming writer zips with archiver).
 */
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { Unzip, UnzipInflate, unzipSync, Zip, ZipDeflate, zipSync, type Zippable } from "fflate";
import { address, parseAddress, parseRange } from "../model/addresses";
import type { CellValue, Sheet } from "../model/types";
import { INSPECT_LIMITS } from "./inspectLimits";
import { readCentralDirectory } from "./inspectZipDirectory";
import { relationshipHandlers, workbookHandlers, type Relationship, type WorkbookPart } from "./workbookPart";
import { withFixedZipDates } from "./writeZipDates";
import { toExcelValue } from "./excelJsSheet";
import { parseXmlEntry } from "./xmlEntry";

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELATIONSHIPS = "xl/_rels/workbook.xml.rels";
const END_OF_WORKSHEET = "</worksheet>";
const END_OF_ROW = "</row>";
/** The streamed part is inflated again at once: the fastest deflate is enough. */
const STREAM_ZIP_LEVEL = 1;
/**
 * Bytes of XML written and not yet through the zip, at most (by the rows' average size so far): well above the
 * 64 KB ExcelJS gathers before it hands anything on.
 */
const BYTES_AHEAD = 1 << 20;
/** The size of a row of XML taken before any has come through. */
const GUESSED_ROW_BYTES = 200;
/** How long the zip may take no row before writing goes on regardless. */
const IDLE_MS = 2000;
/** fflate's default level, for the file the officer keeps. */
const ZIP_LEVEL = 6;

/** The model's cells as rows of values, row by row from the first: its header rows. */
function modelRows(sheet: Sheet): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const { row, col } = parseAddress(key);
    (rows[row - 1] ??= [])[col - 1] = cell.value;
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (value) => value ?? null));
}

/** What has come through of a worksheet part, arriving in pieces: its bytes and its rows (a tag may straddle two). */
interface PartProgress {
  rows: number;
  bytes: number;
}

function progressCounter(): { progress: PartProgress; count: (data: Uint8Array) => void } {
  const progress: PartProgress = { rows: 0, bytes: 0 };
  let carry = "";
  return {
    progress,
    count(data) {
      progress.bytes += data.byteLength;
      const text = carry + Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1");
      for (let at = text.indexOf(END_OF_ROW); at >= 0; at = text.indexOf(END_OF_ROW, at + END_OF_ROW.length)) {
        progress.rows++;
      }
      carry = text.slice(-(END_OF_ROW.length - 1));
    },
  };
}

/**
 * The worksheet part ExcelJS's streaming writer zips, inflated as its bytes arrive and handed on in pieces: the
 * part is never whole in memory. The last piece is held back until the end, so that `beforeEnd` can be put before
 * the part's closing tag.
 */
function partReceiver(
  into: ZipDeflate,
  beforeEnd: string,
): { stream: Writable; done: () => void; progress: PartProgress } {
  const counter = progressCounter();
  const unzip = new Unzip((file) => {
    if (!/xl\/worksheets\/sheet\d+\.xml$/.test(file.name)) return;
    let held: Uint8Array = new Uint8Array(0);
    file.ondata = (error, data, final) => {
      if (error) throw error;
      counter.count(data);
      // A piece too short to hold the closing tag is kept with the one before it.
      if (data.length >= END_OF_WORKSHEET.length) {
        into.push(held);
        held = data;
      } else {
        held = concat([held, data]);
      }
      if (final) into.push(...closedWith(held, beforeEnd));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const stream = new Writable({
    write(chunk: Buffer, _encoding, next) {
      try {
        unzip.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        next();
      } catch (error) {
        next(error as Error);
      }
    },
  });
  return { stream, done: () => unzip.push(new Uint8Array(0), true), progress: counter.progress };
}

/** The part's last bytes with `inserted` before its closing tag, as the final push. */
function closedWith(last: Uint8Array, inserted: string): [Uint8Array, true] {
  const end = new TextEncoder().encode(END_OF_WORKSHEET);
  const at = last.length - end.length;
  if (at < 0 || new TextDecoder().decode(last.subarray(at)) !== END_OF_WORKSHEET) {
    throw new Error("The streamed worksheet part does not end its worksheet");
  }
  const extra = new TextEncoder().encode(inserted);
  const result = new Uint8Array(last.length + extra.length);
  result.set(last.subarray(0, at));
  result.set(extra, at);
  result.set(end, at + extra.length);
  return [result, true];
}

/**
 * ExcelJS's streaming writer hands its rows to the zip without waiting for it, and the zip takes them only when the
 * event loop turns: the event loop is let turn until the rows not yet through are, by the average row so far (a
 * guess before the first), under `BYTES_AHEAD`. False when nothing came through for `IDLE_MS`: the caller then stops
 * waiting, which costs memory, never a hang.
 */
async function caughtUp(written: number, through: PartProgress): Promise<boolean> {
  const rowBytes = () => (through.rows > 0 ? through.bytes / through.rows : GUESSED_ROW_BYTES);
  let lastRows = through.rows;
  let lastProgress = Date.now();
  while ((written - through.rows) * rowBytes() > BYTES_AHEAD) {
    if (Date.now() - lastProgress >= IDLE_MS) return false;
    await new Promise((resolve) => setImmediate(resolve));
    if (through.rows > lastRows) [lastRows, lastProgress] = [through.rows, Date.now()];
  }
  return true;
}

/**
 * The worksheet part of `sheet` (widths, frozen panes, the model's rows) followed by a row per item, written by the
 * streaming writer into `into`: each row is committed, so memory holds a few rows at a time. Cells are written
 * without style: the streaming writer's style numbers would not match the workbook's own.
 */
async function streamSheetPart<T>(
  sheet: Sheet,
  items: readonly T[],
  toRow: (item: T) => CellValue[],
  into: ZipDeflate,
  beforeEnd: string,
) {
  const receiver = partReceiver(into, beforeEnd);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: receiver.stream,
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
  let written = 0;
  const write = (values: CellValue[]) => {
    worksheet.addRow(values.map((value) => (value === null ? null : toExcelValue({ value })))).commit();
    // ExcelJS leaves out a row without a value.
    if (values.some((value) => value !== null)) written++;
  };
  modelRows(sheet).forEach(write);
  let paced = true;
  for (const item of items) {
    write(toRow(item));
    if (paced) paced = await caughtUp(written, receiver.progress);
  }
  worksheet.commit();
  // Resolves once the output stream has finished.
  await writer.commit();
  receiver.done();
}

/** The zip entry holding the worksheet called `name`; undefined when the workbook has no such sheet. */
function worksheetPartOf(bytes: Uint8Array, name: string): string | undefined {
  const directory = readCentralDirectory(bytes, INSPECT_LIMITS.zipEntries);
  if (!directory.ok) throw new Error("The workbook ExcelJS wrote has no readable central directory");
  const parse = (part: string, handlers: Parameters<typeof parseXmlEntry>[2]) => {
    const entry = directory.value.find((e) => e.name === part);
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
 * a row for each of `items` after the model's own, and its one table (if any) reaching the last of them. Each row is
 * made from its item as it is written, so no second copy of the items is held.
 */
export async function withStreamedRows<T>(
  workbook: Uint8Array,
  sheet: Sheet,
  items: readonly T[],
  toRow: (item: T) => CellValue[],
  modified: Date,
): Promise<Uint8Array> {
  const partName = worksheetPartOf(workbook, sheet.name);
  if (partName === undefined) throw new Error(`The workbook ExcelJS wrote has no sheet ${sheet.name}`);
  const entries: Zippable = unzipSync(workbook, { filter: (file) => !file.name.endsWith("/") });
  let tableParts = "";
  const table = sheet.tables?.[0];
  if (table) {
    tableParts = /<tableParts\b[\s\S]*?<\/tableParts>/.exec(text(entries[partName] as Uint8Array))?.[0] ?? "";
    if (!tableParts) throw new Error(`The part of ${sheet.name} written by ExcelJS has no table`);
    const bounds = parseRange(table.range);
    const lastRow = Math.max(bounds.bottom, modelRows(sheet).length + items.length);
    stretchTable(
      entries,
      table.name,
      table.range,
      `${address(bounds.top, bounds.left)}:${address(lastRow, bounds.right)}`,
    );
  }
  delete entries[partName];
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(entries)) {
    const file = new ZipDeflate(name, { level: ZIP_LEVEL });
    zip.add(file);
    file.push(data as Uint8Array, true);
  }
  // Last, once every other entry is complete: its pieces then go straight to the output.
  const part = new ZipDeflate(partName, { level: ZIP_LEVEL });
  zip.add(part);
  await streamSheetPart(sheet, items, toRow, part, tableParts);
  zip.end();
  return withFixedZipDates(concat(chunks), modified);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    result.set(chunk, at);
    at += chunk.length;
  }
  return result;
}
