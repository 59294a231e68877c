import { buildCatalog } from "../../../src/domain/catalog/buildCatalog";
import { catalog2026, catalogRows2026 } from "../../../src/domain/catalog/catalog2026";
import { catalogFromTables } from "../../../src/domain/catalog/catalogFromTables";
import { catalogRowsOf } from "../../../src/domain/catalog/catalogRowsOf";
import { catalogRowsFromTables, type CatalogTables } from "../../../src/domain/catalog/catalogTable";
import type { ParseIssue } from "../../../src/domain/result";
import { buildCatalogSheets } from "../../../src/workbook/catalogSheets/buildCatalogSheets";
import { parseAddress } from "../../../src/workbook/model/addresses";
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

function tables2026(): CatalogTables {
  const [indicators, programmes, tasks, units] = buildCatalogSheets(catalogRows2026).sheets.map(sheetTable);
  return { indicators, programmes, tasks, units };
}

function issuesOf(tables: CatalogTables): ParseIssue[] {
  const result = catalogFromTables(tables);
  if (result.ok) throw new Error("expected issues");
  return result.issues;
}

describe("catalog sheets → rows", () => {
  it("reads back the 2026 plan exactly as it was written, and builds the same catalog", () => {
    const rows = catalogRowsFromTables(tables2026());
    expect(rows).toEqual({ ok: true, value: catalogRows2026 });
    expect(buildCatalog(rows.ok ? rows.value : catalogRows2026)).toEqual({ ok: true, value: catalog2026() });
  });

  it("gives back the rows a built catalog came from, so the catalog in use can be written out again", () => {
    expect(catalogRowsOf(catalog2026())).toEqual(catalogRows2026);
  });

  it("uses a target, a deadline and a year the officer edited", () => {
    const tables = tables2026();
    tables.indicators[0][1] = "2027";
    tables.indicators[4][9] = "03"; // row 5, KHCN.II.2 "Có 02 tổ chức khoa học và công nghệ công lập": 02 → 03
    tables.tasks[3][11] = "Quý III/2027"; // row 4, NV.I.3 "Trước 30/11/2026" → "Quý III/2027"
    const result = catalogFromTables(tables);
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
    const catalog = result.value;
    expect(catalog.year).toBe(2027);
    expect(catalog.indicators.find((i) => i.id === "KHCN.II.2")?.target).toEqual({
      raw: "03",
      op: ">=",
      value: 3,
      unit: "count",
    });
    const deadline = catalog.tasks.find((t) => t.id === "NV.I.3")?.deadline;
    expect(deadline?.raw).toBe("Quý III/2027");
    expect(deadline?.parts).toEqual([expect.objectContaining({ kind: "due", from: "2027-07-01", to: "2027-09-30" })]);
  });

  it("finds the columns by their header, wherever the officer moved them, and skips blank rows", () => {
    const tables = tables2026();
    tables.units = tables.units.map((row) => [row[3] ?? "", row[0], row[2], row[1]]);
    tables.units.splice(3, 0, ["", "", "", ""]);
    const rows = catalogRowsFromTables(tables);
    expect(rows.ok && rows.value.units).toEqual(catalogRows2026.units);
  });

  it("reads a unit typed into a spare row, its other names separated by semicolons", () => {
    const tables = tables2026();
    tables.units.push(["xa-moi", "Xã Mới", "Xã phường", "Xa Moi;  Xã Mơi ;"]);
    const rows = catalogRowsFromTables(tables);
    expect(rows.ok && rows.value.units.at(-1)).toEqual({
      id: "xa-moi",
      name: "Xã Mới",
      group: "xa",
      variants: ["Xa Moi", "Xã Mơi"],
    });
  });
});

