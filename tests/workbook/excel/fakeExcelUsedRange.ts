/**
 * What fakeExcel.ts leaves out and readSheetValues uses: worksheets.getItemOrNullObject and
 * getUsedRangeOrNullObject(valuesOnly) with load("values,rowIndex,columnIndex"). As in Office.js,
 * isNullObject and the loaded properties can be read only after the sync that ran the load.
 */
import { address, parseAddress } from "../../../src/workbook/model/addresses";
import type { FakeExcel, FakeSheet } from "./fakeExcel";

interface UsedRange {
  isNullObject: boolean;
  values: unknown[][];
  rowIndex: number;
  columnIndex: number;
}

const NO_RANGE: UsedRange = { isNullObject: true, values: [], rowIndex: 0, columnIndex: 0 };
const LOADED = ["columnIndex", "rowIndex", "values"];

/** Excel swallows one leading apostrophe of an entry as its "this is text" marker: values never show it. */
function storedValue(entry: unknown): unknown {
  return typeof entry === "string" && entry.startsWith("'") ? entry.slice(1) : entry;
}

function usedRange(sheet: FakeSheet): UsedRange {
  const filled = [...sheet.cells.entries()]
    .filter(([, cell]) => cell.value !== "" && cell.value !== null)
    .map(([a1]) => parseAddress(a1));
  if (filled.length === 0) return NO_RANGE;
  const top = Math.min(...filled.map((p) => p.row));
  const bottom = Math.max(...filled.map((p) => p.row));
  const left = Math.min(...filled.map((p) => p.col));
  const right = Math.max(...filled.map((p) => p.col));
  const values = Array.from({ length: bottom - top + 1 }, (_, r) =>
    Array.from({ length: right - left + 1 }, (_, c) =>
      storedValue(sheet.cell(address(top + r, left + c))?.value ?? ""),
    ),
  );
  return { isNullObject: false, values, rowIndex: top - 1, columnIndex: left - 1 };
}

/** An object whose properties exist only once `filled` returns them (after the sync); `load` and friends before. */
export function proxyAfterSync(
  name: string,
  filled: () => object | undefined,
  methods: Record<string, unknown>,
): unknown {
  return new Proxy(
    {},
    {
      get: (_, prop) => {
        if (typeof prop === "string" && prop in methods) return methods[prop];
        const value = filled() as Record<string | symbol, unknown> | undefined;
        if (!value) throw new Error(`PropertyNotLoaded: ${name}.${String(prop)}`);
        return value[prop];
      },
    },
  );
}

/** Teaches this fake's worksheets collection getItemOrNullObject, with a used range that loads values. */
export function installUsedRangeReads(excel: FakeExcel): void {
  const worksheets = excel.context.workbook.worksheets as unknown as Record<string, unknown>;
  worksheets.getItemOrNullObject = (name: string) => {
    let lookup: { found?: FakeSheet } | undefined;
    excel.queue(`getItemOrNullObject ${name}`, name, () => (lookup = { found: excel.find(name) }));
    const getUsedRangeOrNullObject = (valuesOnly?: boolean) => {
      if (valuesOnly !== true) throw new Error("the fake knows only the values-only used range");
      let loaded: UsedRange | undefined;
      const load = (properties: string) => {
        if (properties.split(",").sort().join() !== LOADED.join()) throw new Error(`unexpected load: ${properties}`);
        excel.queue(`load used range ${name}`, null, () => {
          loaded = lookup?.found ? usedRange(lookup.found) : NO_RANGE;
        });
      };
      return proxyAfterSync(`usedRange ${name}`, () => loaded, { load });
    };
    return proxyAfterSync(`worksheet ${name}`, () => lookup && { isNullObject: !lookup.found }, {
      getUsedRangeOrNullObject,
    });
  };
}
