import { buildSummaryWorkbook, summarySheetNames } from "../../../src/workbook/summary/buildSummaryWorkbook";
import { resolveStyle, type Workbook } from "../../../src/workbook/model";
import { catalog, consolidation, fileName, findings } from "./summaryFixture";
import { lastRow, rowValues, rowWith, sheetNamed, styleAt, valueAt } from "./sheetCells";

const GENERATED_AT = new Date(Date.UTC(2026, 4, 14, 8, 0));

function build(extra: Partial<Parameters<typeof buildSummaryWorkbook>[0]> = {}): Workbook {
  return buildSummaryWorkbook({ catalog, consolidation, findings, generatedAt: GENERATED_AT, ...extra });
}

const workbook = build();
const indicatorName = (id: string) => catalog.indicators.find((indicator) => indicator.id === id)?.name ?? id;
const taskName = (id: string) => catalog.tasks.find((task) => task.id === id)?.name ?? id;

describe("buildSummaryWorkbook", () => {
  it("has the ten summary sheets, Phụ lục I first, in the order the officer works through them", () => {
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual([
      "Văn bản ban hành",
      "Tổng hợp chỉ tiêu",
      "Tổng hợp nhiệm vụ",
      "Tình hình thực hiện",
      "Tình hình gửi báo cáo",
      "Chi tiết theo đơn vị",
      "Kết quả kiểm tra",
      "Khó khăn, đề xuất",
      "Chi tiết nhiệm vụ",
      "Nội dung báo cáo",
    ]);
    expect(summarySheetNames).toEqual(workbook.sheets.map((sheet) => sheet.name));
  });

  it("prints every sheet landscape on A4 in Times New Roman, header repeated and frozen, with page numbers", () => {
    for (const sheet of workbook.sheets) {
      expect(sheet.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
      expect(sheet.print?.footer?.center).toContain("&P");
      expect(sheet.frozen?.rows).toBe(sheet.print?.titleRows?.last);
      const fonts = new Set(Object.values(sheet.cells).map((cell) => resolveStyle(workbook, cell.style)?.font?.name));
      expect([...fonts]).toEqual(["Times New Roman"]);
    }
  });

  it("builds the same model from the same input", () => {
    expect(build()).toEqual(workbook);
  });
});

describe("Tổng hợp chỉ tiêu (Phụ lục II)", () => {
  const sheet = sheetNamed(workbook, "Tổng hợp chỉ tiêu");

  it("opens with the report's title block and its column headings", () => {
    expect(rowValues(sheet, 1, 1)).toEqual(["Phụ lục II"]);
    expect(valueAt(sheet, 2, 1)).toBe(
      "KẾT QUẢ THỰC HIỆN CHỈ TIÊU KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ THÁNG 5 NĂM 2026",
    );
    expect(valueAt(sheet, 3, 1)).toMatch(/^\(Kèm theo Báo cáo số .*\/BC-UBND ngày .*\)$/);
    expect(resolveStyle(workbook, styleAt(sheet, 1, 1))?.font).toMatchObject({ size: 14, bold: true });
    expect(resolveStyle(workbook, styleAt(sheet, 3, 1))?.font?.italic).toBe(true);
    expect(rowValues(sheet, 5, 9)).toEqual([
      "STT",
      "Các mục tiêu/chỉ tiêu",
      "Kết quả năm 2025",
      "Chỉ tiêu năm 2026",
      "Cơ quan chủ trì",
      "Kết quả thực hiện chỉ tiêu",
      "Đánh giá",
      "Số đơn vị báo cáo",
      "Nguồn",
    ]);
    expect(sheet.print?.titleRows).toEqual({ first: 5, last: 5 });
  });

  it("shows 5G coverage as the report does, not met against 70%, traced to Sở KH&CN's second file", () => {
    const row = rowWith(sheet, 2, "Tỷ lệ dân số được phủ sóng 5G");
    expect(rowValues(sheet, row, 9)).toEqual([
      "1",
      "Tỷ lệ dân số được phủ sóng 5G",
      "-",
      "70%",
      "Sở Khoa học và Công nghệ",
      "67,1%",
      "Chưa đạt",
      "1/1",
      "Sở Khoa học và Công nghệ (2026-05_so-khcn_lan2.xlsx, Chỉ tiêu!F7)",
    ]);
    expect(resolveStyle(workbook, styleAt(sheet, row, 7))?.font?.color).toBe("9C0006");
  });

  it("counts the communes behind a ratio and sends the reader to the matrix for them", () => {
    const row = rowWith(sheet, 2, indicatorName("CDS.III.4"));
    const result = consolidation.indicators.find((indicator) => indicator.id === "CDS.III.4");
    // 90 sở and xã, phường expected; Sở Ngoại vụ and Xã Mường Sại sent nothing, Xã Tà Xùa's file was refused.
    expect(valueAt(sheet, row, 6)).toBe(result?.display);
    expect(valueAt(sheet, row, 8)).toBe("87/90");
    expect(valueAt(sheet, row, 9)).toBe("87 đơn vị — xem Chi tiết theo đơn vị");
  });

  it("says “Chưa có số liệu” where nobody reported", () => {
    const row = rowWith(sheet, 2, indicatorName("CDS.III.21"));
    expect(rowValues(sheet, row, 9).slice(5)).toEqual(["Chưa có số liệu", "Chưa có số liệu", "0/1", null]);
  });

  it("prints the parts, the bold group rows and the heading 8 above its sub-rows 8.1–8.4", () => {
    expect(valueAt(sheet, 6, 1)).toBe("A. KHOA HỌC CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO");
    expect(sheet.merges).toContain("A6:I6");
    const partB = rowWith(sheet, 1, "B. CHUYỂN ĐỔI SỐ");
    expect(rowValues(sheet, partB + 1, 2)).toEqual(["I", "PHÁT TRIỂN HẠ TẦNG SỐ"]);
    expect(resolveStyle(workbook, styleAt(sheet, partB + 1, 2))?.font?.bold).toBe(true);
    const heading = rowWith(sheet, 2, indicatorName("CDS.II.8"));
    expect(rowValues(sheet, heading, 9)).toEqual(["8", indicatorName("CDS.II.8"), ...Array(7).fill(null)]);
    expect(rowValues(sheet, heading + 1, 1)).toEqual(["8.1"]);
    expect(valueAt(sheet, heading + 1, 6)).toBe("40,86%");
    expect(resolveStyle(workbook, styleAt(sheet, heading + 1, 2))?.font?.italic).toBe(true);
  });
});

describe("Tổng hợp nhiệm vụ (Phụ lục III)", () => {
  const sheet = sheetNamed(workbook, "Tổng hợp nhiệm vụ");

  it("has the report's columns, plus whether the task is overdue and where its progress came from", () => {
    expect(valueAt(sheet, 1, 1)).toBe("Phụ lục III");
    expect(valueAt(sheet, 2, 1)).toBe("KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHUYỂN ĐỔI SỐ THÁNG 5 NĂM 2026");
    expect(rowValues(sheet, 5, 9)).toEqual([
      "STT",
      "Tên nhiệm vụ",
      "Cơ quan chủ trì",
      "Sản phẩm",
      "Thời gian hoàn thành",
      "Tiến độ",
      "Mô tả kết quả trong kỳ",
      "Quá hạn",
      "Nguồn",
    ]);
  });

  it("writes the AI-assistant task's progress with Sở KH&CN's description", () => {
    const row = rowWith(sheet, 2, taskName("NV.V.2"));
    expect(rowValues(sheet, row, 9).slice(2)).toEqual([
      "Sở Khoa học và Công nghệ",
      "Công cụ trợ lý ảo cho cán bộ, công chức, viên chức",
      "Quý III - quý IV/2026",
      "Đang thực hiện",
      "- Sở Khoa học và Công nghệ: Ban hành Kế hoạch số 56/KH-SKHCN ngày 17/4/2026 triển khai thử nghiệm ứng dụng Misa OneAI.",
      null,
      "Sở Khoa học và Công nghệ (2026-05_so-khcn_lan2.xlsx, Nhiệm vụ!G8)",
    ]);
    expect(resolveStyle(workbook, styleAt(sheet, row, 7))?.wrap).toBe(true);
  });

  it("marks in red the plan due before 10/5/2026 that nobody reported as done", () => {
    const row = rowWith(sheet, 2, taskName("NV.I.2"));
    expect(valueAt(sheet, row, 6)).toBe("Chưa có báo cáo");
    expect(valueAt(sheet, row, 8)).toBe("Quá hạn");
    expect(resolveStyle(workbook, styleAt(sheet, row, 8))?.font).toMatchObject({ bold: true, color: "9C0006" });
  });

  it("stops a row at Excel's tallest (409 points) when every commune wrote a paragraph", () => {
    const paragraph =
      "- Xã Mường Chiên: đăng tải 15 tin bài tuyên truyền về chuyển đổi số trên trang thông tin điện tử.";
    const tasks = consolidation.tasks.map((task) =>
      task.id === "NV.II.2" ? { ...task, description: Array(75).fill(paragraph).join("\n") } : task,
    );
    const long = sheetNamed(build({ consolidation: { ...consolidation, tasks } }), "Tổng hợp nhiệm vụ");
    expect(long.rowHeights[rowWith(long, 2, taskName("NV.II.2"))]).toBe(409);
  });

  it("prints heading 3 of group IV above its sub-rows, and bold group rows", () => {
    const heading = rowWith(sheet, 2, taskName("NV.IV.3"));
    expect(valueAt(sheet, heading, 1)).toBe("3");
    expect(valueAt(sheet, heading, 6)).toBeNull();
    expect(rowValues(sheet, heading + 1, 2)).toEqual(["3.1", taskName("NV.IV.3.1")]);
    const group = rowWith(sheet, 1, "IV");
    expect(resolveStyle(workbook, styleAt(sheet, group, 2))?.font?.bold).toBe(true);
  });
});

describe("Tình hình thực hiện", () => {
  const sheet = sheetNamed(workbook, "Tình hình thực hiện");
  const header = rowWith(sheet, 1, "Nhóm");

  it("counts the tasks by deadline and progress as of 14/5/2026", () => {
    expect(rowValues(sheet, header, 6)).toEqual([
      "Nhóm",
      "Số nhiệm vụ",
      "Đã hoàn thành",
      "Đang thực hiện trong hạn",
      "Quá hạn",
      "Chưa triển khai",
    ]);
    // As in the consolidation tests: 22 continuous, 26 recurring, 9 due before May (all overdue), 3 due in May
    // (NV.I.2 overdue, 2 on time), 15 not yet due, of which Sở KH&CN's NV.V.2 is under way.
    expect(rowValues(sheet, header + 3, 6)).toEqual([
      "Nhiệm vụ có thời hạn trong quý I và trong tháng 4/2026",
      9,
      0,
      null,
      9,
      null,
    ]);
    expect(rowValues(sheet, header + 4, 6)).toEqual(["Nhiệm vụ có thời hạn trong tháng 5/2026", 3, 0, 2, 1, null]);
    expect(rowValues(sheet, header + 5, 6)).toEqual(["Nhiệm vụ chưa đến hạn", 15, 0, 1, null, 14]);
    expect(rowValues(sheet, header + 6, 6)).toEqual(["Tổng số", 75, 0, 3, 10, 14]);
    expect(rowValues(sheet, header + 1, 3)).toEqual([
      "Nhiệm vụ thường xuyên (gồm cả nhiệm vụ có thời gian thực hiện cả năm)",
      22,
      null,
    ]);
    expect(rowValues(sheet, header + 2, 2)).toEqual(["Nhiệm vụ định kỳ (hằng tháng, hằng quý, 6 tháng, năm)", 26]);
  });

  it("puts the report's sentences under the table, one per row, ready to copy", () => {
    const first = rowWith(sheet, 1, "Tổng số: 75 nhiệm vụ, trong đó:");
    const sentences = consolidation.taskSentences.map((_, i) => valueAt(sheet, first + i, 1));
    expect(sentences).toEqual(consolidation.taskSentences);
    expect(sentences[4]).toBe(
      "- Nhiệm vụ chưa đến hạn: 15 nhiệm vụ (Đang triển khai: 1 nhiệm vụ; Chưa triển khai: 14 nhiệm vụ).",
    );
    expect(resolveStyle(workbook, styleAt(sheet, first, 1))?.wrap).toBe(true);
  });
});

describe("Tình hình gửi báo cáo", () => {
  const sheet = sheetNamed(workbook, "Tình hình gửi báo cáo");
  const header = rowWith(sheet, 1, "STT");

  it("opens with the completeness, late and refused sentences", () => {
    expect(valueAt(sheet, 4, 1)).toBe(
      "14/15 sở, ban, ngành và 73/75 xã, phường đã gửi báo cáo; chưa nhận được báo cáo của: Sở Ngoại vụ, Xã Mường Sại, Xã Tà Xùa.",
    );
    expect(valueAt(sheet, 5, 1)).toBe("Gửi muộn (sau ngày 10/5/2026): Sở Giáo dục và Đào tạo, Xã Chiềng Sung.");
    expect(valueAt(sheet, 6, 1)).toBe("Tệp không hợp lệ, cần gửi lại: Xã Tà Xùa.");
    expect(sheet.print?.titleRows).toEqual({ first: header, last: header });
  });

  it("lists every sở and xã, phường with what it sent", () => {
    expect(rowValues(sheet, header, 9)).toEqual([
      "STT",
      "Đơn vị",
      "Nhóm",
      "Tình trạng",
      "Tệp",
      "Thời điểm nhận",
      "Số lỗi",
      "Số cảnh báo",
      "Ghi chú",
    ]);
    expect(lastRow(sheet) - header).toBe(90);
    expect(rowValues(sheet, rowWith(sheet, 2, "Sở Y tế"), 9)).toEqual([
      9,
      "Sở Y tế",
      "Sở, ban, ngành",
      "Đã gửi",
      fileName("so-yt"),
      "08/05/2026 09:00",
      2,
      1,
      null,
    ]);
  });

  it("says “Chưa gửi” in red for a commune that sent nothing", () => {
    const row = rowWith(sheet, 2, "Xã Mường Sại");
    expect(rowValues(sheet, row, 9).slice(2)).toEqual(["Xã, phường", "Chưa gửi", null, null, null, null, null]);
    expect(resolveStyle(workbook, styleAt(sheet, row, 4))?.fill).toBe("FFC7CE");
  });

  it("marks late and refused files, and names the file a resubmission replaced", () => {
    const late = rowWith(sheet, 2, "Sở Giáo dục và Đào tạo");
    expect(rowValues(sheet, late, 6).slice(3)).toEqual(["Gửi muộn", fileName("so-gddt"), "12/05/2026 16:30"]);
    expect(resolveStyle(workbook, styleAt(sheet, late, 4))?.fill).toBe("FFEB9C");
    const refused = rowWith(sheet, 2, "Xã Tà Xùa");
    expect(rowValues(sheet, refused, 7).slice(3)).toEqual([
      "Không hợp lệ",
      fileName("xa-ta-xua"),
      "08/05/2026 09:00",
      1,
    ]);
    expect(resolveStyle(workbook, styleAt(sheet, refused, 4))?.fill).toBe("FFC7CE");
    const resent = rowWith(sheet, 2, "Sở Khoa học và Công nghệ");
    expect(rowValues(sheet, resent, 9).slice(4)).toEqual([
      "2026-05_so-khcn_lan2.xlsx",
      "09/05/2026 15:20",
      0,
      0,
      "Thay cho tệp 2026-05_so-khcn.xlsx",
    ]);
  });
});

describe("Chi tiết theo đơn vị", () => {
  const sheet = sheetNamed(workbook, "Chi tiết theo đơn vị");
  const column = (id: string) => rowValues(sheet, 4, 40).indexOf(id) + 1;

  it("has a column per indicator combined from several units, its code over a short name", () => {
    expect(rowValues(sheet, 4, 4)).toEqual(["STT", "Đơn vị", "KHCN.I.1", "KHCN.II.4"]);
    expect(valueAt(sheet, 5, 3)).toBe("Có 8 người thực hiện công tác nghiên cứu khoa …");
    expect(column("CDS.III.4")).toBeGreaterThan(2);
    // Figures taken from one lead unit (5G coverage) are traced on "Tổng hợp chỉ tiêu" instead.
    expect(column("CDS.I.1")).toBe(0);
    expect(sheet.frozen).toEqual({ rows: 5, columns: 2 });
    expect(sheet.print?.titleRows).toEqual({ first: 4, last: 5 });
  });

  it("shows each unit's Tử số/Mẫu số and shades the gaps of units that owed one", () => {
    const col = column("CDS.III.4");
    expect(valueAt(sheet, rowWith(sheet, 2, "Sở Y tế"), col)).toBe("95/100");
    const missing = rowWith(sheet, 2, "Xã Mường Sại");
    expect(valueAt(sheet, missing, col)).toBeNull();
    expect(styleAt(sheet, missing, col)).toBe("summaryMatrixMissing");
    const rows = Array.from({ length: 90 }, (_, i) => 6 + i);
    expect(rows.filter((row) => typeof valueAt(sheet, row, col) === "string")).toHaveLength(87);
    expect(rows.filter((row) => styleAt(sheet, row, col) === "summaryMatrixMissing")).toHaveLength(3);
  });

  it("leaves white the cells a unit does not owe: the share of communes using the software is not the sở's", () => {
    const col = column("CDS.III.15");
    const so = rowWith(sheet, 2, "Sở Y tế");
    const commune = rowWith(sheet, 2, "Xã Bắc Yên");
    expect(styleAt(sheet, so, col)).toBe("summaryMatrixValue");
    expect(styleAt(sheet, commune, col)).toBe("summaryMatrixMissing");
  });
});

describe("Kết quả kiểm tra", () => {
  const sheet = sheetNamed(workbook, "Kết quả kiểm tra");
  const header = rowWith(sheet, 1, "STT");

  it("lists every finding by unit, severity, sheet and cell (F7 before F10), file-level ones of no unit last", () => {
    expect(rowValues(sheet, header, 9)).toEqual([
      "STT",
      "Tệp",
      "Đơn vị",
      "Trang tính",
      "Ô",
      "Mức độ",
      "Loại",
      "Nội dung",
      "Cách sửa",
    ]);
    expect(rowValues(sheet, header + 1, 9)).toEqual([
      1,
      fileName("so-yt"),
      "Sở Y tế",
      "Chỉ tiêu",
      "F7",
      "Lỗi",
      "Thiếu số liệu",
      "Ô trống: cần ghi số liệu hoặc lý do chưa có số liệu.",
      "Ghi số liệu hoặc lý do.",
    ]);
    const order = [2, 3, 4, 5, 6].map((i) => rowValues(sheet, header + i, 7).slice(2));
    expect(order).toEqual([
      ["Sở Y tế", "Chỉ tiêu", "F10", "Lỗi", "Tỷ lệ ngoài 0–100%"],
      ["Sở Y tế", "Chỉ tiêu", "F10", "Cảnh báo", "Số liệu lũy kế giảm"],
      ["Sở Khoa học và Công nghệ", "Nhiệm vụ", "H12", "Thông tin", "Tỷ lệ hoàn thành không hợp lệ"],
      ["Xã Tà Xùa", null, null, "Lỗi", "Sai kỳ báo cáo"],
      [null, null, null, "Lỗi", "Không phải biểu mẫu báo cáo"],
    ]);
    expect(lastRow(sheet)).toBe(header + findings.length);
    expect(resolveStyle(workbook, styleAt(sheet, header + 1, 6))?.fill).toBe("FFC7CE");
    expect(resolveStyle(workbook, styleAt(sheet, header + 3, 6))?.fill).toBe("FFEB9C");
  });

  it("links each finding's cell to that cell of the unit's file when the summary knows where the files are", () => {
    const linked = sheetNamed(build({ sourceFolder: "../Báo cáo tháng 5" }), "Kết quả kiểm tra");
    expect(linked.cells[`E${header + 1}`]).toMatchObject({
      value: "F7",
      link: { file: `../Báo cáo tháng 5/${fileName("so-yt")}`, sheet: "Chỉ tiêu", cell: "F7" },
    });
    expect(linked.cells[`E${header + 4}`].link).toEqual({
      file: "../Báo cáo tháng 5/2026-05_so-khcn_lan2.xlsx",
      sheet: "Nhiệm vụ",
      cell: "H12",
    });
    expect(linked.cells[`E${header + 5}`].link).toBeUndefined();
    expect(sheet.cells[`E${header + 1}`].link).toBeUndefined();
  });

  it("links a finding in a form read from sheets to its cell: inside the summary's own workbook, or in the saved one", () => {
    const inForm = findings.find((finding) => finding.cell === "F7")!;
    const fromSheets = { ...inForm, file: "Tong hop.xlsx › “CT Sở Y tế”, “NV Sở Y tế”", sheet: "CT Sở Y tế" };
    const inside = sheetNamed(build({ findings: [fromSheets], hostWorkbook: "Tong hop.xlsx" }), "Kết quả kiểm tra");
    expect(inside.cells[`E${header + 1}`].link).toEqual({ sheet: "CT Sở Y tế", cell: "F7" });
    // Written into another workbook, a link to a sheet it does not have would go nowhere.
    const elsewhere = sheetNamed(build({ findings: [fromSheets], hostWorkbook: "Book2.xlsx" }), "Kết quả kiểm tra");
    expect(elsewhere.cells[`E${header + 1}`].link).toBeUndefined();
    const saved = sheetNamed(build({ findings: [fromSheets], sourceFolder: "thang-5" }), "Kết quả kiểm tra");
    expect(saved.cells[`E${header + 1}`].link).toEqual({
      file: "thang-5/Tong hop.xlsx",
      sheet: "CT Sở Y tế",
      cell: "F7",
    });
    // A unit's own file never links inside the summary's workbook, whatever its name.
    const file = sheetNamed(build({ hostWorkbook: fileName("so-yt") }), "Kết quả kiểm tra");
    expect(file.cells[`E${header + 1}`].link).toBeUndefined();
  });

  it.each(["..\\evil.xlsx", "\\\\host\\share\\x.xlsx", "http://x", "C:baocao.xlsx"])(
    "gives no link to a finding in a file named %j",
    (file) => {
      const finding = { ...findings[2], file };
      expect(finding).toMatchObject({ sheet: "Chỉ tiêu", cell: "F10" });
      const linked = sheetNamed(build({ findings: [finding], sourceFolder: "" }), "Kết quả kiểm tra");
      expect(linked.cells[`E${header + 1}`]).toEqual({ value: "F10", style: "cellCenter" });
    },
  );

  it("says so when validation found nothing", () => {
    const clean = sheetNamed(build({ findings: [] }), "Kết quả kiểm tra");
    expect(valueAt(clean, header + 1, 1)).toBe("Không có lỗi hoặc cảnh báo nào.");
  });
});

describe("Chi tiết nhiệm vụ", () => {
  const sheet = sheetNamed(workbook, "Chi tiết nhiệm vụ");
  const header = rowWith(sheet, 1, "STT");

  it("has one row per unit and task, each unit's own text whole, with its file and cell", () => {
    expect(rowValues(sheet, header, 9)).toEqual([
      "STT",
      "Mã nhiệm vụ",
      "Tên nhiệm vụ",
      "Đơn vị",
      "Vai trò",
      "Tiến độ",
      "Tỷ lệ hoàn thành (%)",
      "Mô tả kết quả trong kỳ",
      "Nguồn",
    ]);
    const details = consolidation.tasks.flatMap((task) => task.details);
    expect(details.length).toBeGreaterThan(0);
    expect(lastRow(sheet) - header).toBe(details.length);
    const row = rowWith(sheet, 2, "NV.V.2");
    expect(rowValues(sheet, row, 9)).toEqual([
      row - header,
      "NV.V.2",
      taskName("NV.V.2"),
      "Sở Khoa học và Công nghệ",
      "Chủ trì",
      "Đang thực hiện",
      null,
      "Ban hành Kế hoạch số 56/KH-SKHCN ngày 17/4/2026 triển khai thử nghiệm ứng dụng Misa OneAI.",
      "2026-05_so-khcn_lan2.xlsx, Nhiệm vụ!G8",
    ]);
  });
});

describe("Nội dung báo cáo", () => {
  const sheet = sheetNamed(workbook, "Nội dung báo cáo");
  const header = rowWith(sheet, 1, "Nội dung");

  it("lists every section's heading, then its sentences with their footnotes, in the report's order", () => {
    const expected = consolidation.reportSections.flatMap((section) => [
      [section.heading, null],
      ...section.sentences.map((sentence) => [sentence.text, sentence.footnote ?? null]),
    ]);
    const shown = Array.from({ length: lastRow(sheet) - header }, (_, i) => rowValues(sheet, header + 1 + i, 2));
    expect(shown.map(([text, footnote]) => [text, footnote ?? null])).toEqual(expected);
    expect(expected[0][0]).toBe("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH");
    expect(resolveStyle(workbook, styleAt(sheet, header + 1, 1))?.font?.bold).toBe(true);
  });
});
