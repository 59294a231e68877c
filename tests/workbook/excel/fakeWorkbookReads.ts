/**
 * A recording fake of the Office.js calls that read a workbook's sheets and insert other workbooks' sheets,
 * filled from a real .xlsx (ExcelJS) so the same workbook can be read both ways: worksheets.load("items/name"),
 * getRange(A1 range).load("values"), getUsedRangeOrNullObject(true) / getUsedRange(true) with their loads, and
 * workbook.insertWorksheetsFromBase64 (the inserted workbook parsed by ExcelJS). As in Office.js, nothing
 * loaded can be read before the sync that runs the load; syncs, cells loaded and bytes sent are counted.
 */
import ExcelJS from "exceljs";
import { address, parseAddress } from "../../../src/workbook/model/addresses";
import type { SheetGrid } from "../../../src/workbook/reading/sheetGrid";
import { readXlsx } from "../../../src/workbook/xlsx/readXlsx";
import { proxyAfterSync } from "./fakeExcelUsedRange";

interface OfficeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  valueType: "Double" | "String" | "Boolean" | "Error" | "Empty";
}

interface FakeSheetData {
  name: string;
  state: string;
  cells: Map<string, OfficeCell>;
}

const EMPTY: OfficeCell = { value: "", numberFormat: "General", valueType: "Empty" };

function serial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function officeValue(value: unknown): Pick<OfficeCell, "value" | "valueType"> {
  if (value === null || value === undefined) return { value: "", valueType: "Empty" };
  if (typeof value === "number") return { value, valueType: "Double" };
  if (typeof value === "boolean") return { value, valueType: "Boolean" };
  if (typeof value === "string") return { value, valueType: "String" };
  if (value instanceof Date) return { value: serial(value), valueType: "Double" };
  if (typeof value === "object" && "error" in value) return { value: String(value.error), valueType: "Error" };
  if (typeof value === "object" && "richText" in value) {
    return {
      value: (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join(""),
      valueType: "String",
    };
  }
  return { value: "", valueType: "Empty" };
}

function officeCell(cell: ExcelJS.Cell): OfficeCell | undefined {
  if (cell.type === ExcelJS.ValueType.Merge) return undefined;
  const numberFormat = cell.numFmt || "General";
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = cell.value as ExcelJS.CellFormulaValue;
    return { ...officeValue(formula.result), formula: `=${formula.formula}`, numberFormat };
  }
  const converted = officeValue(cell.value);
  return converted.valueType === "Empty" ? undefined : { ...converted, numberFormat };
}

/**
 * ExcelJS drops a formula's cached 0 or FALSE, which Excel gives back: those cells take the value our own
 * reader finds in the same bytes, so the fake answers as Excel would.
 */
function cachedResults(bytes: Uint8Array): Map<string, SheetGrid> {
  const read = readXlsx(bytes, (names) => names);
  return read.ok ? read.value.grids : new Map();
}

export function sheetsOf(workbook: ExcelJS.Workbook, bytes?: Uint8Array): FakeSheetData[] {
  const cached = bytes ? cachedResults(bytes) : new Map<string, SheetGrid>();
  return workbook.worksheets.map((worksheet) => {
    const cells = new Map<string, OfficeCell>();
    const grid = cached.get(worksheet.name);
    worksheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const converted = officeCell(cell);
        const raw = grid?.input(r, c).raw;
        if (converted?.formula && converted.valueType === "Empty" && (raw === 0 || raw === false)) {
          cells.set(address(r, c), { ...converted, ...officeValue(raw) });
        } else if (converted) cells.set(address(r, c), converted);
      }),
    );
    return { name: worksheet.name, state: worksheet.state, cells };
  });
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function usedBox(sheet: FakeSheetData): Box | undefined {
  return boundingBox([...sheet.cells.keys()]);
}

/** The smallest range holding every one of these A1 addresses, as Excel's used range is. */
export function boundingBox(addresses: string[]): Box | undefined {
  if (addresses.length === 0) return undefined;
  // A loop, not Math.min(...all): a sheet of a year's history has more cells than a call takes arguments.
  const box = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  for (const { row, col } of addresses.map(parseAddress)) {
    box.top = Math.min(box.top, row);
    box.left = Math.min(box.left, col);
    box.bottom = Math.max(box.bottom, row);
    box.right = Math.max(box.right, col);
  }
  return box;
}

function grid<T>(sheet: FakeSheetData, box: Box, pick: (cell: OfficeCell) => T): T[][] {
  return Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
    Array.from({ length: box.right - box.left + 1 }, (_, c) =>
      pick(sheet.cells.get(address(box.top + r, box.left + c)) ?? EMPTY),
    ),
  );
}

