/**
 * Writes the neutral table model into the open workbook through Office.js.
 *
 * Build aside, then swap: every model sheet is first written under a temporary name; only when
 * all of them are written are the old sheets of the same names replaced, by renaming. A failure
 * half-way deletes the temporary sheets and leaves the workbook as it was. Sheets the model does
 * not name are never touched.
 *
 * Syncs: one to read the sheet and range names, one for all the writes (plus one per ~4 MB of
 * cell data, see chunkWrites.ts), one for the swap — the same for 10 rows as for 1,000.
 */
import { columnLetters, parseAddress, rangeAddress } from "../model/addresses";
import { usedBounds } from "../model/buildSheet";
import { resolveStyle } from "../model/cellFormats";
import { assertWritable } from "../model/checkWorkbook";
import type { CellStyle, Sheet, Workbook } from "../model/types";
import { WORKBOOK_TEXTS } from "../../domain/texts/workbook";
import { applyStyle } from "./applyStyle";
import {
  applyConditionalFormat,
  applyFrozenPanes,
  applyPrintSetup,
  applyProtection,
  applyValidation,
} from "./applySheetSettings";
import { officeHyperlink, officeNumberFormat, officeValue, type OfficeEntry } from "./cellEntries";
import { chunkRows, DEFAULT_REQUEST_BUDGET_BYTES, estimatePayloadBytes, RequestBudget } from "./chunkWrites";
import type { HostCapabilities } from "./hostCapabilities";
import { styleBlocks } from "./styleBlocks";

export interface WriteProgress {
  sheet: string;
  done: number;
  total: number;
}

export interface WriteModelOptions {
  capabilities: HostCapabilities;
  /**
   * Which existing sheets of the model's names may be replaced: all (true), none (false, the default), or
   * those the predicate accepts — the pane passes "sheets this add-in created", so an officer's own sheet
   * that happens to share a name is never replaced. A clash outside it stops the write before any change.
   */
  replaceSheets?: boolean | ((name: string) => boolean);
  onProgress?: (progress: WriteProgress) => void;
  /** Bytes of cell data per request; below Excel on the web's 5 MB limit. */
  requestBudgetBytes?: number;
  /** Show the first sheet written (the default); false leaves the officer on the sheet they were looking at. */
  activate?: boolean;
}

export interface WriteModelResult {
  /** Vietnamese: what this Excel could not do, for the officer. */
  omitted: string[];
}

/** Excel's default column width unit is about 7 px of Calibri 11 plus 5 px padding; a point is 4/3 px. */
function columnWidthPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** Excel counts a rough per-command payload too; this covers a formatting command's JSON. */
const COMMAND_BYTES = 200;

type Omissible = keyof typeof WORKBOOK_TEXTS.omitted;

function featuresUsed(model: Workbook): Set<Omissible> {
  const used = new Set<Omissible>();
  const lockedStyle = (style: CellStyle | undefined) => style?.locked !== undefined;
  for (const sheet of model.sheets) {
    const locks = Object.values(sheet.cells).some((cell) => lockedStyle(resolveStyle(model, cell.style)));
    const sized = Object.keys(sheet.columnWidths).length > 0 || Object.keys(sheet.rowHeights).length > 0;
    if (sheet.merges.length > 0 || sized || locks) used.add("formatting");
    if (sheet.protection) used.add("protection");
    if (sheet.state !== "visible") used.add("sheetVisibility");
    if (sheet.conditionalFormats.length > 0) used.add("conditionalFormats");
    if (sheet.frozen) used.add("freezePanes");
    if (sheet.validations.length > 0) used.add("dataValidation");
    if (sheet.print) used.add("pageLayout");
    if (Object.values(sheet.cells).some((cell) => cell.link)) used.add("hyperlinks");
  }
  if (model.definedNames.length > 0) used.add("definedNames");
  return used;
}

function omittedMessages(model: Workbook, capabilities: HostCapabilities): string[] {
  const used = featuresUsed(model);
  return (Object.keys(WORKBOOK_TEXTS.omitted) as Omissible[])
    .filter((feature) => used.has(feature) && !capabilities.features[feature])
    .map((feature) => WORKBOOK_TEXTS.omitted[feature]);
}

