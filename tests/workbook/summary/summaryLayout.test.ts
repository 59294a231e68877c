import { createSheet, createWorkbook } from "../../../src/workbook/model/buildSheet";
import type { Cell, Workbook } from "../../../src/workbook/model/types";
import { addSummaryStyles } from "../../../src/workbook/summary/summaryStyles";
import { addTableRows, finishTable, type TableRows } from "../../../src/workbook/summary/summaryLayout";

const LONG = "Khó khăn về kinh phí và nhân lực triển khai nền tảng số dùng chung của xã ".repeat(4);

function summaryWorkbook(): Workbook {
  const workbook = createWorkbook({ creator: "Báo cáo CĐS", created: new Date(Date.UTC(2026, 4, 14)) });
  addSummaryStyles(workbook);
  return workbook;
}

/** Three rows under a header on row 4: a short text, a long wrapped one, and an empty cell. */
const rows: TableRows = function* () {
  const cell = (value: Cell["value"]): Cell => ({ value, style: "cell" });
  yield {
    row: 5,
    cells: [
      [1, cell(1)],
      [2, cell("Xã Mường Sại")],
    ],
  };
  yield {
    row: 6,
    cells: [
      [1, cell(2)],
      [2, cell(LONG)],
    ],
  };
  yield {
    row: 7,
    cells: [
      [1, cell(3)],
      [2, cell(null)],
    ],
  };
};

function finish(workbook: Workbook, sheet: ReturnType<typeof createSheet>) {
  finishTable(workbook, sheet, { widths: [6, 30], header: { first: 4, last: 4 }, lastRow: 7 });
}

describe("addTableRows", () => {
  it("sets the rows as the sheet's cells, which finishTable then fits", () => {
    const workbook = summaryWorkbook();
    const sheet = createSheet("Bảng");
    addTableRows(workbook, sheet, rows, false);
    finish(workbook, sheet);
    expect(sheet.laterRows).toBeUndefined();
    expect(sheet.cells.B6).toEqual({ value: LONG, style: "cell" });
    expect(sheet.cells.A7).toEqual({ value: 3, style: "cell" });
    expect(sheet.rowHeights[6]).toBeGreaterThan(sheet.rowHeights[5] ?? 15);
  });

  it("with later, sets no cell and makes the same rows when written, each as high as finishTable fits it", () => {
    const eager = summaryWorkbook();
    const fitted = createSheet("Bảng");
    addTableRows(eager, fitted, rows, false);
    finish(eager, fitted);

    const workbook = summaryWorkbook();
    const sheet = createSheet("Bảng");
    addTableRows(workbook, sheet, rows, true);
    finish(workbook, sheet);
    expect(Object.keys(sheet.cells)).toEqual([]);
    const made = [...(sheet.laterRows?.rows() ?? [])];
    expect(made.map((row) => row.row)).toEqual([5, 6, 7]);
    expect(made[1].cells).toEqual([
      [1, { value: 2, style: "cell" }],
      [2, { value: LONG, style: "cell" }],
    ]);
    for (const row of made) expect(row.height).toBe(fitted.rowHeights[row.row]);
    expect(made[1].height).toBeGreaterThan(30);
  });
});