describe("catalog sheets with mistakes", () => {
  it("names the sheet, row and id of an unknown measure, aggregation rule and heading mark", () => {
    const tables = tables2026();
    tables.indicators[2][10] = "phần trăm"; // row 3, KHCN.I.1
    tables.indicators[3][13] = "Trung bình"; // row 4, KHCN.II.1
    tables.tasks[1][7] = "có"; // row 2, NV.I.1
    expect(issuesOf(tables).map((issue) => issue.message)).toEqual([
      "Trang “Danh mục chỉ tiêu”, dòng 3 (mã KHCN.I.1): cột “Loại số liệu” ghi “phần trăm”, phải là một trong: “Tỷ lệ %”, “Số lượng”, “Số tiền”, “Không định lượng”.",
      "Trang “Danh mục chỉ tiêu”, dòng 4 (mã KHCN.II.1): cột “Cách tổng hợp” ghi “Trung bình”, phải là một trong: “Số liệu của cơ quan chủ trì”, “Tổng tử số chia tổng mẫu số”, “Cộng số liệu các đơn vị”, “Tỷ lệ đơn vị đạt chỉ tiêu”, “Cộng số liệu rồi tính trên số dân”.",
      "Trang “Danh mục nhiệm vụ”, dòng 2 (mã NV.I.1): cột “Dòng tiêu đề” ghi “có”; ghi “x” cho dòng tiêu đề, để trống cho dòng thường.",
    ]);
  });

  it("reports an empty id, a duplicate id and an unknown parent by row", () => {
    const tables = tables2026();
    tables.indicators[5][0] = ""; // row 6, was KHCN.II.3
    tables.tasks[3][0] = "NV.I.1"; // row 4 repeats row 2
    tables.indicators[29][6] = "CDS.II.9"; // row 30, CDS.II.8.1 under a parent that does not exist
    const issues = issuesOf(tables);
    expect(issues.map((issue) => issue.code)).toEqual(["empty_id", "unknown_parent", "duplicate_id"]);
    expect(issues.map((issue) => issue.message)).toEqual([
      "Trang “Danh mục chỉ tiêu”, dòng 6: chưa ghi “Mã chỉ tiêu”.",
      "Trang “Danh mục chỉ tiêu”, dòng 30 (mã CDS.II.8.1): cột “Mã chỉ tiêu cha” ghi mã CDS.II.9, không có dòng nào mang mã này trong trang.",
      "Trang “Danh mục nhiệm vụ”, dòng 4: mã NV.I.1 trùng với mã ở dòng 2.",
    ]);
  });

  it("reports a renamed column and a missing year instead of guessing", () => {
    const tables = tables2026();
    tables.indicators[0][1] = "";
    tables.tasks[0][11] = "Thời gian";
    expect(issuesOf(tables).map((issue) => issue.message)).toEqual([
      "Trang “Danh mục chỉ tiêu”: chưa ghi năm kế hoạch vào ô bên phải ô “Năm kế hoạch”.",
      "Trang “Danh mục nhiệm vụ”: thiếu cột “Thời hạn hoàn thành”. Không đổi tên hay xóa các cột của danh mục.",
    ]);
  });

  it("points a target or deadline the parsers cannot read at its sheet and row", () => {
    const tables = tables2026();
    tables.indicators[4][9] = "khoảng vài tổ chức"; // row 5, KHCN.II.2
    tables.tasks[3][11] = "Sớm nhất có thể"; // row 4, NV.I.3
    const issues = issuesOf(tables);
    expect(issues.map((issue) => issue.path.slice(0, 4))).toEqual([
      ["Danh mục chỉ tiêu", 5, "KHCN.II.2", "target2026"],
      ["Danh mục nhiệm vụ", 4, "NV.I.3", "deadline"],
    ]);
    expect(issues[0].message).toBe(
      "Trang “Danh mục chỉ tiêu”, dòng 5 (mã KHCN.II.2): Không đọc được chỉ tiêu “khoảng vài tổ chức”: cần ghi một mức (ví dụ 70%, ≥ 50%, ít nhất 1%, không quá 5%, 02, tăng tối thiểu 01).",
    );
    expect(issues[1].message).toMatch(/^Trang “Danh mục nhiệm vụ”, dòng 4 \(mã NV\.I\.3\): .*Sớm nhất có thể/);
  });
});

describe("the population on the indicators sheet", () => {
  /** The cell right of a label in row 1, as the officer sees it beside the year. */
  const valueRightOf = (tables: CatalogTables, label: string) => tables.indicators[0].indexOf(label) + 1;

  it("is written in row 1 beside the year, each value right of its label", () => {
    const [first] = tables2026().indicators;
    expect(first.slice(0, 2)).toEqual(["Năm kế hoạch", "2026"]);
    expect(first.filter((text) => text !== "")).toEqual([
      "Năm kế hoạch",
      "2026",
      "Số dân của tỉnh (người)",
      "1248415",
      "Năm của số dân",
      "2019",
      "Nguồn số dân",
      "Tổng điều tra dân số và nhà ở 01/4/2019",
    ]);
  });

  it("reads the officer's edited figure, typed with thousands dots", () => {
    const tables = tables2026();
    tables.indicators[0][valueRightOf(tables, "Số dân của tỉnh (người)")] = "1.300.000";
    tables.indicators[0][valueRightOf(tables, "Năm của số dân")] = "2025";
    tables.indicators[0][valueRightOf(tables, "Nguồn số dân")] = "Niên giám thống kê 2025";
    const result = catalogFromTables(tables);
    expect(result.ok && result.value.population).toEqual({
      people: 1_300_000,
      year: 2025,
      source: "Niên giám thống kê 2025",
    });
  });

  it("is absent when the officer clears the figure", () => {
    const tables = tables2026();
    tables.indicators[0][valueRightOf(tables, "Số dân của tỉnh (người)")] = "";
    const result = catalogFromTables(tables);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.population).toBeUndefined();
  });

  it("names the sheet and the label of a figure that is not a number of people, or of a bad year", () => {
    const tables = tables2026();
    tables.indicators[0][valueRightOf(tables, "Số dân của tỉnh (người)")] = "khoảng 1,3 triệu";
    expect(issuesOf(tables).map((issue) => issue.message)).toEqual([
      "Trang “Danh mục chỉ tiêu”: ô bên phải ô “Số dân của tỉnh (người)” ghi “khoảng 1,3 triệu”, phải là số người (ví dụ 1.248.415), hoặc để trống nếu chưa có.",
    ]);
    const badYear = tables2026();
    badYear.indicators[0][valueRightOf(badYear, "Năm của số dân")] = "năm ngoái";
    expect(issuesOf(badYear).map((issue) => issue.code)).toEqual(["bad_population_year"]);
  });
});

