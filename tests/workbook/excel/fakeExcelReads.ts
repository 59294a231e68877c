/**
 * What fakeExcel.ts leaves out and the pane's adapters use: Range.select() and loading a range's values.
 * Added to the fake's range class from outside, so its other users see no change.
 */
import { columnLetters, parseRange } from "../../../src/workbook/model/addresses";
import { FakeExcel, type FakeSheet } from "./fakeExcel";

interface RangeInternals {
  excel: FakeExcel;
  sheet: { resolve(): FakeSheet };
  address: string;
  loadedValues?: unknown[][];
}

export interface Selection {
  sheet: string;
  address: string;
}

const selections = new WeakMap<FakeExcel, Selection[]>();

/** The cells selected so far, in order. */
export function selectionsOf(excel: FakeExcel): Selection[] {
  return selections.get(excel) ?? [];
}

function cellValue(sheet: FakeSheet, row: number, col: number): unknown {
  return sheet.cell(`${columnLetters(col)}${row}`)?.value ?? "";
}

let installed = false;

/** Teaches every fake range select(), load("values") and a values getter (after a sync, as in Office.js). */
export function installRangeReads(): void {
  if (installed) return;
  installed = true;
  const probe = new FakeExcel(["probe"]);
  const prototype = Object.getPrototypeOf(probe.context.workbook.worksheets.getItem("probe").getRange("A1"));
  const setter = Object.getOwnPropertyDescriptor(prototype, "values")?.set;
  Object.defineProperty(prototype, "values", {
    configurable: true,
    set: setter,
    get(this: RangeInternals) {
      if (!this.loadedValues) throw new Error(`PropertyNotLoaded: ${this.address} values`);
      return this.loadedValues;
    },
  });
  prototype.load = function load(this: RangeInternals) {
    this.excel.queue(`${this.address} load`, null, () => {
      const b = parseRange(this.address);
      const sheet = this.sheet.resolve();
      this.loadedValues = Array.from({ length: b.bottom - b.top + 1 }, (_, r) =>
        Array.from({ length: b.right - b.left + 1 }, (_, c) => cellValue(sheet, b.top + r, b.left + c)),
      );
    });
  };
  prototype.select = function select(this: RangeInternals) {
    this.excel.queue(`${this.address} select`, null, () => {
      const list = selections.get(this.excel) ?? [];
      list.push({ sheet: this.sheet.resolve().name, address: this.address });
      selections.set(this.excel, list);
    });
  };
}