function temporaryNames(model: Workbook, taken: Set<string>): string[] {
  return model.sheets.map((_, index) => {
    let attempt = 0;
    let name = `~bccds-${index + 1}`;
    while (taken.has(name.toLowerCase())) name = `~bccds-${index + 1}-${++attempt}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * A table's name is unique in the workbook, and the sheet it replaces still holds its table while the new one is
 * written: the new table is written under a name of its temporary sheet's and takes its own once the old is gone.
 */
function temporaryTableName(temporarySheet: string, index: number): string {
  return `${temporarySheet.replace(/^~/, "").replace(/-/g, "_")}_t${index + 1}`;
}

/** Column widths with equal neighbours set together ("B:D"). */
function writeColumnWidths(worksheet: Excel.Worksheet, widths: Record<number, number>) {
  const columns = Object.keys(widths)
    .map(Number)
    .sort((a, b) => a - b);
  let start = 0;
  for (let i = 1; i <= columns.length; i++) {
    const run = columns.slice(start, i);
    const next = columns[i];
    const continues = next === run[run.length - 1] + 1 && widths[next] === widths[run[0]];
    if (!continues) {
      const [first, last] = [columnLetters(run[0]), columnLetters(run[run.length - 1])];
      worksheet.getRange(`${first}:${last}`).format.columnWidth = columnWidthPoints(widths[run[0]]);
      start = i;
    }
  }
}

/** Values and number formats in row blocks under the request budget; text gets "@" first. */
async function writeValues(
  worksheet: Excel.Worksheet,
  model: Workbook,
  sheet: Sheet,
  budget: RequestBudget,
  limit: number,
) {
  const bounds = usedBounds(sheet);
  if (!bounds) return;
  const values: OfficeEntry[][] = [];
  const formats: string[][] = [];
  for (let row = bounds.top; row <= bounds.bottom; row++) {
    const rowValues: OfficeEntry[] = [];
    const rowFormats: string[] = [];
    for (let col = bounds.left; col <= bounds.right; col++) {
      const cell = sheet.cells[`${columnLetters(col)}${row}`];
      rowValues.push(officeValue(cell?.value ?? null));
      rowFormats.push(officeNumberFormat(cell?.value ?? null, resolveStyle(model, cell?.style)));
    }
    values.push(rowValues);
    formats.push(rowFormats);
  }
  const rowBytes = values.map((row, i) => estimatePayloadBytes(row) + estimatePayloadBytes(formats[i]));
  for (const block of chunkRows(rowBytes, limit)) {
    await budget.reserve(block.bytes);
    const range = worksheet.getRange(
      rangeAddress({
        top: bounds.top + block.start,
        bottom: bounds.top + block.end - 1,
        left: bounds.left,
        right: bounds.right,
      }),
    );
    range.numberFormat = formats.slice(block.start, block.end);
    range.values = values.slice(block.start, block.end);
  }
}

/** Styles compared by what they format (number formats travel with the values), so inline twins share a block. */
function formattingKey(style: CellStyle): string | undefined {
  const { numberFormat: _, ...formatting } = style;
  return Object.keys(formatting).length > 0 ? JSON.stringify(formatting) : undefined;
}

async function writeStyles(
  worksheet: Excel.Worksheet,
  model: Workbook,
  sheet: Sheet,
  budget: RequestBudget,
  canLock: boolean,
) {
  const styles = new Map<string, CellStyle>();
  const styled = Object.entries(sheet.cells).flatMap(([a1, cell]) => {
    const style = resolveStyle(model, cell.style);
    const key = style && formattingKey(style);
    if (!style || !key) return [];
    styles.set(key, style);
    return [{ ...parseAddress(a1), key }];
  });
  for (const block of styleBlocks(styled)) {
    await budget.reserve(COMMAND_BYTES);
    const { top, bottom, left, right } = block.bounds;
    const shape = { rows: bottom - top + 1, columns: right - left + 1 };
    applyStyle(worksheet.getRange(rangeAddress(block.bounds)), styles.get(block.key) as CellStyle, shape, canLock);
  }
}

/** One command per linked cell, queued with the rest of the sheet's writes. */
async function writeLinks(worksheet: Excel.Worksheet, sheet: Sheet, budget: RequestBudget) {
  for (const [a1, cell] of Object.entries(sheet.cells)) {
    if (!cell.link) continue;
    await budget.reserve(COMMAND_BYTES);
    worksheet.getRange(a1).hyperlink = officeHyperlink(cell.link, cell.value);
  }
}

async function writeSheet(
  worksheet: Excel.Worksheet,
  model: Workbook,
  sheet: Sheet,
  budget: RequestBudget,
  options: WriteModelOptions,
  temporaryName: string,
): Promise<Excel.Table[]> {
  const can = options.capabilities.features;
  const limit = options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES;
  if (can.formatting) {
    writeColumnWidths(worksheet, sheet.columnWidths);
    for (const [row, height] of Object.entries(sheet.rowHeights)) {
      worksheet.getRange(`${row}:${row}`).format.rowHeight = height;
    }
  }
  await writeValues(worksheet, model, sheet, budget, limit);
  // Over the values just written: the header row's texts become the table's column names (ExcelApi 1.1).
  const tables = (sheet.tables ?? []).map((table, index) => {
    const added = worksheet.tables.add(table.range, true);
    added.name = temporaryTableName(temporaryName, index);
    return added;
  });
  await writeStyles(worksheet, model, sheet, budget, can.formatting);
  if (can.formatting) for (const merge of sheet.merges) worksheet.getRange(merge).merge(false);
  if (can.hyperlinks) await writeLinks(worksheet, sheet, budget);
  if (can.dataValidation) sheet.validations.forEach((validation) => applyValidation(worksheet, validation));
  if (can.conditionalFormats) sheet.conditionalFormats.forEach((format) => applyConditionalFormat(worksheet, format));
  if (can.freezePanes && sheet.frozen) applyFrozenPanes(worksheet, sheet.frozen);
  if (can.pageLayout && sheet.print) applyPrintSetup(worksheet, sheet.print);
  // Last, so nothing above is refused by the protection.
  if (can.protection && sheet.protection) applyProtection(worksheet, sheet.protection);
  return tables;
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

interface ExistingSheet {
  name: string;
  position: number;
}

/** Removes what a failed write left behind; the old sheets were never touched. */
async function discardTemporarySheets(context: Excel.RequestContext, temporary: string[]) {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const leftovers = new Set(temporary);
  sheets.items.filter((sheet) => leftovers.has(sheet.name)).forEach((sheet) => sheet.delete());
  await context.sync();
}

export async function writeModelToWorkbook(
  context: Excel.RequestContext,
  model: Workbook,
  options: WriteModelOptions,
): Promise<WriteModelResult> {
  assertWritable(model);
  const can = options.capabilities.features;
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/position");
  const names = context.workbook.names;
  if (can.definedNames) names.load("items/name");
  await context.sync();

  const existing = new Map<string, ExistingSheet>(
    sheets.items.map((sheet) => [sheet.name.toLowerCase(), { name: sheet.name, position: sheet.position }]),
  );
  const replaceable = (name: string) =>
    typeof options.replaceSheets === "function" ? options.replaceSheets(name) : options.replaceSheets === true;
  const clash = model.sheets.find((sheet) => {
    const found = existing.get(sheet.name.toLowerCase());
    return found !== undefined && !replaceable(found.name);
  });
  if (clash) throw new Error(WORKBOOK_TEXTS.sheetAlreadyExists(clash.name));

  const temporary = temporaryNames(model, new Set(existing.keys()));
  const budget = new RequestBudget(context, options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES);
  const written: Excel.Worksheet[] = [];
  const tables: Excel.Table[][] = [];
  try {
    for (const [index, sheet] of model.sheets.entries()) {
      const worksheet = sheets.add(temporary[index]);
      written.push(worksheet);
      tables.push(await writeSheet(worksheet, model, sheet, budget, options, temporary[index]));
      options.onProgress?.({ sheet: sheet.name, done: index + 1, total: model.sheets.length });
    }
    await budget.sync();
  } catch (error) {
    await discardTemporarySheets(context, temporary);
    throw error;
  }

  const backups = temporaryNames(model, new Set([...existing.keys(), ...temporary.map((t) => t.toLowerCase())]));
  model.sheets.forEach((sheet, index) => {
    const worksheet = written[index];
    const old = existing.get(sheet.name.toLowerCase());
    if (old) {
      const oldSheet = sheets.getItem(old.name);
      // Renamed before the new sheet takes its name, deleted last: a failed swap loses nothing.
      oldSheet.name = backups[index];
      worksheet.position = old.position;
      worksheet.name = sheet.name;
      if (can.sheetVisibility) oldSheet.visibility = "Visible";
      oldSheet.delete();
    } else {
      worksheet.name = sheet.name;
    }
    if (can.sheetVisibility) worksheet.visibility = VISIBILITY[sheet.state];
  });
  // After the old sheets (and their tables) are deleted, so the names are free.
  model.sheets.forEach((sheet, index) =>
    (sheet.tables ?? []).forEach((table, t) => (tables[index][t].name = table.name)),
  );
  if (can.definedNames) {
    const taken = new Set(names.items.map((item) => item.name.toLowerCase()));
    for (const defined of model.definedNames) {
      if (taken.has(defined.name.toLowerCase())) names.getItem(defined.name).delete();
      const index = model.sheets.findIndex((sheet) => sheet.name === defined.sheet);
      names.add(defined.name, written[index].getRange(defined.range));
    }
  }
  const firstVisible = model.sheets.findIndex((sheet) => sheet.state === "visible");
  if (firstVisible >= 0 && options.activate !== false) written[firstVisible].activate();
  await context.sync();
  return { omitted: omittedMessages(model, options.capabilities) };
}
