import ExcelJS from "exceljs";
import type { SamplePlan } from "../../src/samples/samplePlan";
import { CONTACT_LABELS, FORM_SHEETS } from "../../src/workbook/templates/formLayout";
import { ratioFormula } from "../../src/workbook/templates/indicatorSheet";
import { fillForm } from "../../src/samples/fillForm";
import { loadXlsx, locateTable, saveXlsx, sheetOf, writtenForm } from "../workbook/templates/formTestSupport";

const plan: SamplePlan = {
  unitId: "xa-muong-sai",
  period: "2026-05",
  fileName: "2026-05_xa-muong-sai.xlsx",
  receivedAt: "2026-05-08T02:15:00.000Z",
  send: true,
  contact: {
    name: "Lò Văn Hùng - Công chức Văn hóa - Xã hội",
    phone: "0212 3852 123",
    email: "cds.xa-muong-sai@sonla.gov.vn",
  },
  indicators: {
    "CDS.II.2": { numerator: 45, denominator: 50, note: "Ước tính" },
    "CDS.II.3": { result: "Chưa triển khai" },
    "CDS.II.8.1": { result: 86.5 },
    "CDS.II.1": { result: "#N/A" },
    "KHCN.II.4": { result: "03 (Số liệu lũy kế)" },
  },
  tasks: {
    // "- Kế hoạch: Trước 10/5/2026 - Báo cáo: Quý, …": a status per part.
    "NV.I.2": {
      parts: ["Đã hoàn thành", "Đang thực hiện"],
      progress: 100,
      description: "Đã ban hành Kế hoạch số 45/KH-UBND ngày 06/5/2026.",
    },
    "NV.I.3": {
      status: "Đang thực hiện",
      progress: 40,
      difficulties: "Thiếu nhân lực.",
      proposals: "Đề nghị tập huấn.",
    },
  },
  fixedEdits: [{ sheet: "indicators", id: "CDS.II.6", column: "target2026", text: "50%" }],
  quirks: [],
};

async function filledTables(bytes: Uint8Array) {
  const workbook = await loadXlsx(bytes);
  return {
    workbook,
    indicators: locateTable(sheetOf(workbook, FORM_SHEETS.indicators)),
    tasks: locateTable(sheetOf(workbook, FORM_SHEETS.tasks)),
  };
}

/** Reverses the indicator rows as a sort would, each rate's formula following its row as Excel rewrites it. */
async function withIndicatorRowsReversed(form: Uint8Array): Promise<Uint8Array> {
  const workbook = await loadXlsx(form);
  const sheet = sheetOf(workbook, FORM_SHEETS.indicators);
  const table = locateTable(sheet);
  const rows = [...table.rows.values()];
  const values = rows.map((r) => Array.from({ length: 9 }, (_, i) => sheet.getRow(r).getCell(i + 1).value));
  rows.forEach((r, i) => {
    values[rows.length - 1 - i].forEach((value, c) => {
      const isFormula = typeof value === "object" && value !== null && "formula" in value;
      sheet.getRow(r).getCell(c + 1).value = isFormula ? { formula: ratioFormula(r), result: "" } : value;
    });
  });
  return saveXlsx(workbook);
}