function rangeBox(a1Range: string): Box {
  const [from, to] = a1Range.split(":").map(parseAddress);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

export class FakeWorkbookReads {
  syncCount = 0;
  /** Cells loaded in full (values, formulas, formats, types) by each sync, in order. */
  fullCellsPerSync: number[] = [];
  /** Bytes of JSON the full loads of each sync would bring back (what Excel on the web caps at 5 MB). */
  fullBytesPerSync: number[] = [];
  private pendingFullBytes = 0;
  /** The sheets loaded in full, in order. */
  fullyLoaded: string[] = [];
  /** Base64 characters sent by each sync's inserts, in order. */
  insertedBytesPerSync: number[] = [];
  private pending: (() => void | Promise<void>)[] = [];
  private pendingBytes = 0;
  private pendingCells = 0;

  constructor(readonly sheets: FakeSheetData[]) {}

  static async fromXlsx(bytes: Uint8Array): Promise<FakeWorkbookReads> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return new FakeWorkbookReads(sheetsOf(workbook, bytes));
  }

  get context(): Excel.RequestContext {
    const workbook = {
      worksheets: this.worksheets(),
      insertWorksheetsFromBase64: (base64: string, options: { positionType?: string }) => {
        if (options.positionType !== "End") throw new Error("the fake inserts at the end only");
        this.pendingBytes += base64.length;
        this.pending.push(async () => {
          const inserted = new ExcelJS.Workbook();
          await inserted.xlsx.load(Buffer.from(base64, "base64") as unknown as ExcelJS.Buffer);
          for (const sheet of sheetsOf(inserted, Buffer.from(base64, "base64"))) {
            const clash = this.sheets.some((known) => known.name.toLowerCase() === sheet.name.toLowerCase());
            if (clash) throw new Error(`InvalidArgument: a sheet named ${sheet.name} exists`);
            this.sheets.push(sheet);
          }
        });
      },
    };
    return { workbook, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }

  private async sync(): Promise<void> {
    this.syncCount++;
    const queued = this.pending;
    this.pending = [];
    for (const fill of queued) await fill();
    this.fullCellsPerSync.push(this.pendingCells);
    this.insertedBytesPerSync.push(this.pendingBytes);
    this.fullBytesPerSync.push(this.pendingFullBytes);
    this.pendingFullBytes = 0;
    this.pendingCells = 0;
    this.pendingBytes = 0;
  }

  private afterLoad<T extends object>(name: string, expected: string, compute: () => T) {
    let loaded: T | undefined;
    const load = (properties: string) => {
      if (properties !== expected) throw new Error(`unexpected load of ${name}: ${properties}`);
      this.pending.push(() => {
        loaded = compute();
      });
    };
    return proxyAfterSync(name, () => loaded, { load });
  }

  private worksheets() {
    let items: unknown[] | undefined;
    return proxyAfterSync("worksheets", () => (items ? { items } : undefined), {
      load: (properties: string) => {
        if (properties !== "items/name") throw new Error(`unexpected load of worksheets: ${properties}`);
        this.pending.push(() => {
          items = this.sheets.map((sheet) => this.worksheet(sheet));
        });
      },
    });
  }

  private worksheet(sheet: FakeSheetData) {
    return {
      name: sheet.name,
      getRange: (a1Range: string) =>
        this.afterLoad(`range ${sheet.name}!${a1Range}`, "values", () => ({
          values: grid(sheet, rangeBox(a1Range), (cell) => cell.value),
        })),
      getUsedRangeOrNullObject: (valuesOnly: boolean) => {
        if (!valuesOnly) throw new Error("the reader asks for the values-only used range");
        return this.afterLoad(`used range ${sheet.name}`, "rowCount,columnCount", () => {
          const box = usedBox(sheet);
          return box
            ? { isNullObject: false, rowCount: box.bottom - box.top + 1, columnCount: box.right - box.left + 1 }
            : { isNullObject: true };
        });
      },
      getUsedRange: (valuesOnly: boolean) => {
        if (!valuesOnly) throw new Error("the reader asks for the values-only used range");
        const box = usedBox(sheet);
        if (!box) throw new Error(`ItemNotFound: ${sheet.name} is empty`);
        const expected = "rowIndex,columnIndex,values,formulas,numberFormat,valueTypes";
        const proxy = this.afterLoad(`used range ${sheet.name}`, expected, () => {
          const loaded = {
            rowIndex: box.top - 1,
            columnIndex: box.left - 1,
            values: grid(sheet, box, (cell) => cell.value),
            formulas: grid(sheet, box, (cell) => cell.formula ?? cell.value),
            numberFormat: grid(sheet, box, (cell) => cell.numberFormat),
            valueTypes: grid(sheet, box, (cell) => cell.valueType),
          };
          this.pendingFullBytes += new TextEncoder().encode(JSON.stringify(loaded)).length;
          return loaded;
        });
        this.pendingCells += (box.bottom - box.top + 1) * (box.right - box.left + 1);
        this.fullyLoaded.push(sheet.name);
        return proxy;
      },
    };
  }
}
