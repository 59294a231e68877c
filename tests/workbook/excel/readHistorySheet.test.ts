import type { HistoryRecord } from "../../../src/domain/history/types";
import { HISTORY_SHEET, HISTORY_TABLE } from "../../../src/domain/texts/history";
import { readHistorySheet } from "../../../src/workbook/excel/readHistorySheet";
import { detectCapabilities } from "../../../src/workbook/excel/hostCapabilities";
import { writeModelToWorkbook } from "../../../src/workbook/excel/writeWorkbookModel";
import { historySheet } from "../../../src/workbook/history/historySheet";
import { createWorkbook } from "../../../src/workbook/model/buildSheet";
import { FakeExcel } from "./fakeExcel";
import { installSheetReads } from "./fakeExcelSheetReads";
import { HISTORY_RECORDS } from "../history/historyRecordsFixture";

const capabilities = detectCapabilities({ isSetSupported: (name) => name === "ExcelApi" });

const records = HISTORY_RECORDS;

async function workbookWith(history: HistoryRecord[]): Promise<FakeExcel> {
  const excel = new FakeExcel(["Ghi chú"]);
  const model = createWorkbook({ creator: "t", created: new Date(0) });
  model.sheets.push(historySheet(history));
  await writeModelToWorkbook(excel.requestContext, model, { capabilities });
  return excel;
}

describe("the history sheet of the open workbook", () => {
  it("is written as the Excel table the command line writes, and read back as it was", async () => {
    const excel = await workbookWith(records);
    installSheetReads(excel);
    expect(excel.sheet(HISTORY_SHEET).tables).toEqual([{ name: HISTORY_TABLE, range: "A1:N3", hasHeaders: true }]);
    expect(await readHistorySheet(excel.requestContext)).toEqual({ ok: true, value: records });
  });

  it("reads a workbook without the sheet as no history", async () => {
    const excel = new FakeExcel(["Sheet1"]);
    installSheetReads(excel);
    expect(await readHistorySheet(excel.requestContext)).toEqual({ ok: true, value: [] });
  });

  it("loads a long history in blocks of rows, none over the cells a sync may bring", async () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ ...records[0], unitId: `don-vi-${i}` }));
    const excel = await workbookWith(many);
    const counts = installSheetReads(excel);
    const read = await readHistorySheet(excel.requestContext, 14 * 40);
    expect(read).toEqual({ ok: true, value: many });
    // 251 rows of 14 cells, 40 rows a block.
    expect(counts.cellsPerSync).toEqual([...Array(6).fill(40 * 14), 11 * 14]);
  });

  it("names the sheet and cell of a bad figure, and reads nothing from the table", async () => {
    const excel = await workbookWith(records);
    installSheetReads(excel);
    // The officer typed a word into "Giá trị" of the first record.
    excel.sheet(HISTORY_SHEET).cells.set("F2", { value: "nhiều", numberFormat: "General" });
    const read = await readHistorySheet(excel.requestContext);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map((issue) => issue.message)).toEqual([
      "Trang “Dữ liệu các kỳ”, ô F2: “nhiều” không phải là số.",
    ]);
  });
});
