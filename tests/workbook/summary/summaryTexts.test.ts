import { period } from "../../domain/consolidation/fixtures";
import { periodHeading } from "../../../src/workbook/summary/periodHeading";
import { shortName } from "../../../src/workbook/summary/unitMatrixSheet";

describe("periodHeading", () => {
  it.each([
    ["2026-05", "THÁNG 5 NĂM 2026"],
    ["2026-Q2", "QUÝ II NĂM 2026"],
    ["2026-H1", "6 THÁNG ĐẦU NĂM 2026"],
    ["2026", "NĂM 2026"],
  ])("writes %s in a title as %s", (code, heading) => {
    expect(periodHeading(period(code))).toBe(heading);
  });
});

describe("shortName", () => {
  it("keeps a short name whole", () => {
    expect(shortName("Tỷ lệ người dân có chữ ký số")).toBe("Tỷ lệ người dân có chữ ký số");
  });

  it("cuts a long name at a word, without a dangling comma", () => {
    expect(
      shortName("Tỷ lệ thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính giữa trung ương"),
    ).toBe("Tỷ lệ thủ tục hành chính được tiếp nhận, giải …");
    expect(shortName("Tỷ lệ cán bộ, công chức, viên chức được đào tạo, bồi dưỡng kỹ năng số")).toBe(
      "Tỷ lệ cán bộ, công chức, viên chức được đào tạo …",
    );
  });
});
