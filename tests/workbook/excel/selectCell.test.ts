import { selectCell } from "../../../src/workbook/excel/selectCell";
import { FakeExcel } from "./fakeExcel";
import { installRangeReads, selectionsOf } from "./fakeExcelReads";

installRangeReads();

describe("selectCell", () => {
  it("activates the finding's sheet and selects its cell in one sync", async () => {
    const excel = new FakeExcel(["Hướng dẫn", "Chỉ tiêu", "Nhiệm vụ"]);
    await selectCell(excel.requestContext, "Chỉ tiêu", "E12");
    expect(excel.active?.name).toBe("Chỉ tiêu");
    expect(selectionsOf(excel)).toEqual([{ sheet: "Chỉ tiêu", address: "E12" }]);
    expect(excel.syncCount).toBe(1);
  });

  it("fails, selecting nothing, when the sheet was renamed away", async () => {
    const excel = new FakeExcel(["Hướng dẫn"]);
    await expect(selectCell(excel.requestContext, "Chỉ tiêu", "E12")).rejects.toThrow("ItemNotFound");
    expect(selectionsOf(excel)).toEqual([]);
  });
});
