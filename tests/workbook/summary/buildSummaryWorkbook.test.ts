import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  appendixSheetNames,
  buildSummaryWorkbook,
  summarySheetNames,
} from "../../../src/workbook/summary/buildSummaryWorkbook";
import { APPENDIX_WIDTH } from "../../../src/workbook/summary/appendix/appendixTable";
import { APPENDIX_SHEETS } from "../../../src/domain/texts/templates";
import { ND30_MARGINS_MM } from "../../../src/workbook/templates/printSetupNd30";
import { resolveStyle } from "../../../src/workbook/model/cellFormats";
import type { Sheet, Workbook } from "../../../src/workbook/model/types";
import { catalog, consolidation, fileName, findings, REFUSAL } from "./summaryFixture";
import { lastRow, rowValues, rowWith, sheetNamed, styleAt, valueAt } from "./sheetCells";

const GENERATED_AT = new Date(Date.UTC(2026, 4, 14, 8, 0));

function build(extra: Partial<Parameters<typeof buildSummaryWorkbook>[0]> = {}): Workbook {
  return buildSummaryWorkbook({ catalog, consolidation, findings, generatedAt: GENERATED_AT, ...extra });
}

const workbook = build();
const indicatorName = (id: string) => catalog.indicators.find((indicator) => indicator.id === id)?.name ?? id;
const taskName = (id: string) => catalog.tasks.find((task) => task.id === id)?.name ?? id;

/** The header rows of seed 003 (the May 2026 report), as the converted text gives them: cells split by tabs. */
const SEEDS = resolve(__dirname, "../../../seeds");
const seed003 = readFileSync(join(SEEDS, readdirSync(SEEDS).find((name) => name.startsWith("003_")) as string), "utf8");
const seedRows = (start: string) =>
  seed003
    .split("\n")
    .filter((line) => line.startsWith(start))
    .map((line) => line.split("\t").map((cell) => cell.trim()));
const [seedIndicatorsA, seedIndicatorsB] = seedRows("STT\tCác mục tiêu/chỉ tiêu\t");
const [seedTasks] = seedRows("STT\tTên nhiệm vụ\t");
const seedCarriedOver = seedRows("STT\tNhiệm vụ\tChủ trì\t");

/** The rows whose column A says "STT": an appendix's header rows. */
const headerRows = (sheet: Sheet) =>
  Object.entries(sheet.cells)
    .filter(([key, cell]) => key.startsWith("A") && cell.value === "STT")
    .map(([key]) => Number(key.slice(1)));

