import type ExcelJS from "exceljs";
import { formContentFor, formFingerprint } from "../../../src/domain/forms/formContent";
import { buildPlanWorkbook } from "../../../src/workbook/templates/buildPlanAppendices";
import { address } from "../../../src/workbook/model/addresses";
import { readForm } from "../../../src/workbook/xlsx/readForm";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { fillForm, withoutAddresses, type Expected } from "../templates/fillForm";
import { CATALOG, cellAt, loadXlsx, locateTable, saveXlsx, sheetOf, writtenForm } from "../templates/formTestSupport";

const RECEIVED = "2026-05-09T08:15:00+07:00";
const FILE = "2026-05_xa-muong-sai.xlsx";

async function read(bytes: Uint8Array, file = FILE) {
  const result = await readForm(bytes, file, RECEIVED);
  if (!result.ok) throw new Error(result.finding.message);
  return result.value;
}

async function refusal(bytes: Uint8Array, file = FILE) {
  const result = await readForm(bytes, file, RECEIVED);
  if (result.ok) throw new Error("read a file that should be refused");
  return result.finding;
}

/** Edits a filled form through ExcelJS and returns the saved bytes. */
async function edited(bytes: Uint8Array, edit: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = await loadXlsx(bytes);
  edit(workbook);
  return saveXlsx(workbook);
}

