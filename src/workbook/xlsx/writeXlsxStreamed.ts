/**
 * Writes the neutral table model to .xlsx bytes with ExcelJS's streaming writer: each row is handed to the zip as
 * soon as it is written, so a sheet of 190,000 rows (every commune's line for every task, across a country) never
 * becomes a workbook of ExcelJS cells in memory, and the zip is made by Node's zlib. The cells, styles and settings
 * are those of writeXlsx (excelJsSheet); the parts are laid out differently (styles numbered in order of use, each
 * text written in its cell). Node only; a model with tables is refused (the streaming writer has none).
 */
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { parseAddress, parseRange } from "../model/addresses";
import { assertWritable } from "../model/checkWorkbook";
import { safeLink } from "../model/links";
import type { MadeRow, Sheet, Workbook } from "../model/types";
import {
  styleConverter,
  worksheetOptions,
  writeCell,
  writeDefinedNames,
  writeSheetSettings,
  writeWorkbookProperties,
} from "./excelJsSheet";
import { withFixedZipDates } from "./writeZipDates";

/** zlib's default: the officer keeps this file. */
const ZIP_LEVEL = 6;

/**
 * A made row's cells, checked as checkWorkbook checks the sheet's own: it could not see them before. Its merges must
 * lie on the row itself: one reaching below would cover rows not made yet.
 */
function checkedRow(made: MadeRow, sheet: Sheet): MadeRow {
  const unsafe = made.cells.find(([, cell]) => cell.link && !safeLink(cell.link));
  if (unsafe) throw new Error(`Unsafe link in ${sheet.name} row ${made.row} column ${unsafe[0]}`);
  const astray = made.merges?.find((merge) => {
    const { top, bottom } = parseRange(merge);
    return top !== made.row || bottom !== made.row;
  });
  if (astray) throw new Error(`Merge ${astray} in ${sheet.name} does not lie on its row ${made.row}`);
  return made;
}

/** The sheet's cells, heights and merges by row, in the order rows must be written. */
function rowsInOrder(sheet: Sheet): (MadeRow & { merges: string[] })[] {
  const rows = new Map<number, MadeRow & { merges: string[] }>();
  const at = (row: number) => {
    let found = rows.get(row);
    if (!found) {
      const height = sheet.rowHeights[row];
      rows.set(row, (found = { row, cells: [], merges: [], ...(height === undefined ? {} : { height }) }));
    }
    return found;
  };
  for (const key in sheet.cells) {
    const { row, col } = parseAddress(key);
    at(row).cells.push([col, sheet.cells[key]]);
  }
  for (const merge of sheet.merges) at(parseRange(merge).top).merges.push(merge);
  for (const row of Object.keys(sheet.rowHeights)) at(Number(row));
  return [...rows.values()].sort((a, b) => a.row - b.row);
}

/** The cells a merge covers besides its top-left one. */
function coveredCells(merge: string): string[] {
  const b = parseRange(merge);
  const covered: string[] = [];
  for (let row = b.top; row <= b.bottom; row++) {
    for (let col = b.left; col <= b.right; col++) if (row > b.top || col > b.left) covered.push(`${row}:${col}`);
  }
  return covered;
}

/** ExcelJS's stream writer's own steps, which it leaves out <printOptions> from. */
interface StreamedSheetSteps {
  _writePageMargins(): void;
  stream: { write(xml: string): void };
}

/**
 * ExcelJS's streaming writer never writes <printOptions>, so a sheet centred on the page would lose it: the element
 * (it has no text of ours) is written where the schema puts it, just before the margins.
 */
function keepPageCentring(worksheet: ExcelJS.Worksheet, sheet: Sheet) {
  if (!sheet.print?.centerHorizontally) return;
  const steps = worksheet as unknown as StreamedSheetSteps;
  const writeMargins = steps._writePageMargins.bind(worksheet);
  steps._writePageMargins = () => {
    steps.stream.write('<printOptions horizontalCentered="1"/>');
    writeMargins();
  };
}