describe("buildSummaryWorkbook", () => {
  it("puts the report's appendices first, then the working sheets in the order the officer works through them", () => {
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual([
      "Phụ lục I (báo cáo)",
      "Phụ lục II (báo cáo)",
      "Phụ lục III (báo cáo)",
      "Phụ lục IV (báo cáo)",
      "Nội dung báo cáo",
      "Tổng hợp chỉ tiêu",
      "Tổng hợp nhiệm vụ",
      "Chi tiết nhiệm vụ",
      "Tình hình thực hiện",
      "Tình hình gửi báo cáo",
      "Chi tiết theo đơn vị",
      "Khó khăn, đề xuất",
      "Kết quả kiểm tra",
    ]);
    expect(summarySheetNames).toEqual(workbook.sheets.map((sheet) => sheet.name));
    expect(appendixSheetNames).toEqual([
      "Phụ lục I (báo cáo)",
      "Phụ lục II (báo cáo)",
      "Phụ lục III (báo cáo)",
      "Phụ lục IV (báo cáo)",
    ]);
    // The plan's own appendices (templates) are sheets "Phụ lục I" and "Phụ lục II": the report's must not take their names.
    expect(appendixSheetNames).not.toContain(APPENDIX_SHEETS.tasks);
  });

  it("writes every sheet in Times New Roman, header frozen", () => {
    for (const sheet of workbook.sheets) {
      expect(sheet.frozen?.rows).toBe(sheet.print?.titleRows?.last);
      const fonts = new Set(Object.values(sheet.cells).map((cell) => resolveStyle(workbook, cell.style)?.font?.name));
      expect([...fonts]).toEqual(["Times New Roman"]);
    }
  });

  it("prints each appendix as Nghị định 30 says: A4 landscape, margins, header row repeated, page number on top from page 2, never shrunk", () => {
    for (const name of appendixSheetNames) {
      const sheet = sheetNamed(workbook, name);
      expect(sheet.print).toEqual({
        orientation: "landscape",
        paper: "A4",
        marginsMm: ND30_MARGINS_MM,
        // Phụ lục IV's parts swap two columns: its first header repeated over part B would mislabel it.
        ...(name === "Phụ lục IV (báo cáo)"
          ? {}
          : { titleRows: { first: headerRows(sheet)[0], last: headerRows(sheet)[0] } }),
        header: { center: '&"Times New Roman,Regular"&13&P' },
        firstPageNumber: 1,
        unnumberedFirstPage: true,
        printArea: `A1:${{ "Phụ lục I (báo cáo)": "B", "Phụ lục II (báo cáo)": "F", "Phụ lục IV (báo cáo)": "F" }[name] ?? "G"}${lastRow(sheet)}`,
        centerHorizontally: true,
      });
      const widths = Object.values(sheet.columnWidths).reduce((sum, width) => sum + width, 0);
      expect(widths).toBeLessThanOrEqual(APPENDIX_WIDTH);
      for (const cell of Object.values(sheet.cells)) {
        expect(resolveStyle(workbook, cell.style)?.font?.size).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it("builds the same model from the same input", () => {
    expect(build()).toEqual(workbook);
  });
});

describe("Phụ lục II", () => {
  const sheet = sheetNamed(workbook, "Phụ lục II (báo cáo)");

  it("opens with the report's title block", () => {
    expect(rowValues(sheet, 1, 1)).toEqual(["Phụ lục II"]);
    expect(valueAt(sheet, 2, 1)).toBe(
      "KẾT QUẢ THỰC HIỆN CHỈ TIÊU KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ THÁNG 5 NĂM 2026",
    );
    expect(valueAt(sheet, 3, 1)).toMatch(/^\(Kèm theo Báo cáo số .*\/BC-UBND ngày .*\)$/);
    expect(resolveStyle(workbook, styleAt(sheet, 1, 1))?.font).toMatchObject({ size: 14, bold: true });
    expect(resolveStyle(workbook, styleAt(sheet, 3, 1))?.font?.italic).toBe(true);
  });

  it("prints part A then part B, each under its own header row exactly as seed 003 words it", () => {
    const [a, b] = headerRows(sheet);
    expect(valueAt(sheet, a - 1, 1)).toBe("A. KHOA HỌC CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO");
    expect(rowValues(sheet, a, 6)).toEqual(seedIndicatorsA);
    expect(valueAt(sheet, b - 1, 1)).toBe("B. CHUYỂN ĐỔI SỐ");
    expect(rowValues(sheet, b, 6)).toEqual(seedIndicatorsB);
    expect(seedIndicatorsA[3]).not.toBe(seedIndicatorsB[3]);
  });

  it("has the report's six columns and nothing more", () => {
    const columns = Object.keys(sheet.cells).map((key) => key.replace(/\d+$/, ""));
    expect([...new Set(columns)].sort()).toEqual(["A", "B", "C", "D", "E", "F"]);
  });

  it("takes the years of its headers from the catalog's plan year", () => {
    const next = sheetNamed(build({ catalog: { ...catalog, year: 2027 } }), "Phụ lục II (báo cáo)");
    const [a, b] = headerRows(next);
    expect(rowValues(next, a, 4).slice(2)).toEqual(["Kết quả năm 2026", "Chỉ tiêu năm 2027"]);
    expect(rowValues(next, b, 4).slice(2)).toEqual(["Kết quả năm 2026", "Chỉ tiêu 2027"]);
  });

  it("shows 5G coverage as the report does: the lead's own figure", () => {
    const row = rowWith(sheet, 2, "Tỷ lệ dân số được phủ sóng 5G");
    expect(rowValues(sheet, row, 6)).toEqual([
      "1",
      "Tỷ lệ dân số được phủ sóng 5G",
      "-",
      "70%",
      "Sở Khoa học và Công nghệ",
      "67,1%",
    ]);
  });

  it("prints a ratio made from 87 of the 90 units expected as an estimate, “Ước …”", () => {
    const result = consolidation.indicators.find((indicator) => indicator.id === "CDS.III.4");
    expect(result).toMatchObject({ reporting: 87, expected: 90, estimate: false });
    expect(valueAt(sheet, rowWith(sheet, 2, indicatorName("CDS.III.4")), 6)).toBe(`Ước ${result?.display}`);
  });

  it("prints the reason where nobody reported a number", () => {
    const row = rowWith(sheet, 2, indicatorName("CDS.III.21"));
    expect(valueAt(sheet, row, 6)).toBe("Chưa có số liệu");
  });

  it("prints the bold group rows and the heading 8 above its italic sub-rows 8.1–8.4", () => {
    const [, b] = headerRows(sheet);
    expect(rowValues(sheet, b + 1, 2)).toEqual(["I", "PHÁT TRIỂN HẠ TẦNG SỐ"]);
    expect(resolveStyle(workbook, styleAt(sheet, b + 1, 2))?.font?.bold).toBe(true);
    const heading = rowWith(sheet, 2, indicatorName("CDS.II.8"));
    expect(rowValues(sheet, heading, 6)).toEqual(["8", indicatorName("CDS.II.8"), null, null, null, null]);
    expect(rowValues(sheet, heading + 1, 1)).toEqual(["8.1"]);
    expect(valueAt(sheet, heading + 1, 6)).toBe("40,86%");
    expect(resolveStyle(workbook, styleAt(sheet, heading + 1, 2))?.font?.italic).toBe(true);
  });
});

describe("Phụ lục III", () => {
  const sheet = sheetNamed(workbook, "Phụ lục III (báo cáo)");

  it("has the report's title and seven columns, its header row exactly as seed 003 words it", () => {
    expect(valueAt(sheet, 1, 1)).toBe("Phụ lục III");
    expect(valueAt(sheet, 2, 1)).toBe(
      "KẾT QUẢ THỰC HIỆN NHIỆM VỤ KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ THÁNG 5 NĂM 2026",
    );
    // Part A the KHCN plan's tasks, part B the CĐS plan's, each under 003's header row.
    const headers = headerRows(sheet);
    expect(headers.map((header) => valueAt(sheet, header - 1, 1))).toEqual([
      "A. KHOA HỌC CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO",
      "B. CHUYỂN ĐỔI SỐ",
    ]);
    for (const header of headers) expect(rowValues(sheet, header, 7)).toEqual(seedTasks);
    expect(rowWith(sheet, 2, taskName("KHCN.NV.I.1"))).toBeLessThan(headers[1]);
    const columns = Object.keys(sheet.cells).map((key) => key.replace(/\d+$/, ""));
    expect([...new Set(columns)].sort()).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
  });

  it("writes the AI-assistant task's progress with Sở KH&CN's description", () => {
    const row = rowWith(sheet, 2, taskName("NV.V.2"));
    expect(rowValues(sheet, row, 7).slice(2)).toEqual([
      "Sở Khoa học và Công nghệ",
      "Công cụ trợ lý ảo cho cán bộ, công chức, viên chức",
      "Quý III - quý IV/2026",
      "Đang thực hiện",
      "- Sở Khoa học và Công nghệ: Ban hành Kế hoạch số 56/KH-SKHCN ngày 17/4/2026 triển khai thử nghiệm ứng dụng Misa OneAI.",
    ]);
    expect(resolveStyle(workbook, styleAt(sheet, row, 7))?.wrap).toBe(true);
  });

  it("prints heading 3 of group IV above its sub-rows, and bold group rows", () => {
    const heading = rowWith(sheet, 2, taskName("NV.IV.3"));
    expect(valueAt(sheet, heading, 1)).toBe("3");
    expect(valueAt(sheet, heading, 6)).toBeNull();
    expect(rowValues(sheet, heading + 1, 2)).toEqual(["3.1", taskName("NV.IV.3.1")]);
    const group = rowWith(sheet, 1, "IV");
    expect(resolveStyle(workbook, styleAt(sheet, group, 2))?.font?.bold).toBe(true);
  });

  it("continues a description too tall for one row in the rows below, STT empty, nothing cut", () => {
    const paragraph =
      "- Xã Mường Chiên: đăng tải 15 tin bài tuyên truyền về chuyển đổi số trên trang thông tin điện tử.";
    const description = Array(75).fill(paragraph).join("\n");
    const tasks = consolidation.tasks.map((task) => (task.id === "NV.II.2" ? { ...task, description } : task));
    const long = sheetNamed(build({ consolidation: { ...consolidation, tasks } }), "Phụ lục III (báo cáo)");
    const first = rowWith(long, 2, taskName("NV.II.2"));
    const next = rowWith(long, 2, taskName("NV.II.3"));
    const pieces = Array.from({ length: next - first }, (_, i) => valueAt(long, first + i, 7));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("\n")).toBe(description);
    for (let row = first; row < next; row++) expect(long.rowHeights[row]).toBeLessThan(409);
    expect(rowValues(long, first + 1, 6)).toEqual([null, null, null, null, null, null]);
  });

  it("keeps every task by default, under the plan's own numbers", () => {
    const items = catalog.tasks.filter((task) => !task.isHeading).length;
    const rows = Object.keys(sheet.cells).filter((key) => /^G\d+$/.test(key)).length;
    // Item rows, heading rows (IV.3, V.5) and the header row carry a cell in column G; group rows are merged from B.
    expect(rows).toBeGreaterThanOrEqual(items);
  });

  it("keeps only the tasks with a result this period when asked, renumbered within their group", () => {
    const short = sheetNamed(build({ onlyReportedTasks: true }), "Phụ lục III (báo cáo)");
    const [header] = headerRows(short);
    const rows = Array.from({ length: lastRow(short) - header }, (_, i) => rowValues(short, header + 1 + i, 2));
    expect(rows).toEqual([
      ["V", "XÂY DỰNG CHÍNH QUYỀN SỐ"],
      ["1", taskName("NV.V.2")],
      ["VI", catalog.tasks.find((task) => task.id === "NV.VI.1")?.groupTitle],
      ["1", taskName("NV.VI.1")],
    ]);
  });
});

describe("Phụ lục IV", () => {
  const sheet = sheetNamed(workbook, "Phụ lục IV (báo cáo)");
  // In the order the appendix prints them: part A's, then part B's, each in catalog order.
  const carriedOver = ["A", "B"].flatMap((part) =>
    catalog.programmes.filter((programme) => programme.kind === "carried_over" && programme.part === part),
  );
  const tasksOf = (programmeId: string) => catalog.tasks.filter((task) => task.programmeId === programmeId);

  it("has the report's title, then part A and part B, a table per carried-over programme under 003's own header row", () => {
    expect(valueAt(sheet, 1, 1)).toBe("Phụ lục IV");
    expect(valueAt(sheet, 2, 1)).toBe("KẾT QUẢ NHIỆM VỤ NĂM 2025 CHUYỂN TIẾP SANG 2026");
    const headers = headerRows(sheet);
    expect(seedCarriedOver).toHaveLength(4);
    expect(headers.map((header) => rowValues(sheet, header, 6))).toEqual(seedCarriedOver);
    // Part A's tables in catalog order, then part B's; each numbered within its part, the part's title above its first.
    const a = carriedOver.filter((programme) => programme.part === "A");
    const b = carriedOver.filter((programme) => programme.part === "B");
    expect(headers.map((header) => valueAt(sheet, header - 1, 1))).toEqual([
      ...a.map((programme, i) => `${i + 1}. ${programme.title}`),
      ...b.map((programme, i) => `${i + 1}. ${programme.title}`),
    ]);
    expect(valueAt(sheet, headers[0] - 2, 1)).toBe("A. KHOA HỌC CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO");
    expect(valueAt(sheet, headers[a.length] - 2, 1)).toBe("B. CHUYỂN ĐỔI SỐ");
    const columns = Object.keys(sheet.cells).map((key) => key.replace(/\d+$/, ""));
    expect([...new Set(columns)].sort()).toEqual(["A", "B", "C", "D", "E", "F"]);
  });

  it("lists every task of each programme, its lead and deadline as the catalog gives them", () => {
    const headers = [...headerRows(sheet), lastRow(sheet) + 1];
    carriedOver.forEach((programme, i) => {
      // The rows down to the next table's headings ("2. …", "B. …"); a name too tall for one row goes on below, STT empty.
      const lines = Array.from({ length: headers[i + 1] - headers[i] - 1 }, (_, r) =>
        rowValues(sheet, headers[i] + 1 + r, 4),
      ).filter(([stt]) => stt === null || /^\d+$/.test(String(stt)));
      const rows = lines.reduce<(typeof lines)[number][]>((tasks, line) => {
        const previous = tasks[tasks.length - 1];
        if (line[0] === null && previous) previous[1] = `${previous[1]} ${line[1]}`;
        else tasks.push(line);
        return tasks;
      }, []);
      expect(rows).toEqual(
        tasksOf(programme.id).map((task) => [task.stt, task.name, task.lead.raw, task.deadline.raw]),
      );
    });
  });

  it("puts a part A task's result before its progress, a part B task's progress before its result", () => {
    const described = (id: string, description: string) =>
      consolidation.tasks.map((task) =>
        task.id === id ? { ...task, statusText: "Đang thực hiện", description } : task,
      );
    const tasks = described("CT2025.A2.1", "Đang hoàn thiện dự thảo Nghị quyết.").map((task) =>
      task.id === "CT2025.B2.1" ? { ...task, statusText: "Đã hoàn thành", description: "Ban hành Quyết định." } : task,
    );
    const built = sheetNamed(build({ consolidation: { ...consolidation, tasks } }), "Phụ lục IV (báo cáo)");
    const a = rowWith(built, 2, taskName("CT2025.A2.1"));
    expect(rowValues(built, a, 6).slice(4)).toEqual(["Đang hoàn thiện dự thảo Nghị quyết.", "Đang thực hiện"]);
    const b = rowWith(built, 2, taskName("CT2025.B2.1"));
    expect(rowValues(built, b, 6).slice(4)).toEqual(["Đã hoàn thành", "Ban hành Quyết định."]);
  });

  it("leaves out a part with no carried-over programme, and a programme with no task", () => {
    const onlyB = {
      ...catalog,
      programmes: catalog.programmes.filter((programme) => programme.id !== "CT2025-A1"),
      tasks: catalog.tasks.filter((task) => !task.programmeId.startsWith("CT2025-A")),
    };
    const built = sheetNamed(build({ catalog: onlyB }), "Phụ lục IV (báo cáo)");
    const headers = headerRows(built);
    expect(headers.map((header) => valueAt(built, header - 1, 1))).toEqual(
      carriedOver.filter((p) => p.part === "B").map((programme, i) => `${i + 1}. ${programme.title}`),
    );
    expect(valueAt(built, headers[0] - 2, 1)).toBe("B. CHUYỂN ĐỔI SỐ");
    expect(Object.values(built.cells).map((cell) => cell.value)).not.toContain(
      "A. KHOA HỌC CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO",
    );
  });
});

describe("Tổng hợp chỉ tiêu (working sheet of Phụ lục II)", () => {
  const sheet = sheetNamed(workbook, "Tổng hợp chỉ tiêu");

  it("gives each figure as Phụ lục II prints it, its verdict, the units counted, those missing and the sources", () => {
    expect(rowValues(sheet, 4, 7)).toEqual([
      "STT",
      "Các mục tiêu/chỉ tiêu",
      "Kết quả in ở Phụ lục II",
      "Đánh giá",
      "Số đơn vị báo cáo",
      "Đơn vị chưa có số liệu",
      "Nguồn",
    ]);
    const row = rowWith(sheet, 2, "Tỷ lệ dân số được phủ sóng 5G");
    expect(rowValues(sheet, row, 7).slice(2)).toEqual([
      "67,1%",
      "Chưa đạt",
      "1/1",
      null,
      "Sở Khoa học và Công nghệ (2026-05_so-khcn_lan2.xlsx, Chỉ tiêu!F7)",
    ]);
    expect(resolveStyle(workbook, styleAt(sheet, row, 4))?.font?.color).toBe("9C0006");
  });

  it("names the units a figure is missing and sends the reader to the matrix for the many sources", () => {
    const row = rowWith(sheet, 2, indicatorName("CDS.III.4"));
    expect(valueAt(sheet, row, 3)).toMatch(/^Ước /);
    expect(valueAt(sheet, row, 5)).toBe("87/90");
    // Sở Ngoại vụ and Xã Mường Sại sent nothing, Xã Tà Xùa's file was refused.
    expect(valueAt(sheet, row, 6)).toBe("Sở Ngoại vụ; Xã Mường Sại; Xã Tà Xùa");
    expect(valueAt(sheet, row, 7)).toBe("87 đơn vị — xem Chi tiết theo đơn vị");
  });

  it("gives the reason a missing unit wrote for no number beside its name", () => {
    const withReason = {
      ...consolidation,
      indicators: consolidation.indicators.map((indicator) =>
        indicator.id === "CDS.III.4"
          ? { ...indicator, missingReasons: { "xa-muong-sai": "Chưa triển khai" } }
          : indicator,
      ),
    };
    const built = sheetNamed(build({ consolidation: withReason }), "Tổng hợp chỉ tiêu");
    const row = rowWith(built, 2, indicatorName("CDS.III.4"));
    expect(valueAt(built, row, 6)).toBe("Sở Ngoại vụ; Xã Mường Sại (Chưa triển khai); Xã Tà Xùa");
  });

  it("says “Chưa có số liệu” where nobody reported", () => {
    const row = rowWith(sheet, 2, indicatorName("CDS.III.21"));
    expect(rowValues(sheet, row, 7).slice(3)).toEqual(["Chưa có số liệu", "0/1", "Công an tỉnh", null]);
  });
});

describe("Tổng hợp nhiệm vụ (working sheet of Phụ lục III)", () => {
  const sheet = sheetNamed(workbook, "Tổng hợp nhiệm vụ");

  it("gives each task's progress, whether it is overdue, and where its progress came from", () => {
    const row = rowWith(sheet, 2, taskName("NV.V.2"));
    expect(rowValues(sheet, row, 7).slice(2)).toEqual([
      "Sở Khoa học và Công nghệ",
      "Quý III - quý IV/2026",
      "Đang thực hiện",
      null,
      "Sở Khoa học và Công nghệ (2026-05_so-khcn_lan2.xlsx, Nhiệm vụ!G8)",
    ]);
  });

  it("marks in red the plan due before 10/5/2026 that nobody reported as done, naming the late part", () => {
    const row = rowWith(sheet, 2, taskName("NV.I.2"));
    expect(valueAt(sheet, row, 5)).toBe("Chưa có báo cáo");
    expect(valueAt(sheet, row, 6)).toBe("Quá hạn (phần Kế hoạch)");
    expect(resolveStyle(workbook, styleAt(sheet, row, 6))?.font).toMatchObject({ bold: true, color: "9C0006" });
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

  it("opens with the completeness, other units', late and refused sentences", () => {
    expect(valueAt(sheet, 4, 1)).toBe(
      "14/15 sở, ban, ngành và 73/75 xã, phường đã gửi báo cáo; chưa nhận được báo cáo của: Sở Ngoại vụ; Xã Mường Sại; Xã Tà Xùa.",
    );
    expect(valueAt(sheet, 5, 1)).toBe(consolidation.otherMissingSentence);
    expect(String(valueAt(sheet, 5, 1))).toMatch(/^Đơn vị khác chưa gửi báo cáo: Công an tỉnh; Bảo hiểm xã hội tỉnh; /);
    expect(valueAt(sheet, 6, 1)).toBe("Gửi muộn (sau ngày 10/5/2026): Sở Giáo dục và Đào tạo; Xã Chiềng Sung.");
    expect(valueAt(sheet, 7, 1)).toBe("Tệp không hợp lệ, cần gửi lại: Xã Tà Xùa.");
    expect(sheet.print?.titleRows).toEqual({ first: header, last: header });
  });

  it("lists every recipient of a form with what it sent, when and by whose word", () => {
    expect(rowValues(sheet, header, 11)).toEqual([
      "STT",
      "Đơn vị",
      "Nhóm",
      "Tình trạng",
      "Tệp",
      "Thời điểm nhận",
      "Nguồn thời điểm nhận",
      "Số lỗi",
      "Số cảnh báo",
      "Lý do không hợp lệ",
      "Ghi chú",
    ]);
    expect(lastRow(sheet) - header).toBe(101);
    expect(rowValues(sheet, rowWith(sheet, 2, "Sở Y tế"), 11)).toEqual([
      9,
      "Sở Y tế",
      "Sở, ban, ngành",
      "Đã gửi",
      fileName("so-yt"),
      "08/05/2026 09:00",
      "Thời điểm của tệp",
      2,
      1,
      null,
      null,
    ]);
    expect(rowValues(sheet, rowWith(sheet, 2, "Công an tỉnh"), 4).slice(2)).toEqual(["Khác", "Chưa gửi"]);
  });

  it("says “Chưa gửi” in red for a commune that sent nothing", () => {
    const row = rowWith(sheet, 2, "Xã Mường Sại");
    expect(rowValues(sheet, row, 11).slice(2)).toEqual([
      "Xã, phường",
      "Chưa gửi",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(resolveStyle(workbook, styleAt(sheet, row, 4))?.fill).toBe("FFC7CE");
  });

  it("marks late and refused files, says why a file was refused, and names the file a resubmission replaced", () => {
    const late = rowWith(sheet, 2, "Sở Giáo dục và Đào tạo");
    expect(rowValues(sheet, late, 6).slice(3)).toEqual(["Gửi muộn", fileName("so-gddt"), "12/05/2026 16:30"]);
    expect(resolveStyle(workbook, styleAt(sheet, late, 4))?.fill).toBe("FFEB9C");
    const refused = rowWith(sheet, 2, "Xã Tà Xùa");
    expect(rowValues(sheet, refused, 10).slice(3)).toEqual([
      "Không hợp lệ",
      fileName("xa-ta-xua"),
      "08/05/2026 09:00",
      "Thời điểm của tệp",
      1,
      0,
      REFUSAL,
    ]);
    expect(resolveStyle(workbook, styleAt(sheet, refused, 4))?.fill).toBe("FFC7CE");
    const resent = rowWith(sheet, 2, "Sở Khoa học và Công nghệ");
    expect(rowValues(sheet, resent, 11).slice(4)).toEqual([
      "2026-05_so-khcn_lan2.xlsx",
      "09/05/2026 15:20",
      "Thời điểm của tệp",
      0,
      0,
      null,
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
