import { readSheetValues } from "../../../src/workbook/excel/readSheetValues";
import { FakeExcel } from "./fakeExcel";
import { installUsedRangeReads } from "./fakeExcelUsedRange";

function typed(excel: FakeExcel, sheet: string, cells: Record<string, unknown>) {
  for (const [a1, value] of Object.entries(cells)) excel.sheet(sheet).cells.set(a1, { value, numberFormat: "@" });
}

describe("readSheetValues", () => {
  it("reads the used range of every named sheet in one sync, as text anchored at A1", async () => {
    const excel = new FakeExcel(["Phụ lục I", "Danh mục đơn vị", "Danh mục chỉ tiêu"]);
    installUsedRangeReads(excel);
    typed(excel, "Danh mục đơn vị", { A1: "Mã đơn vị", B1: "Tên đơn vị", A2: "so-yt", B2: "Sở Y tế" });
    // The year typed without the text format comes back as a number; the title row was cleared.
    typed(excel, "Danh mục chỉ tiêu", { B2: "Năm kế hoạch", C2: 2027, B3: "Mã chỉ tiêu", C4: "" });
    const read = await readSheetValues(excel.requestContext, ["Danh mục chỉ tiêu", "Danh mục đơn vị"]);
    expect(excel.syncCount).toBe(1);
    expect(read).toEqual({
      tables: {
        "Danh mục chỉ tiêu": [[], ["", "Năm kế hoạch", "2027"], ["", "Mã chỉ tiêu", ""]],
        "Danh mục đơn vị": [
          ["Mã đơn vị", "Tên đơn vị"],
          ["so-yt", "Sở Y tế"],
        ],
      },
      missing: [],
    });
  });

  it("reports the sheets the workbook lacks and gives an empty table for an empty sheet, still in one sync", async () => {
    const excel = new FakeExcel(["Danh mục nhiệm vụ"]);
    installUsedRangeReads(excel);
    const read = await readSheetValues(excel.requestContext, [
      "Danh mục chỉ tiêu",
      "Danh mục nhiệm vụ",
      "Danh mục đơn vị",
    ]);
    expect(excel.syncCount).toBe(1);
    expect(read).toEqual({ tables: { "Danh mục nhiệm vụ": [] }, missing: ["Danh mục chỉ tiêu", "Danh mục đơn vị"] });
  });
});
