import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import ExcelJS from "exceljs";
import { buildSummaryWorkbook } from "../../../src/workbook/summary/buildSummaryWorkbook";
import { splitSummaryWorkbook } from "../../../src/workbook/summary/splitSummaryWorkbook";
import { createSheet, createWorkbook, mergeCells, setRow } from "../../../src/workbook/model/buildSheet";
import type { MadeRow, Workbook } from "../../../src/workbook/model/types";
import { readCentralDirectory } from "../../../src/workbook/xlsx/inspectZipDirectory";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { writeXlsxStreamed } from "../../../src/workbook/xlsx/writeXlsxStreamed";
import { consolidateAndReport } from "../../../src/domain/report/reportConsolidation";
import { catalog as plan, period, taskEntry, unitFile } from "../../domain/consolidation/fixtures";
import { buildForm } from "../sampleForm";
import { catalog, consolidation, findings } from "../summary/summaryFixture";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** What ExcelJS reads back but its typings leave out. */
interface SheetExtras {
  sheetProtection?: Record<string, unknown>;
  conditionalFormattings?: unknown[];
  dataValidations: { model: Record<string, unknown> };
  model: { merges: string[] };
}

/** Everything a reader of the file sees of a sheet: cells with their styles, merges, sizes, views and settings. */
function describeSheet(sheet: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  const heights: Record<number, number | undefined> = {};
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (row.height !== undefined) heights[number] = row.height;
    row.eachCell({ includeEmpty: true }, (cell) => {
      // An empty text written inline (the streamed file keeps no shared strings) reads back as a blank cell, which
      // Excel shows as it shows the empty shared string: both are taken as blank.
      const blank = cell.value === "";
      cells[cell.address] = {
        value: blank ? null : cell.value,
        type: blank ? ExcelJS.ValueType.Null : cell.type,
        style: cell.style,
        master: cell.master.address,
      };
    });
  });
  const widths = Array.from({ length: sheet.columnCount }, (_, i) => sheet.getColumn(i + 1).width);
  const extras = sheet as unknown as SheetExtras;
  return {
    name: sheet.name,
    state: sheet.state,
    cells,
    heights,
    widths,
    merges: [...extras.model.merges].sort(),
    views: sheet.views,
    pageSetup: sheet.pageSetup,
    headerFooter: sheet.headerFooter,
    validations: extras.dataValidations.model,
    conditionalFormats: extras.conditionalFormattings ?? [],
    protection: extras.sheetProtection ?? null,
  };
}

async function describeFile(bytes: Uint8Array) {
  const workbook = await readBack(bytes);
  return {
    sheets: workbook.worksheets.map(describeSheet),
    definedNames: workbook.definedNames.model,
    creator: workbook.creator,
    modified: workbook.modified,
  };
}

/** A merge whose covered cells hold values and styles of their own, and one reaching rows below the next one. */
function mergesOverContent(): Workbook {
  const workbook = createWorkbook({ creator: "Báo cáo CĐS", created: new Date(Date.UTC(2026, 4, 14)) });
  workbook.styles.box = { borders: { top: { line: "thin" }, bottom: { line: "thin" } }, wrap: true };
  workbook.styles.bold = { font: { bold: true } };
  const sheet = createSheet("Gộp ô");
  mergeCells(sheet, "A2:C4", "ô đầu", "bold");
  setRow(sheet, 2, ["bị che", "cũng bị che"], "box", 2);
  setRow(sheet, 3, ["ô giữa"], "box", 4);
  setRow(sheet, 6, ["=1+1", "@tên", 42], undefined, 1);
  sheet.rowHeights[8] = 30;
  workbook.sheets.push(sheet);
  return workbook;
}

