import { buildSummaryWorkbook, summarySheetNames } from "../../../src/workbook/summary/buildSummaryWorkbook";
import { splitSummaryWorkbook, workingFileName } from "../../../src/workbook/summary/splitSummaryWorkbook";
import { catalog, consolidation, findings } from "./summaryFixture";

describe("splitSummaryWorkbook", () => {
  const summary = buildSummaryWorkbook({ catalog, consolidation, findings, generatedAt: new Date(0) });
  const { appendices, working } = splitSummaryWorkbook(summary);

  it("puts the appendices in the file that is printed and every other sheet beside it, none lost", () => {
    expect(appendices.sheets.map((sheet) => sheet.name)).toEqual([
      "Phụ lục I (báo cáo)",
      "Phụ lục II (báo cáo)",
      "Phụ lục III (báo cáo)",
      "Phụ lục IV (báo cáo)",
    ]);
    expect([...appendices.sheets, ...working.sheets].map((sheet) => sheet.name)).toEqual([...summarySheetNames]);
    expect(working.styles).toBe(summary.styles);
  });

  it("names the working file after the summary", () => {
    expect(workingFileName("out/tong-hop-2026-05.xlsx")).toBe("out/tong-hop-2026-05-lam-viec.xlsx");
    expect(workingFileName("tong-hop")).toBe("tong-hop-lam-viec.xlsx");
  });
});
