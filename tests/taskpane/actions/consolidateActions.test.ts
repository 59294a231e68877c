import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { consolidateAndReport } from "../../../src/domain/report/reportConsolidation";
import { consolidateFiles } from "../../../src/domain/run/consolidateFiles";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { createConsolidateActions, summaryFileName } from "../../../src/taskpane/actions/consolidateActions";
import { createExcelWriter } from "../../../src/taskpane/office/excelWriter";
import { ledgerKnowing, memorySettings } from "./memorySettings";
import { settingsSheetLedger } from "../../../src/taskpane/actions/sheetLedger";
import { detectCapabilities } from "../../../src/workbook/excel/hostCapabilities";
import { summarySheetNames } from "../../../src/workbook/summary/buildSummaryWorkbook";
import { FakeExcel } from "../../workbook/excel/fakeExcel";
import { planSamples } from "../../../src/samples/planSamples";
import { sampleFileBytes } from "../../../src/samples/sampleFile";
import { readFormSheetGrids } from "../../../src/workbook/excel/readFormSheetGrids";
import { collectingWorkbook, workbookBytes } from "../../support/collectingWorkbook";
import { FakeWorkbookReads } from "../../workbook/excel/fakeWorkbookReads";
import { operationContext as context } from "./operationContext";

const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const catalog = catalog2026();
const noUnitSent = consolidateFiles([], { catalog, period: may, asOf: "2026-05-14" });

function host(newest: number) {
  return detectCapabilities({
    isSetSupported: (name, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1]) <= newest,
  });
}

