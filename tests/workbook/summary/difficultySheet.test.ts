import { consolidateAndReport } from "../../../src/domain/report/reportConsolidation";
import type { TaskOutcome } from "../../../src/domain/consolidation/types";
import ExcelJS from "exceljs";
import { resolveStyle } from "../../../src/workbook/model/cellFormats";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { buildSummaryWorkbook } from "../../../src/workbook/summary/buildSummaryWorkbook";
import { catalog, period, taskEntry, unitFile } from "../../domain/consolidation/fixtures";
import { lastRow, rowValues, rowWith, sheetNamed, styleAt } from "./sheetCells";

const remark = (text: string, cell: string) => ({ text, cell: { sheet: "Nhiệm vụ", cell } });

function task(taskId: string, row: number, difficulty?: string, proposal?: string): TaskOutcome {
  return {
    ...taskEntry(taskId, "in_progress"),
    ...(difficulty === undefined ? {} : { difficulties: remark(difficulty, `J${row}`) }),
    ...(proposal === undefined ? {} : { proposals: remark(proposal, `K${row}`) }),
  };
}

function summary(files: Parameters<typeof consolidateAndReport>[0]["files"]) {
  const consolidation = consolidateAndReport({ catalog, period: period("2026-05"), asOf: "2026-05-14", files });
  const workbook = buildSummaryWorkbook({ catalog, consolidation, findings: [], generatedAt: new Date(0) });
  return { workbook, sheet: sheetNamed(workbook, "Khó khăn, đề xuất") };
}

const taskOf = (id: string) => catalog.tasks.find((candidate) => candidate.id === id)!;

describe("Khó khăn, đề xuất", () => {
  const { workbook, sheet } = summary([
    unitFile("xa-muong-sai", { file: "muong-sai.xlsx", tasks: [task("NV.I.2", 9, "Thiếu máy tính.", "Không")] }),
    unitFile("so-yt", {
      file: "so-yt.xlsx",
      tasks: [task("NV.I.2", 9, undefined, "Đề nghị tập huấn."), task("NV.IV.3.1", 20, "Thiếu kinh phí.", "=1+1")],
    }),
    unitFile("so-tc", { tasks: [task("NV.I.1", 8, "Không có khó khăn, vướng mắc.", "-")] }),
  ]);

  it("has the digest's columns under the as-of title", () => {
    const header = rowWith(sheet, 1, "STT");
    expect(rowValues(sheet, header, 5)).toEqual([
      "STT",
      "Đơn vị",
      "Khó khăn, vướng mắc",
      "Đề xuất, kiến nghị",
      "Nguồn",
    ]);
    expect(rowValues(sheet, 1, 1)[0]).toBe("KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ THÁNG 5 NĂM 2026");
    expect(rowValues(sheet, 2, 1)[0]).toBe("(Số liệu tính đến ngày 14/5/2026)");
  });

  it("groups by task (group row, STT and name in bold) then unit in register order, with the source cells", () => {
    const header = rowWith(sheet, 1, "STT");
    const rows = Array.from({ length: lastRow(sheet) - header }, (_, i) => rowValues(sheet, header + 1 + i, 5));
    const groupIV = catalog.tasks.find((t) => t.group === "IV")!.groupTitle;
    expect(rows).toEqual([
      ["I", catalog.tasks[0].groupTitle, null, null, null],
      ["2", taskOf("NV.I.2").name, null, null, null],
      [null, "Sở Y tế", null, "Đề nghị tập huấn.", "so-yt.xlsx, Nhiệm vụ!K9"],
      [null, "Xã Mường Sại", "Thiếu máy tính.", null, "muong-sai.xlsx, Nhiệm vụ!J9"],
      ["IV", groupIV, null, null, null],
      [taskOf("NV.IV.3").stt, taskOf("NV.IV.3").name, null, null, null],
      [taskOf("NV.IV.3.1").stt, taskOf("NV.IV.3.1").name, null, null, null],
      [null, "Sở Y tế", "Thiếu kinh phí.", "=1+1", "so-yt.xlsx, Nhiệm vụ!J20, K20"],
    ]);
    expect(resolveStyle(workbook, styleAt(sheet, header + 2, 2))?.font?.bold).toBe(true);
    expect(resolveStyle(workbook, styleAt(sheet, header + 3, 2))?.font?.bold).toBeFalsy();
  });

  it("writes a unit's text starting with “=” to the file as that text, never as a formula", async () => {
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(Buffer.from(await writeXlsx(workbook)) as unknown as ExcelJS.Buffer);
    const written = file.getWorksheet("Khó khăn, đề xuất")!;
    const row = written.getColumn(4).values.indexOf("=1+1");
    expect(row).toBeGreaterThan(0);
    expect(written.getRow(row).getCell(4).type).toBe(ExcelJS.ValueType.String);
  });

  it("says so when no unit wrote anything but “Không”", () => {
    const empty = summary([unitFile("so-tc", { tasks: [task("NV.I.1", 8, "Không", "không có.")] })]).sheet;
    const header = rowWith(empty, 1, "STT");
    expect(rowValues(empty, header + 1, 1)).toEqual([
      "Không đơn vị nào nêu khó khăn, vướng mắc hoặc đề xuất, kiến nghị.",
    ]);
    expect(lastRow(empty)).toBe(header + 1);
  });
});
