import type ExcelJS from "exceljs";
import { buildPlanWorkbook } from "../../../src/workbook/templates/buildPlanAppendices";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { CATALOG, cellAt, loadXlsx, sheetOf } from "./formTestSupport";

/** Row number of the first row whose column A shows `stt` and column B starts with `name`. */
function rowOf(sheet: ExcelJS.Worksheet, stt: string, name: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (cellAt(sheet, `A${r}`).value === stt && String(cellAt(sheet, `B${r}`).value).startsWith(name)) return r;
  }
  throw new Error(`no row ${stt} ${name}`);
}

describe("the plan's appendices", () => {
  let workbook: ExcelJS.Workbook;
  let indicators: ExcelJS.Worksheet;
  let tasks: ExcelJS.Worksheet;

  beforeAll(async () => {
    workbook = await loadXlsx(await writeXlsx(buildPlanWorkbook(CATALOG)));
    indicators = sheetOf(workbook, "Phụ lục I");
    tasks = sheetOf(workbook, "Phụ lục II");
  });

  it("opens each appendix with the decree's title block", () => {
    expect(cellAt(indicators, "A1").value).toBe("Phụ lục I");
    expect(cellAt(indicators, "A1").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(cellAt(indicators, "A1").alignment).toMatchObject({ horizontal: "center" });
    expect(cellAt(indicators, "A2").value).toBe("CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026");
    expect(cellAt(indicators, "A2").font.bold).toBe(true);
    expect(String(cellAt(indicators, "A3").value)).toMatch(
      /^\(Kèm theo Kế hoạch số .*\/KH-UBND ngày .* của UBND tỉnh Sơn La\)$/,
    );
    expect(cellAt(indicators, "A3").font.italic).toBe(true);
    expect(cellAt(indicators, "F1").master.address).toBe("A1");
    expect(cellAt(tasks, "A1").value).toBe("Phụ lục II");
    expect(cellAt(tasks, "A2").value).toBe("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026");
  });

  it("prints the seed's header rows", () => {
    expect(indicators.getRow(5).values).toEqual([
      undefined,
      "STT",
      "Các mục tiêu/chỉ tiêu",
      "Kết quả năm 2025",
      "Chỉ tiêu năm 2026",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
    ]);
    expect(tasks.getRow(5).values).toEqual([
      undefined,
      "STT",
      "Tên nhiệm vụ",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Sản phẩm",
      "Thời gian hoàn thành",
    ]);
  });

  it("lists the plan's 37 indicators under groups I–III, with the heading 8 over 8.1–8.4 in italics", () => {
    expect(cellAt(indicators, "A6").value).toBe("I");
    expect(cellAt(indicators, "B6").value).toBe("PHÁT TRIỂN HẠ TẦNG SỐ");
    expect(cellAt(indicators, "B6").font.bold).toBe(true);
    expect(cellAt(indicators, "F6").master.address).toBe("B6");
    expect(cellAt(indicators, "A7").value).toBe("1");
    expect(cellAt(indicators, "B7").value).toBe("Tỷ lệ dân số được phủ sóng 5G");
    expect(indicators.getRow(7).values).toEqual([
      undefined,
      "1",
      "Tỷ lệ dân số được phủ sóng 5G",
      "-",
      "70%",
      "Sở Khoa học và Công nghệ",
      "Các Doanh nghiệp viễn thông trên địa bàn",
    ]);
    const heading = rowOf(indicators, "8", "Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục");
    expect(indicators.getRow(heading).getCell(4).value).toBeNull();
    expect(indicators.getRow(heading + 1).getCell(1).value).toBe("8.1");
    expect(indicators.getRow(heading + 1).getCell(2).font.italic).toBe(true);
    expect(indicators.getRow(heading + 3).getCell(5).value).toBe("Bảo hiểm xã hội tỉnh");
    const numbered = [];
    for (let r = 6; r <= indicators.rowCount; r++) {
      const stt = String(indicators.getRow(r).getCell(1).value);
      if (/^\d+(\.\d+)?$/.test(stt)) numbered.push(stt);
    }
    // 37 indicators plus the heading 8; part A (science and innovation) is not in the plan's appendix.
    expect(numbered).toHaveLength(38);
    const groups = [
      6,
      rowOf(indicators, "II", "PHÁT TRIỂN NGUỒN LỰC"),
      rowOf(indicators, "III", "PHÁT TRIỂN CHÍNH QUYỀN SỐ"),
    ];
    expect(groups.every((r) => indicators.getRow(r).getCell(2).font.bold)).toBe(true);
  });

  it("lists every task under groups I–X, keeping the line breaks and the V.5 sub-rows", () => {
    const groupRows = [];
    for (let r = 6; r <= tasks.rowCount; r++) {
      const stt = String(tasks.getRow(r).getCell(1).value);
      if (/^[IVX]+$/.test(stt)) groupRows.push(stt);
    }
    expect(groupRows).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]);
    expect(tasks.rowCount).toBe(5 + 10 + 77);
    const i4 = rowOf(tasks, "4", "- Công khai, minh bạch");
    expect(tasks.getRow(i4).getCell(3).value).toBe("- Sở Tài chính\n- Sở Khoa học và Công nghệ");
    expect(tasks.getRow(i4).getCell(3).alignment).toMatchObject({ wrapText: true });
    const v5 = rowOf(tasks, "5", "Triển khai các Hệ thống thông tin, CSDL chuyên ngành");
    expect(tasks.getRow(v5).getCell(6).value).toBeNull();
    expect(tasks.getRow(v5 + 1).getCell(1).value).toBe("-");
    expect(tasks.getRow(v5 + 1).getCell(6).value).toBe("Hàng tháng");
  });

  it("prints landscape on A4 with the header row on every page and page numbers", () => {
    for (const sheet of [indicators, tasks]) {
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "5:5",
      });
      expect(sheet.headerFooter.oddFooter).toBe("&CTrang &P/&N");
    }
  });

  it("gives wrapped rows a height that fits their longest text", () => {
    // One line of 12 pt is 15,6 pt plus padding; the 7b name (190 letters in a 52-wide column) needs four.
    expect(indicators.getRow(6).height).toBe(20);
    const long = rowOf(indicators, "7", "Tỷ lệ thành viên Tổ công nghệ số cộng đồng");
    expect(indicators.getRow(long).height).toBe(67);
  });
});
