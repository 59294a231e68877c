import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { HistoryRecord } from "../../../src/domain/history/types";
import { HISTORY_SHEET, HISTORY_TABLE } from "../../../src/domain/texts/history";
import { createSheet, createWorkbook, setCell } from "../../../src/workbook/model/buildSheet";
import { readHistoryFile, writeHistoryFile } from "../../../src/workbook/xlsx/historyWorkbook";
import { readXlsx } from "../../../src/workbook/xlsx/readXlsx";
import { withSheetEmptied, withStreamedRows } from "../../../src/workbook/xlsx/streamSheetRows";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";

const WHEN = new Date("2026-12-14T00:00:00Z");

/** Many periods × units × items, indicators and tasks alternating, some texts that look like formulas. */
function manyRecords(periods: number, units: number, items: number): HistoryRecord[] {
  const records: HistoryRecord[] = [];
  for (let p = 1; p <= periods; p++) {
    const period = `2026-${String(p).padStart(2, "0")}`;
    for (let u = 0; u < units; u++) {
      for (let i = 0; i < items; i++) {
        const common = { period, unitId: `don-vi-${u}`, unitName: `Xã số ${u}`, file: `${period}_don-vi-${u}.xlsx` };
        records.push(
          i % 2 === 0
            ? {
                ...common,
                kind: "indicator",
                itemId: `CDS.II.${i}`,
                value: 50 + i / 4,
                numerator: u + i,
                denominator: u + i + 3,
                text: `Ước ${i}%`,
                receivedAt: "2026-04-09T02:00:00.000Z",
                cell: `Chỉ tiêu!F${i + 7}`,
              }
            : {
                ...common,
                kind: "task",
                itemId: `NV.I.${i}`,
                text: i % 3 === 0 ? `=SUM(A${u}:A${i})` : `Đã làm ${u}.${i}`,
                status: "Đang thực hiện",
                progress: (u * i) % 100,
                cell: `Nhiệm vụ!H${i + 9}`,
              },
        );
      }
    }
  }
  return records;
}

function value<T>(result: { ok: true; value: T } | { ok: false; issues: { message: string }[] }): T {
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("; "));
  return result.value;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

async function partsOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  const read = (name: string) => zip.file(name)?.async("string") ?? Promise.resolve(undefined);
  return { names, read };
}

describe("a long history sheet streamed into the workbook", () => {
  const records = manyRecords(3, 20, 30);

  it("reads back every record as written, in an Excel table reaching the last row", async () => {
    const bytes = value(await writeHistoryFile(undefined, records, "lich-su.xlsx", WHEN));
    expect(value(await readHistoryFile(bytes, "lich-su.xlsx"))).toEqual(records);
    const { names, read } = await partsOf(bytes);
    expect(names.filter((name) => name.startsWith("xl/tables/"))).toEqual(["xl/tables/table1.xml"]);
    const lastRef = `A1:N${records.length + 1}`;
    const tableXml = await read("xl/tables/table1.xml");
    expect(tableXml).toContain(`name="${HISTORY_TABLE}"`);
    expect(tableXml).toContain(`ref="${lastRef}"`);
    expect(tableXml).toContain(`<autoFilter ref="${lastRef}"`);
    expect(await read("[Content_Types].xml")).toContain("/xl/tables/table1.xml");
    const sheetXml = await read("xl/worksheets/sheet1.xml");
    // The table is the sheet's (its relationship is listed in the sheet), and a text never becomes a formula.
    expect(sheetXml).toMatch(/<tableParts count="1"><tablePart r:id="rId\d+"\/><\/tableParts><\/worksheet>$/);
    expect(sheetXml).not.toContain("<f>");
  });

  it("is what ExcelJS reads as the sheet's table, with its frozen header row and column widths", async () => {
    const bytes = value(await writeHistoryFile(undefined, records, "lich-su.xlsx", WHEN));
    const sheet = (await load(bytes)).getWorksheet(HISTORY_SHEET) as ExcelJS.Worksheet;
    const table = sheet.getTable(HISTORY_TABLE) as unknown as { table: { tableRef: string; columns: unknown[] } };
    expect(table.table.tableRef).toBe(`A1:N${records.length + 1}`);
    expect(table.table.columns).toHaveLength(14);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(3).width).toBe(28);
    expect(sheet.getCell(`I${records.length + 1}`).value).toBe(records[records.length - 1].text);
  });

  it("replaces the old rows in a workbook holding other sheets, leaving one table", async () => {
    const own = createWorkbook({ creator: "x", created: WHEN });
    const notes = createSheet("Ghi chép");
    setCell(notes, 2, 2, "Theo dõi riêng");
    own.sheets.push(notes);
    const first = value(await writeHistoryFile(await writeXlsx(own), records, "so.xlsx", WHEN));
    const fewer = records.slice(0, 7);
    const second = value(await writeHistoryFile(first, fewer, "so.xlsx", WHEN));
    expect(value(await readHistoryFile(second, "so.xlsx"))).toEqual(fewer);
    const workbook = await load(second);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Ghi chép", HISTORY_SHEET]);
    expect(workbook.getWorksheet("Ghi chép")?.getCell("B2").value).toBe("Theo dõi riêng");
    const { names, read } = await partsOf(second);
    const tables = names.filter((name) => name.startsWith("xl/tables/"));
    expect(tables).toHaveLength(1);
    expect(await read(tables[0])).toContain('ref="A1:N8"');
  });

  it("gives the same bytes at another time of writing", async () => {
    const at = async (now: string) => {
      jest.useFakeTimers({
        now: new Date(now),
        doNotFake: ["nextTick", "setImmediate", "setTimeout", "queueMicrotask"],
      });
      try {
        return value(await writeHistoryFile(undefined, records.slice(0, 50), "lich-su.xlsx", WHEN));
      } finally {
        jest.useRealTimers();
      }
    };
    expect(Buffer.from(await at("2026-12-14T08:00:00Z")).equals(Buffer.from(await at("2027-01-02T17:31:07Z")))).toBe(
      true,
    );
  });
});