/** Excel.run handing the callback the fake's request context, as Office.js would hand its own. */
function runIn(excel: FakeExcel) {
  Object.assign(globalThis, {
    Excel: { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(excel.requestContext) },
  });
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("writing the summary into the open workbook", () => {
  it.each([
    [13, []],
    // The summary has no data validation, so 1.7 lacks only the page setup.
    [7, ["Không đặt được thiết lập trang in, tiêu đề in lặp lại, đầu trang và chân trang (cần ExcelApi 1.9)."]],
  ])("on ExcelApi 1.%i: the summary's sheets in three syncs, and what was left out", async (newest, omitted) => {
    const excel = new FakeExcel(["Sheet1"]);
    runIn(excel);
    const actions = createConsolidateActions(catalog, {
      writeToWorkbook: createExcelWriter(host(newest), ledgerKnowing()),
    });
    const outcome = await actions.writeSummaryToWorkbook!(noUnitSent, context());
    expect(outcome.sheets).toEqual([...summarySheetNames]);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", ...summarySheetNames]);
    expect(excel.syncCount).toBe(3);
    expect(outcome.omitted).toEqual(omitted);
  });

  it("writes the report's sentences and every unit's task line through Office.js too", async () => {
    const excel = new FakeExcel(["Sheet1"]);
    runIn(excel);
    const files = ["so-tc", "so-khcn", "xa-muong-sai"].map((unitId) => ({
      file: `2026-05_${unitId}.xlsx`,
      unitId,
      receivedAt: "2026-05-08T09:00:00",
      status: "accepted" as const,
      errors: 0,
      warnings: 0,
      indicators: [],
      tasks: [
        {
          taskId: "NV.I.2",
          status: "done" as const,
          description: `Kế hoạch của ${unitId}.`,
          cell: { sheet: "Nhiệm vụ", cell: "G7" },
        },
      ],
    }));
    const run = {
      ...noUnitSent,
      consolidation: consolidateAndReport({ catalog, period: may, asOf: "2026-05-14", files }),
    };
    await createConsolidateActions(catalog, { writeToWorkbook: createExcelWriter(host(13), ledgerKnowing()) })
      .writeSummaryToWorkbook!(run, context());
    const values = (name: string) =>
      [...(excel.sheets.find((sheet) => sheet.name === name)?.cells.values() ?? [])].map((cell) => cell.value);
    const plan = run.consolidation.reportSections[0].sentences.find((s) => s.text.startsWith("Thực hiện"))!;
    expect(plan.text).toMatch(/^Thực hiện Quyết định số 1055\/QĐ-UBND .* 02\/15 sở, ban, ngành và 01\/75 xã, phường /);
    expect(values("Nội dung báo cáo")).toEqual(expect.arrayContaining([plan.text, plan.footnote]));
    expect(values("Chi tiết nhiệm vụ")).toEqual(
      expect.arrayContaining(["Kế hoạch của so-tc.", "Kế hoạch của so-khcn.", "Kế hoạch của xa-muong-sai."]),
    );
  });

  it("replaces the previous summary, keeping its place among the sheets", async () => {
    const excel = new FakeExcel(["Sheet1", "Tình hình gửi báo cáo", "Ghi chú"]);
    runIn(excel);
    const actions = createConsolidateActions(catalog, {
      writeToWorkbook: createExcelWriter(host(13), ledgerKnowing(...summarySheetNames)),
    });
    await actions.writeSummaryToWorkbook!(noUnitSent, context());
    expect(excel.sheets.map((sheet) => sheet.name)).toContain("Ghi chú");
    expect(excel.sheets.filter((sheet) => sheet.name === "Tình hình gửi báo cáo")).toHaveLength(1);
    expect(excel.sheet("Tình hình gửi báo cáo").cell("A4")?.value).toBe(noUnitSent.consolidation.completenessSentence);
  });

  it("is not offered outside Excel, where the summary is downloaded", () => {
    expect(createConsolidateActions(catalog).writeSummaryToWorkbook).toBeUndefined();
    expect(summaryFileName(may)).toBe("tong-hop-2026-05.xlsx");
  });
});

describe("a consolidation interrupted while writing", () => {
  it("leaves the previous summary exactly as it was and the officer's own sheets untouched", async () => {
    const excel = new FakeExcel(["Sheet1", "Tổng hợp chỉ tiêu", "Ghi chú của tôi"]);
    runIn(excel);
    const previous = excel.sheet("Tổng hợp chỉ tiêu");
    const own = excel.sheet("Ghi chú của tôi");
    const before = excel.sheets.slice();
    excel.failWhen = (command) => command.includes("freezePanes");
    const actions = createConsolidateActions(catalog, {
      writeToWorkbook: createExcelWriter(host(13), ledgerKnowing(...summarySheetNames)),
    });
    await expect(actions.writeSummaryToWorkbook!(noUnitSent, context())).rejects.toThrow();
    expect(excel.sheets).toEqual(before);
    expect(excel.sheet("Tổng hợp chỉ tiêu")).toBe(previous);
    expect(previous.records).toEqual([]);
    expect(own.records).toEqual([]);
  });
});

describe("an officer's own sheet that shares a summary sheet's name", () => {
  it("is never replaced: the write stops before any change, saying which sheet to rename", async () => {
    const excel = new FakeExcel(["Sheet1", "Tổng hợp chỉ tiêu"]);
    runIn(excel);
    const own = excel.sheet("Tổng hợp chỉ tiêu");
    const actions = createConsolidateActions(catalog, {
      writeToWorkbook: createExcelWriter(host(13), ledgerKnowing()),
    });
    await expect(actions.writeSummaryToWorkbook!(noUnitSent, context())).rejects.toThrow(
      "Sổ làm việc đã có trang tính “Tổng hợp chỉ tiêu” không do Báo cáo CĐS tạo",
    );
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "Tổng hợp chỉ tiêu"]);
    expect(own.records).toEqual([]);
  });

  it("remembers in the workbook's settings which sheets it wrote, so the next run may replace them", async () => {
    const excel = new FakeExcel(["Sheet1"]);
    runIn(excel);
    const settings = memorySettings();
    const write = createExcelWriter(host(13), settingsSheetLedger(settings.store));
    await createConsolidateActions(catalog, { writeToWorkbook: write }).writeSummaryToWorkbook!(noUnitSent, context());
    expect(settings.values.get("baoCaoCds.createdSheets")).toEqual(
      summarySheetNames.map((n) => n.toLowerCase()).sort(),
    );
    expect(settings.saves()).toBe(1);
    await createConsolidateActions(catalog, { writeToWorkbook: write }).writeSummaryToWorkbook!(noUnitSent, context());
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", ...summarySheetNames]);
  });
});