describe("fillForm", () => {
  let form: Uint8Array;
  let filled: Uint8Array;
  beforeAll(async () => {
    form = await writtenForm("xa-muong-sai");
    filled = await fillForm(form, plan);
  });

  it("writes numbers as numbers and text as text in the rows of their Mã", async () => {
    const { indicators, tasks } = await filledTables(filled);
    expect(indicators.cell("CDS.II.8.1", "Kết quả thực hiện").value).toBe(86.5);
    expect(indicators.cell("CDS.II.2", "Tử số").value).toBe(45);
    expect(indicators.cell("CDS.II.2", "Mẫu số").value).toBe(50);
    expect(indicators.cell("CDS.II.2", "Ghi chú").value).toBe("Ước tính");
    expect(indicators.cell("KHCN.II.4", "Kết quả thực hiện").value).toBe("03 (Số liệu lũy kế)");
    expect(tasks.cell("NV.I.2#1", "Tiến độ").value).toBe("Đã hoàn thành");
    expect(tasks.cell("NV.I.2#2", "Tiến độ").value).toBe("Đang thực hiện");
    expect(tasks.cell("NV.I.2", "Tiến độ").value).toBe("Ghi theo từng phần bên dưới");
    expect(tasks.cell("NV.I.2", "Tỷ lệ hoàn thành (%)").value).toBe(100);
    expect(tasks.cell("NV.I.2", "Mô tả kết quả trong kỳ").value).toBe(plan.tasks["NV.I.2"].description);
    expect(tasks.cell("NV.I.3", "Khó khăn, vướng mắc").value).toBe("Thiếu nhân lực.");
    expect(tasks.cell("NV.I.3", "Đề xuất, kiến nghị").value).toBe("Đề nghị tập huấn.");
    expect(tasks.cell("NV.I.3", "Mô tả kết quả trong kỳ").value).toBeNull();
  });

  it("keeps a rate's formula and caches its result; a reason replaces the formula", async () => {
    const { indicators } = await filledTables(filled);
    const rate = indicators.cell("CDS.II.2", "Kết quả thực hiện");
    expect(rate.type).toBe(ExcelJS.ValueType.Formula);
    expect(rate.formula).toContain("ROUND(");
    expect((rate.value as ExcelJS.CellFormulaValue).result).toBe(90);
    expect(indicators.cell("CDS.II.3", "Kết quả thực hiện").value).toBe("Chưa triển khai");
  });

  it("writes #N/A as Excel's error value", async () => {
    const { indicators } = await filledTables(filled);
    expect(indicators.cell("CDS.II.1", "Kết quả thực hiện").value).toEqual({ error: "#N/A" });
  });

  it("edits the fixed cell the plan names and nothing else fixed", async () => {
    const { indicators } = await filledTables(filled);
    const before = locateTable(sheetOf(await loadXlsx(form), FORM_SHEETS.indicators));
    expect(before.cell("CDS.II.6", "Chỉ tiêu năm 2026").value).toBe("60%");
    expect(indicators.cell("CDS.II.6", "Chỉ tiêu năm 2026").value).toBe("50%");
    expect(indicators.cell("CDS.II.2", "Chỉ tiêu năm 2026").value).toBe(
      before.cell("CDS.II.2", "Chỉ tiêu năm 2026").value,
    );
  });

  it("puts the contact person right of the cover's labels", async () => {
    const { workbook } = await filledTables(filled);
    const cover = sheetOf(workbook, FORM_SHEETS.cover);
    const rightOf = (label: string) => {
      let found: unknown;
      cover.eachRow((row) =>
        row.eachCell((cell, col) => {
          if (cell.value === label) found = row.getCell(col + 1).value;
        }),
      );
      return found;
    };
    expect(rightOf(CONTACT_LABELS.name)).toBe(plan.contact.name);
    expect(rightOf(CONTACT_LABELS.phone)).toBe(plan.contact.phone);
    expect(rightOf(CONTACT_LABELS.email)).toBe(plan.contact.email);
  });

  it("dates the workbook at its receipt and gives the same bytes every time", async () => {
    const { workbook } = await filledTables(filled);
    expect(workbook.modified?.toISOString()).toBe(plan.receivedAt);
    expect(Buffer.from(await fillForm(form, plan)).equals(Buffer.from(filled))).toBe(true);
    const later = await fillForm(form, { ...plan, receivedAt: "2026-05-09T02:15:00.000Z" });
    expect(Buffer.from(later).equals(Buffer.from(filled))).toBe(false);
  });

  it("fills the right rows of a form whose rows were sorted", async () => {
    const sorted = await withIndicatorRowsReversed(form);
    const original = locateTable(sheetOf(await loadXlsx(form), FORM_SHEETS.indicators));
    const { indicators } = await filledTables(await fillForm(sorted, plan));
    expect(indicators.rows.get("CDS.II.2")).not.toBe(original.rows.get("CDS.II.2"));
    expect(indicators.cell("CDS.II.2", "Tử số").value).toBe(45);
    expect(indicators.cell("CDS.II.8.1", "Kết quả thực hiện").value).toBe(86.5);
    expect((indicators.cell("CDS.II.2", "Kết quả thực hiện").value as ExcelJS.CellFormulaValue).result).toBe(90);
    expect(indicators.cell("CDS.II.2", "Các mục tiêu/chỉ tiêu").value).toBe(
      original.cell("CDS.II.2", "Các mục tiêu/chỉ tiêu").value,
    );
  });

  it("refuses a plan for a row the form does not have", async () => {
    await expect(fillForm(form, { ...plan, indicators: { "CDS.I.1": { result: 67.1 } } })).rejects.toThrow("CDS.I.1");
  });
});
