import { period } from "../../domain/consolidation/fixtures";
import { periodHeading } from "../../../src/workbook/summary/periodHeading";
import { receivedTime } from "../../../src/workbook/summary/summaryDates";
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

describe("summary dates", () => {
  it("writes a day the way the report does", () => {});

  it.each([
    ["2026-05-08T09:05:00", "08/05/2026 09:05"],
    ["2026-05-12 16:30", "12/05/2026 16:30"],
    ["2026-05-09T15:20:00.000Z", "09/05/2026 15:20"],
    ["2026-05-10", "10/05/2026"],
    ["hôm qua", "hôm qua"],
  ])("shows the receipt time %s as %s", (receivedAt, shown) => {
    expect(receivedTime(receivedAt)).toBe(shown);
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
