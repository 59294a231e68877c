/**
 * What fakeExcel.ts leaves out and readHistorySheet uses, so one fake workbook is written and read back:
 * worksheets.getItemOrNullObject, its getUsedRangeOrNullObject(true) loading its place and size, and getRange(A1
 * range) loading values, number formats and value types. As in Office.js, nothing loaded can be read before the
 * sync that ran the load; the cells of each load are counted per sync.
 */
import { address, parseRange } from "../../../src/workbook/model/addresses";
import type { FakeExcel, FakeSheet } from "./fakeExcel";
import { proxyAfterSync } from "./fakeExcelUsedRange";
import { boundingBox, type Box } from "./fakeWorkbookReads";

/** Excel swallows one leading apostrophe of an entry as its "this is text" marker: values never show it. */
function stored(value: unknown): unknown {
  return typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
}

function valueType(value: unknown): string {
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return value === "" || value === null || value === undefined ? "Empty" : "String";
}

function usedBox(sheet: FakeSheet): Box | undefined {
  return boundingBox([...sheet.cells.entries()].filter(([, cell]) => cell.value !== "").map(([a1]) => a1));
}

function grid<T>(sheet: FakeSheet, box: Box, pick: (value: unknown, numberFormat: unknown) => T): T[][] {
  return Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
    Array.from({ length: box.right - box.left + 1 }, (_, c) => {
      const cell = sheet.cell(address(box.top + r, box.left + c));
      return pick(stored(cell?.value ?? ""), cell?.numberFormat ?? "General");
    }),
  );
}

function expectLoad(properties: string, expected: string) {
  if (properties.split(",").sort().join() !== expected.split(",").sort().join()) {
    throw new Error(`unexpected load: ${properties}`);
  }
}

export interface SheetReadCounts {
  /** Cells loaded by each sync that loaded a range's cells. */
  cellsPerSync: number[];
}

export function installSheetReads(excel: FakeExcel): SheetReadCounts {
  const counts: SheetReadCounts = { cellsPerSync: [] };
  let pendingCells = 0;
  const worksheets = excel.context.workbook.worksheets as unknown as Record<string, unknown>;
  const sync = excel.context.sync;
  excel.context.sync = async () => {
    if (pendingCells > 0) counts.cellsPerSync.push(pendingCells);
    pendingCells = 0;
    await sync();
  };
  worksheets.getItemOrNullObject = (name: string) => {
    let lookup: { found?: FakeSheet } | undefined;
    excel.queue(`getItemOrNullObject ${name}`, name, () => (lookup = { found: excel.find(name) }));
    const getUsedRangeOrNullObject = (valuesOnly?: boolean) => {
      if (valuesOnly !== true) throw new Error("the fake knows only the values-only used range");
      let loaded: object | undefined;
      const load = (properties: string) => {
        expectLoad(properties, "rowIndex,columnIndex,rowCount,columnCount");
        excel.queue(`load used range ${name}`, null, () => {
          const box = lookup?.found && usedBox(lookup.found);
          loaded = box
            ? {
                isNullObject: false,
                rowIndex: box.top - 1,
                columnIndex: box.left - 1,
                rowCount: box.bottom - box.top + 1,
                columnCount: box.right - box.left + 1,
              }
            : { isNullObject: true };
        });
      };
      return proxyAfterSync(`usedRange ${name}`, () => loaded, { load });
    };
    const getRange = (a1Range: string) => {
      let loaded: object | undefined;
      const load = (properties: string) => {
        expectLoad(properties, "values,numberFormat,valueTypes");
        const box = parseRange(a1Range);
        pendingCells += (box.bottom - box.top + 1) * (box.right - box.left + 1);
        excel.queue(`load range ${name}!${a1Range}`, null, () => {
          const sheet = lookup?.found;
          if (!sheet) throw new Error(`ItemNotFound: ${name}`);
          loaded = {
            values: grid(sheet, box, (value) => value),
            numberFormat: grid(sheet, box, (_, numberFormat) => numberFormat),
            valueTypes: grid(sheet, box, valueType),
          };
        });
      };
      return proxyAfterSync(`range ${name}!${a1Range}`, () => loaded, { load });
    };
    return proxyAfterSync(`worksheet ${name}`, () => lookup && { isNullObject: !lookup.found }, {
      getUsedRangeOrNullObject,
      getRange,
    });
  };
  return counts;
}
