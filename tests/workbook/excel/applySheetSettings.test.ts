import { applyValidation } from "../../../src/workbook/excel/applySheetSettings";

/** One range's dataValidation as Office.js exposes it: properties the code sets. */
function sheetRecording() {
  const set: Record<string, Record<string, unknown>> = {};
  const sheet = {
    getRange: (range: string) => ({ dataValidation: (set[range] ??= {}) }),
  } as unknown as Excel.Worksheet;
  return { sheet, set };
}

describe("applyValidation", () => {
  it("writes a list read from a range of the sheet as a drop-down whose source is that range", () => {
    const { sheet, set } = sheetRecording();
    applyValidation(sheet, {
      range: "E5:E34",
      rule: { kind: "listRange", range: "$G$5:$G$66" },
      allowBlank: true,
    });
    expect(set["E5:E34"]).toEqual({
      rule: { list: { inCellDropDown: true, source: "=$G$5:$G$66" } },
      ignoreBlanks: true,
    });
  });
});