describe("readForm", () => {
  let filled: Uint8Array;
  let expected: Expected;

  beforeAll(async () => {
    ({ bytes: filled, expected } = await fillForm(await writtenForm("xa-muong-sai"), "xa-muong-sai"));
  });

  it("reads back exactly what the unit wrote, with the identity and the contact person", async () => {
    const { submission, notes } = await read(filled);
    expect(notes).toEqual([]);
    expect(submission).toEqual({
      file: FILE,
      receivedAt: RECEIVED,
      identity: {
        templateId: "baocao-cds/bieu-mau-don-vi",
        templateVersion: 1,
        catalogYear: 2026,
        unitId: "xa-muong-sai",
        period: "2026-05",
        fingerprint: formFingerprint(formContentFor(CATALOG, "xa-muong-sai"), {
          unitId: "xa-muong-sai",
          period: "2026-05",
        }),
      },
      unitId: "xa-muong-sai",
      period: "2026-05",
      // Where the form shows its unit and period: the cover's two facts, then each table's title line.
      shownIdentity: [
        { sheet: "Thông tin", cell: "C4", unit: "Xã Mường Sại" },
        { sheet: "Thông tin", cell: "C5", period: "tháng 5/2026" },
        ...["Chỉ tiêu", "Nhiệm vụ", "Văn bản"].map((sheet) => ({
          sheet,
          cell: "A2",
          unit: "Xã Mường Sại",
          period: "tháng 5/2026",
        })),
      ],
      ...expected,
      // The form's "Văn bản" sheet, left blank: no document.
      documents: [],
    });
  });

  it("reads a combined rate's cached result, an estimate, a reason and a percent-formatted number", async () => {
    const { submission } = await read(filled);
    const result = (id: string) => submission.indicators.find((entry) => entry.indicatorId === id)?.result;
    const ratio = expected.indicators.find((entry) => entry.result.formula)!;
    expect(result(ratio.indicatorId)).toMatchObject({ formula: true, raw: ratio.result.raw });
    expect(typeof ratio.result.raw).toBe("number");
    expect(submission.indicators.map((entry) => entry.result.raw)).toEqual(
      expect.arrayContaining(["Ước 87,6%", "Đang thống kê số liệu", 0.876]),
    );
    expect(submission.indicators.find((entry) => entry.result.raw === 0.876)?.result.percentFormat).toBe(true);
  });

  it("still reads a form whose rows were written in reverse order", async () => {
    const reversed = await edited(filled, (workbook) => {
      for (const name of ["Chỉ tiêu", "Nhiệm vụ"]) {
        const sheet = sheetOf(workbook, name);
        const first = locateTable(sheet).headerRow + 1;
        const last = sheet.rowCount;
        const rows: { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }[][] = [];
        for (let r = last; r >= first; r--) {
          rows.push(
            Array.from({ length: 10 }, (_, c) => ({
              value: cellAt(sheet, address(r, c + 1)).value,
              style: cellAt(sheet, address(r, c + 1)).style,
            })),
          );
        }
        rows.forEach((cells, i) => {
          const target = first + i;
          const source = last - i;
          cells.forEach(({ value, style }, c) => {
            const cell = cellAt(sheet, address(target, c + 1));
            // A sort moves a formula with its row, so its references follow, and the cell's format moves too.
            cell.value =
              value && typeof value === "object" && "formula" in value
                ? {
                    ...value,
                    formula: (value.formula ?? "").replace(new RegExp(`([A-Z])${source}(?!\\d)`, "g"), `$1${target}`),
                  }
                : value;
            cell.style = { ...style };
          });
        });
      }
    });
    const { submission } = await read(reversed);
    expect(submission.indicators[0].indicatorId).toBe(expected.indicators[expected.indicators.length - 1].indicatorId);
    expect(withoutAddresses(submission)).toEqual(withoutAddresses(expected));
  });

  it("finds moved columns and headers typed without accents or with extra spaces, below inserted rows", async () => {
    const moved = await edited(filled, (workbook) => {
      const sheet = sheetOf(workbook, "Chỉ tiêu");
      const table = locateTable(sheet);
      const [g, h] = [table.col("Tử số"), table.col("Mẫu số")];
      for (let r = table.headerRow; r <= sheet.rowCount; r++) {
        const [numerator, denominator] = [cellAt(sheet, address(r, g)).value, cellAt(sheet, address(r, h)).value];
        cellAt(sheet, address(r, g)).value = denominator;
        cellAt(sheet, address(r, h)).value = numerator;
      }
      cellAt(sheet, `F${table.headerRow}`).value = "KẾT QUẢ   thực hien";
      cellAt(sheet, `A${table.headerRow}`).value = "ma";
      sheet.spliceRows(1, 0, [], []);
    });
    const { submission, notes } = await read(moved);
    expect(notes).toEqual([]);
    expect(withoutAddresses(submission)).toEqual(withoutAddresses(expected));
    const ratio = submission.indicators.find((entry) => entry.numerator?.raw !== null)!;
    expect(ratio.numerator?.cell).toMatch(/^H/);
  });

  it("warns about a row the unit inserted and typed into without a Mã, and reads the rest as before", async () => {
    const inserted = await edited(filled, (workbook) => {
      const sheet = sheetOf(workbook, "Nhiệm vụ");
      const table = locateTable(sheet);
      const at = table.headerRow + 3;
      sheet.spliceRows(at, 0, []);
      sheet.getRow(at).getCell(table.col("Mô tả kết quả trong kỳ")).value =
        "Đã triển khai thêm nội dung ngoài biểu mẫu.";
    });
    const { submission, notes } = await read(inserted);
    expect(notes.map((note) => [note.code, note.severity, note.sheet])).toEqual([
      ["row_without_id", "warning", "Nhiệm vụ"],
    ]);
    expect(notes[0].message).toContain("không có Mã");
    expect(withoutAddresses(submission)).toEqual(withoutAddresses(expected));
  });

  it("reports error values, formulas and blank cells in the cell input instead of throwing", async () => {
    const count = expected.indicators.find((entry) => entry.indicatorId === "KHCN.II.9")!;
    const percent = expected.indicators.find((entry) => entry.result.raw === 67.1)!;
    const task = expected.tasks[0];
    const broken = await edited(filled, (workbook) => {
      const indicators = sheetOf(workbook, "Chỉ tiêu");
      cellAt(indicators, count.result.cell).value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      cellAt(indicators, percent.result.cell).value = {
        formula: "1/0",
        result: { error: "#DIV/0!" },
      } as ExcelJS.CellFormulaValue;
      cellAt(sheetOf(workbook, "Nhiệm vụ"), task.status.cell).value = null;
    });
    const { submission } = await read(broken);
    const find = (id: string) => submission.indicators.find((entry) => entry.indicatorId === id)!;
    expect(find("KHCN.II.9").result).toEqual({ sheet: "Chỉ tiêu", cell: count.result.cell, raw: null, error: "#N/A" });
    expect(find(percent.indicatorId).result).toEqual({
      sheet: "Chỉ tiêu",
      cell: percent.result.cell,
      raw: null,
      error: "#DIV/0!",
      formula: true,
    });
    expect(submission.tasks[0].status).toEqual({ sheet: "Nhiệm vụ", cell: task.status.cell, raw: null });
  });

  it("reads merged input cells as the top-left value and notes the merge", async () => {
    const [first, second] = expected.tasks;
    const merged = await edited(filled, (workbook) => {
      const sheet = sheetOf(workbook, "Nhiệm vụ");
      sheet.mergeCells(`${first.description!.cell}:${second.description!.cell}`);
    });
    const { submission, notes } = await read(merged);
    expect(submission.tasks[0].description?.raw).toBe(first.description!.raw);
    expect(submission.tasks[1].description).toEqual({ sheet: "Nhiệm vụ", cell: second.description!.cell, raw: null });
    expect(notes).toEqual([
      expect.objectContaining({
        sheet: "Nhiệm vụ",
        cell: first.description!.cell,
        severity: "warning",
        code: "merged_cell",
        message: `Trang “Nhiệm vụ”: các ô ${first.description!.cell}:${second.description!.cell} đã bị gộp; chỉ ô đầu vùng gộp được đọc, các ô còn lại coi như để trống.`,
      }),
    ]);
  });

  it("notes a duplicated Mã and reads its first row only", async () => {
    const row = expected.tasks[1];
    const duplicated = await edited(filled, (workbook) => {
      const sheet = sheetOf(workbook, "Nhiệm vụ");
      const last = sheet.rowCount + 1;
      cellAt(sheet, `A${last}`).value = row.taskId;
      cellAt(sheet, `F${last}`).value = "Đã hoàn thành";
    });
    const { submission, notes } = await read(duplicated);
    expect(submission.tasks.filter((entry) => entry.taskId === row.taskId)).toHaveLength(1);
    expect(notes).toEqual([
      expect.objectContaining({ code: "duplicate_row", severity: "warning", unit: "xa-muong-sai" }),
    ]);
  });

  it("leaves out a column that was deleted or renamed, and says so, unless it is the result or status column", async () => {
    const noNote = await edited(filled, (workbook) => {
      const sheet = sheetOf(workbook, "Chỉ tiêu");
      cellAt(sheet, `I${locateTable(sheet).headerRow}`).value = "Ghi chép";
    });
    const { submission, notes } = await read(noNote);
    expect(submission.indicators[0]).not.toHaveProperty("note");
    expect(notes).toEqual([
      expect.objectContaining({
        sheet: "Chỉ tiêu",
        code: "missing_column",
        severity: "warning",
        message: `Tệp “${FILE}”, trang “Chỉ tiêu”: không tìm thấy cột “Ghi chú” (có thể đã bị xóa hoặc đổi tên).`,
      }),
    ]);
    const noStatus = await edited(filled, (workbook) => {
      const sheet = sheetOf(workbook, "Nhiệm vụ");
      cellAt(sheet, `F${locateTable(sheet).headerRow}`).value = "Tình trạng";
    });
    expect(await refusal(noStatus)).toMatchObject({ code: "missing_column", sheet: "Nhiệm vụ", severity: "error" });
  });

  it("refuses a file that is not a workbook, an old .xls, and a workbook without the identity sheet", async () => {
    expect(await refusal(new TextEncoder().encode("Báo cáo tháng 5"), "bao-cao.docx")).toEqual({
      file: "bao-cao.docx",
      severity: "error",
      code: "unreadable_file",
      message:
        "Không mở được tệp “bao-cao.docx”: tệp không phải sổ Excel .xlsx hoặc đã bị hỏng. Đề nghị đơn vị lưu lại dạng .xlsx và gửi lại.",
    });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(await refusal(xls, "bao-cao.xls")).toMatchObject({
      code: "unreadable_file",
      message: expect.stringContaining("(.xls)"),
    });
    const plan = await writeXlsx(buildPlanWorkbook(CATALOG));
    expect(await refusal(plan, "Phu-luc.xlsx")).toEqual({
      file: "Phu-luc.xlsx",
      sheet: "_dinh_danh",
      severity: "error",
      code: "not_a_form",
      message:
        "Tệp “Phu-luc.xlsx” không phải biểu mẫu báo cáo do Sở Khoa học và Công nghệ phát hành: không có trang định danh “_dinh_danh”.",
    });
  });

  it("refuses an identity with a key removed, and a form missing a sheet, naming the file and the sheet", async () => {
    const tampered = await edited(filled, (workbook) => {
      cellAt(sheetOf(workbook, "_dinh_danh"), "A6").value = "dau_van_tay";
    });
    expect(await refusal(tampered)).toMatchObject({
      code: "not_a_form",
      message: expect.stringContaining("fingerprint"),
    });
    const noTasks = await edited(filled, (workbook) => workbook.removeWorksheet(sheetOf(workbook, "Nhiệm vụ").id));
    expect(await refusal(noTasks)).toEqual({
      file: FILE,
      sheet: "Nhiệm vụ",
      severity: "error",
      code: "missing_sheet",
      message: `Tệp “${FILE}” thiếu trang tính “Nhiệm vụ” (có thể đã bị xóa hoặc đổi tên). Đề nghị đơn vị dùng lại biểu mẫu gốc.`,
    });
  });

  it("reads an untouched form as blank inputs, its rate formulas included", async () => {
    const { submission } = await read(await writtenForm("so-khcn"), "2026-05_so-khcn.xlsx");
    expect(submission.contact).toBeUndefined();
    expect(submission.indicators).toHaveLength(44);
    expect(submission.indicators.every((entry) => entry.result.raw === null)).toBe(true);
    expect(submission.indicators.filter((entry) => entry.result.formula).length).toBeGreaterThan(20);
    const [composite, single] = [
      submission.tasks.filter((entry) => entry.parts),
      submission.tasks.filter((entry) => !entry.parts),
    ];
    expect(single.every((entry) => entry.status.raw === null)).toBe(true);
    // The seven composite deadlines ask each part's Tiến độ on its own row; the task's cell holds the locked hint.
    expect(composite.map((entry) => [entry.taskId, entry.parts?.map((part) => [part.index, part.status.raw])])).toEqual(
      ["NV.I.1", "NV.I.2", "NV.I.8", "NV.I.10", "NV.II.3", "NV.VIII.9", "NV.IX.1"].map((id) => [
        id,
        [
          [0, null],
          [1, null],
        ],
      ]),
    );
    expect(composite.every((entry) => entry.status.raw === "Ghi theo từng phần bên dưới")).toBe(true);
  });
});
