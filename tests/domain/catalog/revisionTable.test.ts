/** The catalog's dated changes as the fifth catalog sheet, "Danh mục thay đổi": written, typed in, read back. */
import { buildCatalog, type CatalogRows } from "../../../src/domain/catalog/buildCatalog";
import { catalogRows2026 } from "../../../src/domain/catalog/catalog2026";
import { catalogFromTables } from "../../../src/domain/catalog/catalogFromTables";
import type { CatalogTables } from "../../../src/domain/catalog/catalogTable";
import { buildCatalogSheets } from "../../../src/workbook/catalogSheets/buildCatalogSheets";
import { parseAddress } from "../../../src/workbook/model/addresses";
import { checkWorkbook } from "../../../src/workbook/model/checkWorkbook";
import type { Sheet } from "../../../src/workbook/model/types";

/** A sheet's values as the Excel reader hands them over: text, anchored at A1. */
function sheetTable(sheet: Sheet): string[][] {
  const rows: string[][] = [];
  for (const [a1, cell] of Object.entries(sheet.cells)) {
    const { row, col } = parseAddress(a1);
    for (let r = rows.length; r < row; r++) rows.push([]);
    const line = rows[row - 1];
    for (let c = line.length; c < col; c++) line.push("");
    line[col - 1] = cell.value === null ? "" : String(cell.value);
  }
  return rows;
}

const ROWS: CatalogRows = {
  ...catalogRows2026,
  revisions: [
    { kind: "target", id: "CDS.III.14", from: "2026-05-20", target: "≥ 50%" },
    { kind: "merged", id: "phuong-chieng-an", from: "2026-06-01", predecessors: ["phuong-chieng-coi", "xa-muong-sai"] },
  ],
};

function tablesOf(rows: CatalogRows): CatalogTables {
  const [indicators, programmes, tasks, units, revisions] = buildCatalogSheets(rows).sheets.map(sheetTable);
  return { indicators, programmes, tasks, units, ...(revisions ? { revisions } : {}) };
}

describe("the changes' sheet", () => {
  it("is written only for a plan with changes, one row per change, with the kinds as a drop-down", () => {
    expect(buildCatalogSheets(catalogRows2026).sheets).toHaveLength(4);
    const workbook = buildCatalogSheets(ROWS);
    const sheet = workbook.sheets[4];
    expect(sheet.name).toBe("Danh mục thay đổi");
    expect(sheetTable(sheet).slice(0, 3)).toEqual([
      [
        "Loại thay đổi",
        "Mã chỉ tiêu, nhiệm vụ hoặc đơn vị",
        "Áp dụng từ ngày",
        "Chỉ tiêu mới",
        "Tên mới của đơn vị",
        "Mã các đơn vị được sáp nhập",
      ],
      ["Điều chỉnh chỉ tiêu", "CDS.III.14", "20/05/2026", "≥ 50%", "", ""],
      ["Sáp nhập đơn vị", "phuong-chieng-an", "01/06/2026", "", "", "phuong-chieng-coi; xa-muong-sai"],
    ]);
    expect(sheet.validations[0].rule).toEqual({
      kind: "list",
      values: ["Điều chỉnh chỉ tiêu", "Bổ sung", "Bãi bỏ", "Đổi tên đơn vị", "Sáp nhập đơn vị"],
    });
    expect(checkWorkbook(workbook)).toEqual([]);
  });

  it("reads back into the same changes as the data file gave", () => {
    const fromFile = buildCatalog(ROWS);
    const fromSheets = catalogFromTables(tablesOf(ROWS));
    expect(fromSheets.ok && fromSheets.value.revisions).toEqual(fromFile.ok && fromFile.value.revisions);
  });

  it("takes a change typed by the officer: a rename with its day as text, a withdrawal dated by Excel", () => {
    const tables = tablesOf(ROWS);
    tables.revisions?.push(["Đổi tên đơn vị", "xa-chieng-hac", "1/7/2026", "", "Xã Chiềng Hặc Mới", ""]);
    // 46204 is 1/7/2026 as Excel keeps a day typed into a date-formatted cell.
    tables.revisions?.push(["bãi bỏ", "NV.I.1", "46204", "", "", ""]);
    const result = catalogFromTables(tables);
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
    expect(result.value.revisions?.slice(2)).toEqual([
      { kind: "renamed", id: "xa-chieng-hac", from: "2026-07-01", name: "Xã Chiềng Hặc Mới" },
      { kind: "withdrawn", id: "NV.I.1", from: "2026-07-01" },
    ]);
  });

  it("names the sheet and row of a change it cannot take", () => {
    const tables = tablesOf(ROWS);
    // Typed into the first spare row, under the two changes written.
    (tables.revisions as string[][])[3] = ["Điều chỉnh chỉ tiêu", "CDS.III.14", "31/06/2026", "60%", "", ""];
    const result = catalogFromTables(tables);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.message)).toEqual([
      "Trang “Danh mục thay đổi”, dòng 4: Thay đổi thứ 3 (Điều chỉnh chỉ tiêu CDS.III.14, từ ngày 31/06/2026): ngày áp dụng “31/06/2026” không đọc được; ghi ngày dạng 2026-06-01 hoặc 01/06/2026.",
    ]);
  });

  it("an empty changes' sheet is no changes", () => {
    const tables = { ...tablesOf(catalogRows2026), revisions: [tablesOf(ROWS).revisions?.[0] ?? []] };
    const result = catalogFromTables(tables);
    expect(result.ok && result.value.revisions).toBeUndefined();
  });
});
