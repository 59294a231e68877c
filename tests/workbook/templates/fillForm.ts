/**
 * Fills a written form the way a unit would (values typed into the input cells, found by header and Mã) and
 * works out, independently of the reader, the submission those values must read back as.
 */
import type ExcelJS from "exceljs";
import { asksForNumeratorAndDenominator, formContentFor } from "../../../src/domain/forms/formContent";
import { partLabel } from "../../../src/domain/language/deadlineParts";
import type { CellInput, IndicatorEntry, Submission, TaskEntry } from "../../../src/domain/submission/types";
import { CATALOG, loadXlsx, locateTable, saveXlsx, sheetOf } from "./formTestSupport";

type Table = ReturnType<typeof locateTable>;
export type Expected = Pick<Submission, "contact" | "indicators" | "tasks">;

export const CONTACT = {
  name: "Lò Văn Thắng - Công chức Văn hóa - Xã hội",
  phone: "0212 3856 789",
  email: "vanhoa.muongsai@sonla.gov.vn",
};

const STATUSES = ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện"];

function input(table: Table, sheet: string, id: string, header: string, raw: CellInput["raw"], extra = {}): CellInput {
  return { sheet, cell: table.cell(id, header).address, raw, ...extra };
}

/** The locked cells the reader gives back, keyed by column key: [key, header as printed, text]. */
function fixed(table: Table, sheet: string, id: string, values: [string, string, string][]) {
  return Object.fromEntries(
    values.map(([key, header, text]) => [key, input(table, sheet, id, header, text === "" ? null : text)]),
  );
}

/** The value a unit writes for the i-th indicator, and what its cell must read as. */
function fillIndicator(table: Table, id: string, i: number): IndicatorEntry {
  const indicator = CATALOG.indicators.find((candidate) => candidate.id === id)!;
  const sheet = "Chỉ tiêu";
  const set = (header: string, value: ExcelJS.CellValue, numFmt?: string) => {
    const cell = table.cell(id, header);
    cell.value = value;
    // ExcelJS shares one style object between the cells of a style: give this cell its own copy.
    if (numFmt) cell.style = { ...cell.style, numFmt };
  };
  const entry: IndicatorEntry = {
    indicatorId: id,
    fixed: fixed(table, sheet, id, [
      ["stt", "STT", indicator.stt],
      ["name", "Các mục tiêu/chỉ tiêu", indicator.name],
      ["result2025", "Kết quả năm 2025", indicator.result2025],
      ["target2026", "Chỉ tiêu năm 2026", indicator.target2026],
    ]),
    result: input(table, sheet, id, "Kết quả thực hiện", null),
    numerator: input(table, sheet, id, "Tử số", null),
    denominator: input(table, sheet, id, "Mẫu số", null),
    note: input(table, sheet, id, "Ghi chú", null),
  };
  if (asksForNumeratorAndDenominator(indicator) && i % 7 !== 3) {
    const [numerator, denominator] = [40 + i, 50 + i];
    const result = Math.round((numerator / denominator) * 100 * 100) / 100;
    set("Tử số", numerator);
    set("Mẫu số", denominator);
    // Excel stores the formula with the value it last computed; the reader takes that value.
    const formulaCell = table.cell(id, "Kết quả thực hiện");
    formulaCell.value = { formula: formulaCell.formula, result } as ExcelJS.CellFormulaValue;
    entry.numerator!.raw = numerator;
    entry.denominator!.raw = denominator;
    entry.result = { ...entry.result, raw: result, formula: true };
  } else if (asksForNumeratorAndDenominator(indicator)) {
    // No numbers yet: the unit types the reason over the formula.
    set("Kết quả thực hiện", "Đang thống kê số liệu");
    entry.result.raw = "Đang thống kê số liệu";
  } else if (indicator.measure === "count") {
    set("Kết quả thực hiện", 12 + i);
    entry.result.raw = 12 + i;
  } else if (i % 3 === 0) {
    set("Kết quả thực hiện", "Ước 87,6%");
    entry.result.raw = "Ước 87,6%";
  } else if (i % 3 === 1) {
    // Typed as "87,6%": Excel keeps 0.876 in a percent format.
    set("Kết quả thực hiện", 0.876, "0.0%");
    entry.result = { ...entry.result, raw: 0.876, percentFormat: true };
  } else {
    set("Kết quả thực hiện", 67.1);
    entry.result.raw = 67.1;
  }
  if (i % 4 === 0) {
    set("Ghi chú", "Số liệu lũy kế đến 30/4/2026");
    entry.note!.raw = "Số liệu lũy kế đến 30/4/2026";
  }
  return entry;
}

