import { consolidateAndReport } from "../../../../src/domain/report/reportConsolidation";
import type { DocumentOutcome } from "../../../../src/domain/consolidation/types";
import { createWorkbook } from "../../../../src/workbook/model/buildSheet";
import { addDocumentAppendix } from "../../../../src/workbook/summary/appendix/documentAppendix";
import { addSummaryStyles } from "../../../../src/workbook/summary/summaryStyles";
import { writeXlsx } from "../../../../src/workbook/xlsx/writeXlsx";
import { catalog, period, unitFile } from "../../../domain/consolidation/fixtures";
import { loadXlsx } from "../../templates/formTestSupport";
import { lastRow, rowValues, styleAt } from "../sheetCells";

function document(number: string, date: string, summary: string): DocumentOutcome {
  return { number, date, summary, taskIds: [], cell: { sheet: "Văn bản", cell: "B5" } };
}

const consolidation = consolidateAndReport({
  catalog,
  period: period("2026-05"),
  asOf: "2026-05-14",
  files: [
    unitFile("so-khcn", {
      documents: [
        document("1055/QĐ-UBND", "2026-04-29", "ban hành Kế hoạch chuyển đổi số tỉnh Sơn La năm 2026"),
        document("283/TTr-UBND", "2026-04-15", "Trình dự thảo Báo cáo kết quả tự kiểm tra đợt 2"),
        document("225/TB-UBND", "2026-03-31", "phê duyệt Danh mục các bài toán lớn"),
      ],
    }),
    unitFile("so-yt", { documents: [document("283/ttr-ubnd", "2026-04-15", "Trình dự thảo Báo cáo")] }),
  ],
});

function built() {
  const workbook = createWorkbook({ creator: "test", created: new Date(Date.UTC(2026, 4, 14)) });
  addSummaryStyles(workbook);
  return { workbook, sheet: addDocumentAppendix(workbook, consolidation) };
}

describe("the summary's Phụ lục I", () => {
  it("is titled as the May 2026 report titles it, over STT | VĂN BẢN", () => {
    const { sheet } = built();
    expect(sheet.name).toBe("Phụ lục I (báo cáo)");
    expect(rowValues(sheet, 1, 1)).toEqual(["Phụ lục I"]);
    expect(rowValues(sheet, 2, 1)).toEqual([
      "VĂN BẢN LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ\nNGHỊ QUYẾT 57-NQ/TW BAN HÀNH TRONG THÁNG 5/2026",
    ]);
    expect(rowValues(sheet, 5, 2)).toEqual(["STT", "VĂN BẢN"]);
  });

  it("lists each document once, numbered in date order, as the report's lines", () => {
    const { sheet } = built();
    expect(lastRow(sheet)).toBe(8);
    expect([6, 7, 8].map((row) => rowValues(sheet, row, 2))).toEqual([
      ["1", "Thông báo số 225/TB-UBND ngày 31/3/2026 phê duyệt Danh mục các bài toán lớn"],
      ["2", "Tờ trình số 283/TTr-UBND ngày 15/4/2026 Trình dự thảo Báo cáo kết quả tự kiểm tra đợt 2"],
      ["3", "Quyết định số 1055/QĐ-UBND ngày 29/4/2026 ban hành Kế hoạch chuyển đổi số tỉnh Sơn La năm 2026"],
    ]);
    expect(styleAt(sheet, 6, 1)).toBe("cellCenter");
    expect(styleAt(sheet, 6, 2)).toBe("cell");
    // Nothing but the appendix: no working column, as 003 prints it.
    expect(Object.keys(sheet.columnWidths)).toHaveLength(2);
  });

  it("writes a real .xlsx printed landscape as the decree says, header row repeated, never shrunk", async () => {
    const { workbook } = built();
    const read = await loadXlsx(await writeXlsx(workbook));
    const sheet = read.getWorksheet("Phụ lục I (báo cáo)")!;
    expect(sheet.getCell("B8").value).toBe(
      "Quyết định số 1055/QĐ-UBND ngày 29/4/2026 ban hành Kế hoạch chuyển đổi số tỉnh Sơn La năm 2026",
    );
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", printTitlesRow: "5:5", fitToPage: false });
  });
});