describe("a per-population indicator whose name counts per nobody", () => {
  it("fails the catalog, naming the indicator", () => {
    const rows = structuredClone(catalogRows2026);
    const khcn = rows.indicators.find((row) => row.id === "KHCN.I.1")!;
    khcn.name = "Có 8 người thực hiện công tác nghiên cứu khoa học";
    const built = buildCatalog(rows);
    expect(built.ok).toBe(false);
    expect(!built.ok && built.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [["KHCN.I.1", "name"], "no_population_scale"],
    ]);
  });
});

describe("programmes in the catalog sheets", () => {
  it("writes one row per programme and reads a new programme and its task typed into spare rows", () => {
    const tables = tables2026();
    const ids = tables.programmes.slice(1).map((row) => row[0]);
    expect(ids.filter((id) => id !== "")).toEqual(catalogRows2026.programmes.map((p) => p.id));
    tables.programmes.push([
      "GV-TB20-2026",
      "Văn bản giao nhiệm vụ",
      "B",
      "Nhiệm vụ tại Thông báo số 20-TB/BCĐ",
      "Thông báo số 20-TB/BCĐ ngày 02/6/2026",
      "",
      "",
      "",
    ]);
    const row = [
      "GV20.1",
      "GV-TB20-2026",
      "",
      "",
      "1",
      "Rà soát hạ tầng",
      "",
      "",
      "Sở Tài chính",
      "",
      "",
      "Tháng 7/2026",
    ];
    tables.tasks.push(row);
    const result = catalogFromTables(tables);
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
    expect(result.value.programmes.at(-1)).toEqual({
      id: "GV-TB20-2026",
      kind: "assignment",
      part: "B",
      title: "Nhiệm vụ tại Thông báo số 20-TB/BCĐ",
      source: "Thông báo số 20-TB/BCĐ ngày 02/6/2026",
      partial: false,
    });
    const task = result.value.tasks.at(-1);
    expect(task).toMatchObject({ id: "GV20.1", programmeId: "GV-TB20-2026", name: "Rà soát hạ tầng" });
    expect(task?.deadline.parts).toEqual([expect.objectContaining({ from: "2026-07-01", to: "2026-07-31" })]);
  });

  it("names the row of a task whose programme does not exist, and of a partial mark or declared total it cannot read", () => {
    const tables = tables2026();
    tables.tasks[2][1] = "CDS-2027"; // row 3, NV.I.2
    const khcnRow = tables.programmes.findIndex((row) => row[0] === "KHCN-2026");
    tables.programmes[khcnRow][6] = "khoảng 28";
    tables.programmes[khcnRow][5] = "có";
    expect(issuesOf(tables).map((issue) => issue.message)).toEqual([
      `Trang “Danh mục chương trình”, dòng ${khcnRow + 1} (mã KHCN-2026): cột “Danh mục chưa đủ” ghi “có”; ghi “x” khi danh mục mới có một phần nhiệm vụ của chương trình, để trống khi đã đủ.`,
      `Trang “Danh mục chương trình”, dòng ${khcnRow + 1} (mã KHCN-2026): cột “Tổng số nhiệm vụ theo văn bản” ghi “khoảng 28”; ghi một số nguyên dương (ví dụ 28) hoặc để trống.`,
    ]);
    tables.programmes[khcnRow][5] = "x";
    tables.programmes[khcnRow][6] = "28";
    expect(issuesOf(tables).map((issue) => issue.message)).toEqual([
      "Trang “Danh mục nhiệm vụ”, dòng 3 (mã NV.I.2): Nhiệm vụ NV.I.2 thuộc chương trình mã “CDS-2027”, không có chương trình nào mang mã này.",
    ]);
  });
});
