import { catalogRows2026 } from "../../../src/domain/catalog/catalog2026";
import { buildCatalogSheets, SPARE_ROWS } from "../../../src/workbook/catalogSheets/buildCatalogSheets";
import { usedBounds } from "../../../src/workbook/model/buildSheet";
import { resolveStyle } from "../../../src/workbook/model/cellFormats";
import { checkWorkbook } from "../../../src/workbook/model/checkWorkbook";

const workbook = buildCatalogSheets(catalogRows2026);
const [indicators, programmes, tasks, units] = workbook.sheets;

describe("buildCatalogSheets", () => {
  it("lays out the four sheets with the year above the indicators' header, one row per item", () => {
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual([
      "Danh mục chỉ tiêu",
      "Danh mục chương trình",
      "Danh mục nhiệm vụ",
      "Danh mục đơn vị",
    ]);
    expect([indicators.cells.A1.value, indicators.cells.B1.value]).toEqual(["Năm kế hoạch", "2026"]);
    expect(indicators.cells.A2).toEqual({ value: "Mã chỉ tiêu", style: "header" });
    expect([indicators.cells.A5.value, indicators.cells.J5.value]).toEqual(["KHCN.II.2", "02"]);
    expect([tasks.cells.A1.value, tasks.cells.B4.value, tasks.cells.L4.value]).toEqual([
      "Mã nhiệm vụ",
      "CDS-2026",
      "Trước 30/11/2026",
    ]);
    const khcn = catalogRows2026.programmes.findIndex((programme) => programme.id === "KHCN-2026") + 2;
    expect(["A", "B", "C", "F", "G", "H"].map((col) => programmes.cells[`${col}${khcn}`].value)).toEqual([
      "KHCN-2026",
      "Kế hoạch năm",
      "A",
      "x",
      "28",
      "",
    ]);
    expect([units.cells.A4.value, units.cells.D4.value]).toEqual(["so-tc", "Sở Tài Chính; Sở TC"]);
    expect(checkWorkbook(workbook)).toEqual([]);
  });

  it("puts the population beside the year, labels bold and values text-formatted, empty ones too", () => {
    const row1 = (sheet: typeof indicators) =>
      Object.entries(sheet.cells)
        .filter(([a1]) => /^[A-Z]+1$/.test(a1))
        .map(([a1, cell]) => [a1, cell.value, resolveStyle(workbook, cell.style)?.font?.bold ?? false]);
    expect(row1(indicators)).toEqual([
      ["A1", "Năm kế hoạch", true],
      ["B1", "2026", false],
      ["F1", "Số dân của tỉnh (người)", true],
      ["G1", "1248415", false],
      ["I1", "Năm của số dân", true],
      ["J1", "2019", false],
      ["L1", "Nguồn số dân", true],
      ["M1", "Tổng điều tra dân số và nhà ở 01/4/2019", false],
    ]);
    const { population: _, ...withoutPopulation } = catalogRows2026;
    const blank = buildCatalogSheets(withoutPopulation).sheets[0];
    expect(blank.cells.F1.value).toBe("Số dân của tỉnh (người)");
    expect(blank.cells.G1.value).toBeNull();
    expect(resolveStyle(workbook, blank.cells.G1.style)?.numberFormat).toBe("@");
  });

  it("freezes the header and the id column, and gives every column a width", () => {
    expect([indicators.frozen, programmes.frozen, tasks.frozen, units.frozen]).toEqual([
      { rows: 2, columns: 1 },
      { rows: 1, columns: 1 },
      { rows: 1, columns: 1 },
      { rows: 1, columns: 1 },
    ]);
    for (const sheet of workbook.sheets) {
      expect(Object.keys(sheet.columnWidths).length).toBe(usedBounds(sheet)?.right);
    }
  });

  it("leaves text-formatted spare rows with drop-down lists, so rows typed in keep 02 as 02", () => {
    const lastTask = catalogRows2026.tasks.length + 1;
    const spare = tasks.cells[`F${lastTask + 1}`];
    expect(spare.value).toBeNull();
    expect(resolveStyle(workbook, spare.style)?.numberFormat).toBe("@");
    expect(usedBounds(tasks)?.bottom).toBe(lastTask + SPARE_ROWS);
    expect(tasks.validations).toEqual([
      { range: `H2:H${lastTask + SPARE_ROWS}`, rule: { kind: "list", values: ["x"] }, allowBlank: true },
    ]);
    expect(programmes.validations.map((validation) => validation.rule)).toEqual([
      { kind: "list", values: ["Kế hoạch năm", "Chuyển tiếp từ năm trước", "Văn bản giao nhiệm vụ"] },
      { kind: "list", values: ["A", "B"] },
      { kind: "list", values: ["x"] },
    ]);
    expect(units.validations[0].rule).toEqual({
      kind: "list",
      values: ["Sở ban ngành", "Xã phường", "Đơn vị khác"],
    });
  });
});