/** The sheet's own rows, then those it makes as they are written, each checked. */
function* allRows(sheet: Sheet): Iterable<MadeRow> {
  yield* rowsInOrder(sheet);
  for (const made of sheet.laterRows?.rows() ?? []) yield checkedRow(made, sheet);
}

/** How often the writer looks at what the zip has not taken yet, and how much it lets wait there. */
const CHECK_EVERY_ROWS = 256;
const WAITING_BYTES = 4 * 1024 * 1024;

/** What Node's streams, and readable-stream's of every version, hold in their two buffers. */
interface BufferedStream {
  _writableState?: { length: number };
  _readableState?: { length: number };
}

/**
 * A function that resolves once the sheet's XML not yet taken by the zip is under WAITING_BYTES. ExcelJS hands each
 * 64 kB of a sheet's XML to archiver's stream without waiting, and rows are made faster than zlib compresses them:
 * with no turn of the event loop, a country's detail sheet (about 180 MB of XML) waited whole in that buffer.
 */
function zipCaughtUp(worksheet: ExcelJS.Worksheet): () => Promise<void> {
  const pipes = (worksheet as unknown as { stream: { pipes?: BufferedStream[] } }).stream.pipes ?? [];
  const waiting = () =>
    pipes.reduce((sum, pipe) => sum + (pipe._writableState?.length ?? 0) + (pipe._readableState?.length ?? 0), 0);
  return async () => {
    if (waiting() <= WAITING_BYTES) return;
    // Down to a quarter before writing on, so that the writer and the zip take turns in long stretches.
    while (waiting() > WAITING_BYTES / 4) await new Promise((resolve) => setTimeout(resolve, 1));
  };
}

async function streamSheet(writer: ExcelJS.stream.xlsx.WorkbookWriter, model: Workbook, sheet: Sheet) {
  if ((sheet.tables ?? []).length > 0) throw new Error(`Sheet ${sheet.name} has a table, which cannot be streamed`);
  const worksheet = writer.addWorksheet(sheet.name, worksheetOptions(sheet));
  for (const [col, width] of Object.entries(sheet.columnWidths)) worksheet.getColumn(Number(col)).width = width;
  await writeSheetSettings(worksheet, sheet);
  keepPageCentring(worksheet, sheet);
  const convertStyle = styleConverter(model);
  const covered = new Set<string>();
  const writeRow = ({ row: number, cells, height, merges = [] }: MadeRow) => {
    for (const merge of merges) {
      worksheet.mergeCells(merge);
      // ExcelJS gives the covered cells the first cell's style; the in-memory writer leaves each its own.
      for (const key of coveredCells(merge)) {
        covered.add(key);
        const [row, col] = key.split(":").map(Number);
        worksheet.getCell(row, col).style = {};
      }
    }
    const row = worksheet.getRow(number);
    if (height !== undefined) row.height = height;
    for (const [col, cell] of cells) {
      // A covered cell's value would go to the merge's first cell; the in-memory writer drops it.
      writeCell(row.getCell(col), cell, convertStyle, !covered.has(`${number}:${col}`));
    }
    row.commit();
  };
  const caughtUp = zipCaughtUp(worksheet);
  let written = 0;
  for (const made of allRows(sheet)) {
    writeRow(made);
    if (++written % CHECK_EVERY_ROWS === 0) await caughtUp();
  }
  worksheet.commit();
}

/** A model that breaks Excel's rules (see checkWorkbook) is a programming error: it throws. */
export async function writeXlsxStreamed(model: Workbook): Promise<Uint8Array> {
  assertWritable(model);
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, next) {
      chunks.push(chunk);
      next();
    },
  });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    // Each text written in its cell: a shared strings part would hold every distinct text of the file (every
    // unit's every line across a country) until the end, then be written whole, the run's peak of memory.
    useSharedStrings: false,
    zip: { zlib: { level: ZIP_LEVEL } },
  });
  writeWorkbookProperties(writer, model);
  for (const sheet of model.sheets) await streamSheet(writer, model, sheet);
  writeDefinedNames(writer, model);
  await writer.commit();
  return withFixedZipDates(new Uint8Array(Buffer.concat(chunks)), model.modified);
}
