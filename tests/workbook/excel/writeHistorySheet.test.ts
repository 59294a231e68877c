import type { HistoryRecord } from "../../../src/domain/history/types";
import { HISTORY_SHEET, HISTORY_TABLE } from "../../../src/domain/texts/history";
import { EXCEL_WEB_REQUEST_LIMIT_BYTES } from "../../../src/workbook/excel/chunkWrites";
import { detectCapabilities } from "../../../src/workbook/excel/hostCapabilities";
import { readHistorySheet } from "../../../src/workbook/excel/readHistorySheet";
import { writeHistorySheet } from "../../../src/workbook/excel/writeHistorySheet";
import { FakeExcel } from "./fakeExcel";
import { installSheetReads } from "./fakeExcelSheetReads";

const capabilities = detectCapabilities({ isSetSupported: (name) => name === "ExcelApi" });

/** Four months of ninety units' rows (each unit's ~25 indicators and ~60 tasks a month). */
function months(count: number): HistoryRecord[] {
  return Array.from({ length: count * 90 * 85 }, (_, i) => ({
    period: `2026-0${1 + Math.floor(i / (90 * 85))}`,
    unitId: `don-vi-${Math.floor(i / 85) % 90}`,
    unitName: `Xã Mường ${Math.floor(i / 85) % 90}`,
    kind: i % 85 < 25 ? ("indicator" as const) : ("task" as const),
    itemId: `CDS.II.${i % 85}`,
    ...(i % 85 < 25 ? { value: (i % 997) / 7, text: "Ước 87,6%" } : { text: "", status: "Đang thực hiện" }),
    receivedAt: "2026-05-08T02:00:00.000Z",
    file: `2026-05_don-vi-${Math.floor(i / 85) % 90}.xlsx`,
    cell: `Chỉ tiêu!F${7 + (i % 85)}`,
  }));
}

describe("writing 'Dữ liệu các kỳ' into the open workbook", () => {
  it("writes four months of ninety units in requests under Excel on the web's 5 MB limit, read back as they were", async () => {
    const records = months(4);
    const excel = new FakeExcel(["Ghi chú"]);
    await writeHistorySheet(excel.requestContext, records, capabilities);
    expect(Math.max(...excel.requestBytes)).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT_BYTES);
    // The values alone pass the limit: more than one request carried them.
    expect(excel.requestBytes.filter((bytes) => bytes > 1024 * 1024).length).toBeGreaterThan(1);
    expect(excel.sheet(HISTORY_SHEET).tables).toEqual([
      { name: HISTORY_TABLE, range: `A1:N${records.length + 1}`, hasHeaders: true },
    ]);
    installSheetReads(excel);
    expect(await readHistorySheet(excel.requestContext)).toEqual({ ok: true, value: records });
  }, 120_000);
});
