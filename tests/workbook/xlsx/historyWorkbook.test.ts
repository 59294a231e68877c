import ExcelJS from "exceljs";
import JSZip from "jszip";
import { HISTORY_SHEET, HISTORY_TABLE } from "../../../src/domain/texts/history";
import { createSheet, createWorkbook, setCell } from "../../../src/workbook/model/buildSheet";
import { readHistoryFile, writeHistoryFile } from "../../../src/workbook/xlsx/historyWorkbook";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { HISTORY_RECORDS } from "../history/historyRecordsFixture";

const WHEN = new Date("2026-05-14T00:00:00Z");

const records = HISTORY_RECORDS;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

function value<T>(result: { ok: true; value: T } | { ok: false; issues: { message: string }[] }): T {
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("; "));
  return result.value;
}

describe("the history workbook (--history FILE.xlsx)", () => {
  it("writes the records as an Excel table with a header row and reads them back as they were", async () => {
    const bytes = value(await writeHistoryFile(undefined, records, "lich-su.xlsx", WHEN));
    const zip = await JSZip.loadAsync(bytes);
    const tableXml = await zip.file("xl/tables/table1.xml")?.async("string");
    expect(tableXml).toContain(`name="${HISTORY_TABLE}"`);
    expect(tableXml).toContain('ref="A1:N3"');
    expect(tableXml).toContain('<autoFilter ref="A1:N3"');
    expect(value(await readHistoryFile(bytes, "lich-su.xlsx"))).toEqual(records);
  });

  it("keeps an officer's other sheets and replaces only the history sheet", async () => {
    const own = createWorkbook({ creator: "x", created: WHEN });
    const notes = createSheet("Ghi chép");
    setCell(notes, 1, 1, "Theo dõi riêng của cán bộ");
    own.sheets.push(notes);
    const first = value(await writeHistoryFile(await writeXlsx(own), records, "so.xlsx", WHEN));
    const second = value(await writeHistoryFile(first, records.slice(0, 1), "so.xlsx", WHEN));
    const workbook = await load(second);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Ghi chép", HISTORY_SHEET]);
    expect(workbook.getWorksheet("Ghi chép")?.getCell("A1").value).toBe("Theo dõi riêng của cán bộ");
    expect(value(await readHistoryFile(second, "so.xlsx"))).toEqual(records.slice(0, 1));
  });

  it("reads a workbook without the sheet as no history, and an empty history as an empty table", async () => {
    const empty = value(await writeHistoryFile(undefined, [], "moi.xlsx", WHEN));
    expect(value(await readHistoryFile(empty, "moi.xlsx"))).toEqual([]);
    const other = createWorkbook({ creator: "x", created: WHEN });
    other.sheets.push(createSheet("Trang 1"));
    expect(value(await readHistoryFile(await writeXlsx(other), "khac.xlsx"))).toEqual([]);
  });

  it("names the sheet and cell of a value it cannot read, and reads nothing", async () => {
    const bytes = value(await writeHistoryFile(undefined, records, "lich-su.xlsx", WHEN));
    const workbook = await load(bytes);
    const sheet = workbook.getWorksheet(HISTORY_SHEET) as ExcelJS.Worksheet;
    sheet.getCell("F2").value = "nhiều";
    sheet.getCell("D3").value = "Khác";
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await readHistoryFile(edited, "lich-su.xlsx");
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map((issue) => issue.message)).toEqual([
      `Trang “${HISTORY_SHEET}”, ô F2: “nhiều” không phải là số.`,
      `Trang “${HISTORY_SHEET}”, ô D3: “Khác” không phải “Chỉ tiêu” hoặc “Nhiệm vụ”.`,
    ]);
  });

  it("refuses to write into a workbook with a pivot table, which writing it again would drop", async () => {
    const zip = await JSZip.loadAsync(await writeXlsx(createWorkbook({ creator: "x", created: WHEN })));
    zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
    const withPivot = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    const written = await writeHistoryFile(withPivot, records, "so.xlsx", WHEN);
    expect(written.ok).toBe(false);
    if (!written.ok) expect(written.issues[0].message).toContain("bảng PivotTable");
  });
});