describe("writeXlsxStreamed", () => {
  it("writes the summary's working sheets as the in-memory writer does: every value, style, merge and setting", async () => {
    const { working } = splitSummaryWorkbook(
      buildSummaryWorkbook({ catalog, consolidation, findings, generatedAt: new Date(Date.UTC(2026, 4, 14, 8)) }),
    );
    const streamed = await describeFile(await writeXlsxStreamed(working));
    expect(streamed.sheets.length).toBeGreaterThan(5);
    expect(streamed).toEqual(await describeFile(await writeXlsx(working)));
  });

  it("writes the working sheets' rows made only as they are written exactly as the same rows made beforehand", async () => {
    const working = (rowsLater: boolean) =>
      splitSummaryWorkbook(
        buildSummaryWorkbook({
          catalog,
          consolidation,
          findings,
          generatedAt: new Date(Date.UTC(2026, 4, 14, 8)),
          rowsLater,
        }),
      ).working;
    const later = working(true);
    const withLaterRows = later.sheets.filter((sheet) => sheet.laterRows !== undefined);
    expect(withLaterRows.map((sheet) => sheet.name)).toEqual([
      "Chi tiết nhiệm vụ",
      "Chi tiết theo đơn vị",
      "Khó khăn, đề xuất",
    ]);
    const [details, matrix, difficulties] = withLaterRows;
    expect([...(matrix.laterRows?.rows() ?? [])].length).toBe(consolidation.register.length);
    expect([...(difficulties.laterRows?.rows() ?? [])]).toEqual([]);
    const made = [...(details.laterRows?.rows() ?? [])];
    expect(made.length).toBe(consolidation.tasks.reduce((sum, task) => sum + task.details.length, 0));
    expect(made.length).toBeGreaterThan(0);
    expect(await describeFile(await writeXlsxStreamed(later))).toEqual(
      await describeFile(await writeXlsx(working(false))),
    );
    await expect(writeXlsx(later)).rejects.toThrow(/later/);
  });

  it("writes the difficulties' headings, merged across the row, as the rows made beforehand", async () => {
    const remark = (text: string, cell: string) => ({ text, cell: { sheet: "Nhiệm vụ", cell } });
    const task = { ...taskEntry("NV.I.2", "in_progress"), difficulties: remark("Thiếu máy tính.", "J9") };
    const files = [
      unitFile("xa-muong-sai", { tasks: [task] }),
      unitFile("so-yt", { tasks: [{ ...taskEntry("NV.IV.3.1"), proposals: remark("Đề nghị tập huấn.", "K20") }] }),
    ];
    const month = { catalog: plan, period: period("2026-05"), asOf: "2026-05-14" };
    const withRemarks = consolidateAndReport({ ...month, files });
    const working = (rowsLater: boolean) =>
      splitSummaryWorkbook(
        buildSummaryWorkbook({
          catalog: plan,
          consolidation: withRemarks,
          findings: [],
          generatedAt: new Date(Date.UTC(2026, 4, 14, 8)),
          rowsLater,
        }),
      ).working;
    const later = working(true);
    const sheet = later.sheets.find((candidate) => candidate.name === "Khó khăn, đề xuất");
    const rows = [...(sheet?.laterRows?.rows() ?? [])];
    expect(rows.filter((row) => row.merges !== undefined).length).toBeGreaterThan(2);
    expect(rows.filter((row) => row.merges === undefined).length).toBe(2);
    expect(await describeFile(await writeXlsxStreamed(later))).toEqual(
      await describeFile(await writeXlsx(working(false))),
    );
  });

  it("writes a form's validations, conditional formats, protection, print setup and defined names alike", async () => {
    const form = buildForm();
    const streamed = await describeFile(await writeXlsxStreamed(form));
    expect(streamed.sheets.some((sheet) => sheet.protection !== null)).toBe(true);
    expect(streamed).toEqual(await describeFile(await writeXlsx(form)));
  });

  it("keeps covered cells' own styles and drops their values, as the in-memory writer does", async () => {
    const model = mergesOverContent();
    const streamed = await describeFile(await writeXlsxStreamed(model));
    const cells = streamed.sheets[0].cells as Record<string, { value: unknown; style: { border?: unknown } }>;
    expect(cells.A2.value).toBe("ô đầu");
    expect(cells.B2.value).toBe("ô đầu");
    expect(cells.B2.style.border).toBeDefined();
    expect(cells.A6.value).toBe("=1+1");
    expect(streamed).toEqual(await describeFile(await writeXlsx(model)));
  });

  it("gives the same bytes for the same model", async () => {
    const model = mergesOverContent();
    expect(Buffer.from(await writeXlsxStreamed(model)).equals(Buffer.from(await writeXlsxStreamed(model)))).toBe(true);
  });

  it("waits for the zip while it writes rows, so a long sheet's XML never piles up in memory", async () => {
    const rows = 40_000;
    const line = "Triển khai nền tảng số dùng chung, kết nối liên thông dữ liệu giữa các cấp chính quyền";
    let mostHeld = 0;
    const model = createWorkbook({ creator: "Báo cáo CĐS", created: new Date(Date.UTC(2026, 4, 14)) });
    const sheet = createSheet("Dài");
    setRow(sheet, 1, ["Dòng", "Nội dung"]);
    sheet.laterRows = {
      *rows(): Iterable<MadeRow> {
        for (let row = 2; row <= rows + 1; row++) {
          const text = `${line} ${row}`;
          if (row % 5_000 === 0) {
            collectGarbage();
            mostHeld = Math.max(mostHeld, process.memoryUsage().arrayBuffers);
          }
          yield { row, cells: [1, 2, 3, 4, 5].map((col) => [col, { value: text }]) };
        }
      },
    };
    model.sheets.push(sheet);
    collectGarbage();
    const before = process.memoryUsage().arrayBuffers;
    const bytes = await writeXlsxStreamed(model);
    const written = await readBack(bytes);
    expect(written.worksheets[0].getCell(rows + 1, 5).value).toBe(`${line} ${rows + 1}`);
    // Without waiting, the sheet's XML written so far (most of its 30 MB by the last sample) is all held.
    const directory = readCentralDirectory(bytes, 100);
    if (!directory.ok) throw new Error("directory");
    const sheetXml = directory.value.find((entry) => entry.name === "xl/worksheets/sheet1.xml");
    expect(sheetXml?.uncompressedSize).toBeGreaterThan(30 * 1024 * 1024);
    expect(mostHeld - before).toBeLessThan(12 * 1024 * 1024);
  });

  it("refuses a later row whose merge reaches below it", async () => {
    const model = mergesOverContent();
    model.sheets[0].laterRows = {
      *rows() {
        yield { row: 10, cells: [[1, { value: "tiêu đề" }]], merges: ["A10:B11"] };
      },
    };
    await expect(writeXlsxStreamed(model)).rejects.toThrow(/A10:B11/);
  });

  it("refuses a sheet with a table, which the streaming writer cannot write", async () => {
    const model = mergesOverContent();
    model.sheets[0].tables = [{ name: "Bang", range: "A6:C7" }];
    await expect(writeXlsxStreamed(model)).rejects.toThrow(/table/);
  });
});