describe("consolidating the forms among the open workbook's sheets", () => {
  it("consolidates the units whose sheets were copied in, with the receipt times the import recorded", async () => {
    const plans = planSamples(catalog, may)
      .filter((plan) => plan.send)
      .slice(0, 4);
    const forms = await Promise.all(plans.map((plan) => sampleFileBytes(catalog, plan)));
    const excel = await FakeWorkbookReads.fromXlsx(await workbookBytes(await collectingWorkbook(forms)));
    const late = "2026-05-20T08:00:00.000Z";
    const actions = createConsolidateActions(catalog, {
      workbookForms: {
        name: "Tong hop.xlsx",
        readGrids: (onProgress) => readFormSheetGrids(excel.context, onProgress),
        receipt: (sheets) => (sheets.includes("Chỉ tiêu (2)") ? { receivedAt: late } : undefined),
      },
    });
    const operation = context();
    const run = await actions.consolidateSheets!({ period: may, asOf: "2026-05-25" }, operation);
    // Four small forms come in one batch: the officer sees 0/1, then 1/1.
    expect(operation.progress).toHaveBeenCalledWith(0, 1);
    expect(operation.progress).toHaveBeenLastCalledWith(1, 1);
    const register = new Map(run.consolidation.register.map((row) => [row.unitId, row.status]));
    expect(plans.map((plan) => register.get(plan.unitId))).toEqual(["received", "late", "received", "received"]);
    expect(run.files.map((file) => file.file)[1]).toBe("Tong hop.xlsx › “Chỉ tiêu (2)”, “Nhiệm vụ (2)”");
  });

  it("writes a summary whose findings link to their cells in the workbook's own form sheets", async () => {
    const plan = planSamples(catalog, may).find((p) => p.send && p.quirks.includes("error_value"))!;
    const forms = [await sampleFileBytes(catalog, plan)];
    const reads = await FakeWorkbookReads.fromXlsx(await workbookBytes(await collectingWorkbook(forms)));
    const writes = new FakeExcel(["Chỉ tiêu", "Nhiệm vụ"]);
    runIn(writes);
    const actions = createConsolidateActions(catalog, {
      writeToWorkbook: createExcelWriter(host(13), ledgerKnowing()),
      workbookForms: { name: "Tong hop.xlsx", readGrids: () => readFormSheetGrids(reads.context) },
    });
    const run = await actions.consolidateSheets!({ period: may, asOf: "2026-05-14" }, context());
    expect(run.findings.some((finding) => finding.cell)).toBe(true);
    await actions.writeSummaryToWorkbook!(run, context());
    const links = writes.sheet("Kết quả kiểm tra").recorded("hyperlink");
    expect(links.length).toBe(run.findings.filter((finding) => finding.sheet && finding.cell).length);
    for (const { value } of links) {
      expect(value).not.toHaveProperty("address");
      expect((value as { documentReference: string }).documentReference).toMatch(/^'(Chỉ tiêu|Nhiệm vụ)'![A-Z]+\d+$/);
    }
  });

  it("is not offered without a way to read the workbook's sheets", () => {
    expect(createConsolidateActions(catalog).consolidateSheets).toBeUndefined();
  });
});

describe("consolidating chosen files, in the browser as in Excel", () => {
  it("takes a workbook of units' forms collected as sheets as those units' reports", async () => {
    const plans = planSamples(catalog, may)
      .filter((plan) => plan.send)
      .slice(0, 3);
    const forms = await Promise.all(plans.map((plan) => sampleFileBytes(catalog, plan)));
    const bytes = await workbookBytes(await collectingWorkbook(forms));
    const file = {
      name: "so-thu-thap.xlsx",
      size: bytes.length,
      lastModified: Date.parse("2026-05-09T08:00:00Z"),
      arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
    };
    const run = await createConsolidateActions(catalog).consolidate(
      [file],
      { period: may, asOf: "2026-05-14" },
      context(),
    );
    const received = run.consolidation.register.filter((row) => row.status === "received").map((row) => row.unitId);
    expect(received.sort()).toEqual(plans.map((plan) => plan.unitId).sort());
    expect(run.files.map((outcome) => outcome.file)).toEqual([
      "so-thu-thap.xlsx › “Chỉ tiêu”, “Nhiệm vụ”",
      "so-thu-thap.xlsx › “Chỉ tiêu (2)”, “Nhiệm vụ (2)”",
      "so-thu-thap.xlsx › “Chỉ tiêu (3)”, “Nhiệm vụ (3)”",
    ]);
  });
});
