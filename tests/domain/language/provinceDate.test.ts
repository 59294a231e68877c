import { provinceDate } from "../../../src/domain/language/provinceDate";

describe("provinceDate", () => {
  it.each([
    ["2026-05-13T23:30:00Z", "2026-05-14"], // 06:30 on the 14th in Sơn La, still the 13th in UTC
    ["2026-05-14T00:00:00Z", "2026-05-14"],
    ["2026-05-14T16:59:59Z", "2026-05-14"], // 23:59:59 in Sơn La
    ["2026-05-14T17:00:00Z", "2026-05-15"], // midnight in Sơn La
    ["2026-12-31T17:00:00Z", "2027-01-01"],
  ])("%s is %s in Sơn La", (instant, day) => {
    expect(provinceDate(new Date(instant))).toBe(day);
  });
});