describe("rows streamed into any sheet", () => {
  it("writes every row after the model's own, in order, leaving out none and adding none", async () => {
    const model = createWorkbook({ creator: "x", created: WHEN });
    const before = createSheet("Trước");
    setCell(before, 1, 1, "giữ nguyên");
    const sheet = createSheet("Dài");
    setCell(sheet, 1, 1, "Số");
    setCell(sheet, 1, 2, "Chữ");
    model.sheets.push(before, sheet);
    // Several thousand rows (more than are let run ahead of the zip), every seventh one empty, which ExcelJS leaves out.
    const items = Array.from({ length: 4321 }, (_, i) => i);
    const toRow = (i: number) => (i % 7 === 3 ? [null, null] : [i, `+dòng ${i}`]);
    const bytes = await withStreamedRows(await writeXlsx(model), sheet, items, toRow, WHEN);
    const read = readXlsx(bytes, (names) => names);
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.value.sheetNames).toEqual(["Trước", "Dài"]);
    expect(read.value.grids.get("Trước")?.input(1, 1).raw).toBe("giữ nguyên");
    const grid = read.value.grids.get("Dài");
    if (!grid) throw new Error("no sheet");
    expect(grid.rowCount).toBe(items.length + 1);
    expect(grid.input(1, 2).raw).toBe("Chữ");
    for (const i of items) {
      const expected = toRow(i);
      expect([grid.input(i + 2, 1).raw, grid.input(i + 2, 2).raw]).toEqual(expected);
      expect(grid.input(i + 2, 2).formula).toBeFalsy();
    }
  });
});

describe("emptying a sheet before the workbook is loaded again", () => {
  it("keeps the sheet's name and place and the other sheets' cells, and drops the sheet's own", async () => {
    const model = createWorkbook({ creator: "x", created: WHEN });
    for (const name of ["Một", "Hai", "Ba"]) {
      const sheet = createSheet(name);
      setCell(sheet, 1, 1, `ô của ${name}`);
      model.sheets.push(sheet);
    }
    const workbook = await load(withSheetEmptied(await writeXlsx(model), "Hai"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Một", "Hai", "Ba"]);
    expect(workbook.getWorksheet("Một")?.getCell("A1").value).toBe("ô của Một");
    expect(workbook.getWorksheet("Hai")?.actualRowCount).toBe(0);
    expect(workbook.getWorksheet("Ba")?.getCell("A1").value).toBe("ô của Ba");
  });

  it("leaves a workbook without that sheet as it was", async () => {
    const bytes = await writeXlsx(createWorkbook({ creator: "x", created: WHEN }));
    expect(withSheetEmptied(bytes, HISTORY_SHEET)).toBe(bytes);
  });
});
