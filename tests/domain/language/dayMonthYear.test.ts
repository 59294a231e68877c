import { formatDayMonthYear, parseDayMonthYear } from "../../../src/domain/language/dayMonthYear";

describe("dayMonthYear", () => {
  it("shows a day as dd/mm/yyyy", () => {
    expect(formatDayMonthYear("2026-05-04")).toBe("04/05/2026");
  });

  it.each([
    ["04/05/2026", "2026-05-04"],
    ["4/5/2026", "2026-05-04"],
    [" 29.02.2028 ", "2028-02-29"],
    ["10-05-2026", "2026-05-10"],
  ])("reads %p as %s, day first", (text, day) => {
    expect(parseDayMonthYear(text)).toBe(day);
  });

  it.each(["29/02/2026", "05/13/2026", "2026-05-04", "4/5/26", ""])("reads %p as no day", (text) => {
    expect(parseDayMonthYear(text)).toBeUndefined();
  });
});
