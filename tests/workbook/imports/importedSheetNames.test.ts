import { importedSheetNames, uniqueSheetName } from "../../../src/workbook/imports/importedSheetNames";

describe("importedSheetNames", () => {
  it("names a unit's sheets after it, and a second import of the same unit with Excel's (2)", () => {
    const taken = new Set(["sheet1", "chỉ tiêu"]);
    expect(importedSheetNames("Xã Mường Sại", taken)).toEqual({
      indicators: "CT Xã Mường Sại",
      tasks: "NV Xã Mường Sại",
      documents: "VB Xã Mường Sại",
      identity: "_dinh_danh",
    });
    expect(importedSheetNames("Xã Mường Sại", taken)).toEqual({
      indicators: "CT Xã Mường Sại (2)",
      tasks: "NV Xã Mường Sại (2)",
      documents: "VB Xã Mường Sại (2)",
      identity: "_dinh_danh (2)",
    });
  });

  it("keeps within Excel's 31 characters, the suffix included, for the register's longest name", () => {
    const taken = new Set<string>();
    const unit = "Các doanh nghiệp viễn thông trên địa bàn";
    const first = importedSheetNames(unit, taken);
    const second = importedSheetNames(unit, taken);
    expect(first.indicators).toBe("CT Các doanh nghiệp viễn thông");
    expect(second.indicators).toBe("CT Các doanh nghiệp viễn th (2)");
    for (const name of [...Object.values(first), ...Object.values(second)]) {
      expect(name.length).toBeLessThanOrEqual(31);
    }
  });

  it("compares without case, as Excel does, and drops the characters Excel refuses", () => {
    const taken = new Set(["ct sở y tế"]);
    expect(uniqueSheetName("CT Sở Y Tế", taken)).toBe("CT Sở Y Tế (2)");
    expect(uniqueSheetName("NV 'Sở: Y/tế?'", new Set())).toBe("NV 'Sở Y tế");
    expect(taken.has("ct sở y tế (2)")).toBe(true);
  });
});
