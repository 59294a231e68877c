import { readDocumentDate } from "../../../src/domain/documents/documentDate";

describe("readDocumentDate", () => {
  it.each([
    ["14/4/2026", "2026-04-14"],
    ["14/04/2026", "2026-04-14"],
    ["01/05/2026", "2026-05-01"],
    [" ngày 9/5/2026 ", "2026-05-09"],
    ["14-4-2026", "2026-04-14"],
    ["14.04.2026", "2026-04-14"],
    // ExcelJS gives a real Excel date as the ISO day.
    ["2026-04-14", "2026-04-14"],
  ])("reads the text %j as %s", (raw, iso) => {
    expect(readDocumentDate(raw)).toBe(iso);
  });

  it("reads Excel's day count, as Office.js gives a date without its format", () => {
    expect(readDocumentDate(46126)).toBe("2026-04-14");
    expect(readDocumentDate(46152)).toBe("2026-05-10");
  });

  it.each([["31/2/2026"], ["14/13/2026"], ["abc"], ["2026"], ["4/2026"], [""]])("refuses the text %j", (raw) => {
    expect(readDocumentDate(raw)).toBeUndefined();
  });

  it("refuses what is no day: a fraction, a negative count, a boolean, a blank", () => {
    expect(readDocumentDate(46126.5)).toBeUndefined();
    expect(readDocumentDate(-3)).toBeUndefined();
    expect(readDocumentDate(true)).toBeUndefined();
    expect(readDocumentDate(null)).toBeUndefined();
  });
});