function fillTask(table: Table, id: string, i: number): TaskEntry {
  const task = CATALOG.tasks.find((candidate) => candidate.id === id)!;
  const sheet = "Nhiệm vụ";
  const status = STATUSES[i % 3];
  const progress = [100, 60, 0][i % 3];
  const description = i % 3 === 2 ? null : `Đã ban hành Kế hoạch số ${40 + i}/KH-UBND ngày 10/4/2026`;
  const difficulties = i % 5 === 0 ? "Thiếu cán bộ chuyên trách công nghệ thông tin" : null;
  const proposals = i % 5 === 1 ? "Đề nghị Sở Khoa học và Công nghệ tập huấn cho cán bộ xã" : null;
  // A composite deadline asks Tiến độ on each part's row; the task's own cell keeps the locked hint.
  const composite = task.deadline.parts.length > 1;
  const values: [string, string | number | null][] = [
    ["Tiến độ", composite ? null : status],
    ["Tỷ lệ hoàn thành (%)", progress],
    ["Mô tả kết quả trong kỳ", description],
    ["Khó khăn, vướng mắc", difficulties],
    ["Đề xuất, kiến nghị", proposals],
  ];
  for (const [header, value] of values) if (value !== null) table.cell(id, header).value = value;
  const parts = (composite ? task.deadline.parts : []).map((_, index) => {
    const partStatus = STATUSES[(i + index) % 3];
    table.cell(`${id}#${index + 1}`, "Tiến độ").value = partStatus;
    const partId = `${id}#${index + 1}`;
    return {
      index,
      fixed: fixed(table, sheet, partId, [
        ["stt", "STT", ""],
        ["name", "Tên nhiệm vụ", `Phần ${partLabel(task.deadline, index)}`],
        ["product", "Sản phẩm", ""],
        ["deadline", "Thời gian hoàn thành", task.deadline.parts[index].text],
      ]),
      status: input(table, sheet, partId, "Tiến độ", partStatus),
    };
  });
  return {
    taskId: id,
    fixed: fixed(table, sheet, id, [
      ["stt", "STT", task.stt],
      ["name", "Tên nhiệm vụ", task.name],
      ["product", "Sản phẩm", task.product],
      ["deadline", "Thời gian hoàn thành", task.deadline.raw],
    ]),
    status: input(table, sheet, id, "Tiến độ", composite ? "Ghi theo từng phần bên dưới" : status),
    progress: input(table, sheet, id, "Tỷ lệ hoàn thành (%)", progress),
    description: input(table, sheet, id, "Mô tả kết quả trong kỳ", description),
    difficulties: input(table, sheet, id, "Khó khăn, vướng mắc", difficulties),
    proposals: input(table, sheet, id, "Đề xuất, kiến nghị", proposals),
    ...(composite ? { parts } : {}),
  };
}

function fillContact(cover: ExcelJS.Worksheet): void {
  const labels: Record<string, string> = {
    "Người lập báo cáo": CONTACT.name,
    "Số điện thoại": CONTACT.phone,
    "Thư điện tử": CONTACT.email,
  };
  cover.eachRow((row) =>
    row.eachCell((cell, col) => {
      const value = labels[String(cell.value)];
      if (value) row.getCell(col + 1).value = value;
    }),
  );
}

/** Fills every input of `unitId`'s written form; returns the filled bytes and the entries they must read as. */
export async function fillForm(bytes: Uint8Array, unitId: string): Promise<{ bytes: Uint8Array; expected: Expected }> {
  const workbook = await loadXlsx(bytes);
  const content = formContentFor(CATALOG, unitId);
  const indicatorTable = locateTable(sheetOf(workbook, "Chỉ tiêu"));
  const taskTable = locateTable(sheetOf(workbook, "Nhiệm vụ"));
  const indicators = content.indicators.map((indicator, i) => fillIndicator(indicatorTable, indicator.id, i));
  const tasks = content.tasks.map((task, i) => fillTask(taskTable, task.id, i));
  fillContact(sheetOf(workbook, "Thông tin"));
  return { bytes: await saveXlsx(workbook), expected: { contact: CONTACT, indicators, tasks } };
}

/** A submission's entries without cell addresses, by id: what must survive sorting rows or moving columns. */
export function withoutAddresses(entries: Expected) {
  const strip = (value: unknown): unknown =>
    value && typeof value === "object"
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .filter(([key]) => key !== "cell")
            .map(([key, inner]) => [key, strip(inner)]),
        )
      : value;
  return {
    contact: entries.contact,
    indicators: [...entries.indicators].sort((a, b) => a.indicatorId.localeCompare(b.indicatorId)).map(strip),
    tasks: [...entries.tasks].sort((a, b) => a.taskId.localeCompare(b.taskId)).map(strip),
  };
}
