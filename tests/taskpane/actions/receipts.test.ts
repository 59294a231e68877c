/**
 * The pane's intake with the Office.js fake: one selection read once for Kiểm tra and Tổng hợp, and receipt times
 * the officer corrects in the pane or in the register sheet, kept in the workbook's settings across runs.
 */
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { ConsolidationRun } from "../../../src/domain/consolidation/fileOutcomes";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { planSamples } from "../../../src/samples/planSamples";
import { sampleFileBytes } from "../../../src/samples/sampleFile";
import { createCheckActions } from "../../../src/taskpane/actions/checkActions";
import { createConsolidateActions } from "../../../src/taskpane/actions/consolidateActions";
import { settingsReceiptStore } from "../../../src/taskpane/actions/receiptStore";
import { registerSheetReader } from "../../../src/taskpane/actions/registerSheet";
import { settingsSheetLedger } from "../../../src/taskpane/actions/sheetLedger";
import type { ChosenFile, ChosenFileReads } from "../../../src/taskpane/actions/types";
import { createExcelWriter } from "../../../src/taskpane/office/excelWriter";
import { detectCapabilities } from "../../../src/workbook/excel/hostCapabilities";
import { readSheetValues } from "../../../src/workbook/excel/readSheetValues";
import { withSavedTime } from "../../support/coreProperties";
import { FakeExcel } from "../../workbook/excel/fakeExcel";
import { installUsedRangeReads } from "../../workbook/excel/fakeExcelUsedRange";
import { memorySettings } from "./memorySettings";
import { operationContext as context } from "./operationContext";

const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const catalog = catalog2026();
const REGISTER = "Tình hình gửi báo cáo";
const options = { period: may, asOf: "2026-05-14" };
/** The officer saved every attachment on 12/5, after the deadline; the units saved their workbooks on time. */
const SAVED_BY_OFFICER = Date.parse("2026-05-12T03:00:00Z");
const plans = planSamples(catalog, may)
  .filter((plan) => plan.send && plan.quirks.length === 0)
  .slice(0, 3);

/** The units' files as the browser hands them over, counting how often each is loaded. */
async function chosenFiles(): Promise<{ files: ChosenFile[]; loads: Map<string, number> }> {
  const loads = new Map<string, number>();
  const files = await Promise.all(
    plans.map(async (plan) => {
      const bytes = withSavedTime(await sampleFileBytes(catalog, plan), plan.receivedAt);
      return {
        name: plan.fileName,
        size: bytes.length,
        lastModified: SAVED_BY_OFFICER,
        arrayBuffer: async () => {
          loads.set(plan.fileName, (loads.get(plan.fileName) ?? 0) + 1);
          return bytes.slice().buffer as ArrayBuffer;
        },
      };
    }),
  );
  return { files, loads };
}

const status = (run: ConsolidationRun, unitId: string) =>
  run.consolidation.register.find((row) => row.unitId === unitId);

describe("one selection for Kiểm tra and Tổng hợp", () => {
  it("reads a file once: checked first, then consolidated from what the check read", async () => {
    const { files, loads } = await chosenFiles();
    const reads: ChosenFileReads = new WeakMap();
    const check = await createCheckActions(catalog, undefined, reads).checkFiles(files, options, context());
    expect(check.files).toHaveLength(3);
    const run = await createConsolidateActions(catalog, { reads }).consolidate(files, options, context());
    expect(run.files.map((file) => file.status)).toEqual(["accepted", "accepted", "accepted"]);
    expect([...loads.values()]).toEqual([1, 1, 1]);
  });

  it("reads again for another catalog's actions, which share nothing", async () => {
    const { files, loads } = await chosenFiles();
    await createCheckActions(catalog, undefined, new WeakMap()).checkFiles(files, options, context());
    await createConsolidateActions(catalog, { reads: new WeakMap() }).consolidate(files, options, context());
    expect([...loads.values()]).toEqual([2, 2, 2]);
  });
});

describe("receipt times in the collecting workbook", () => {
  const excel = new FakeExcel(["Sheet1"]);
  installUsedRangeReads(excel);
  const settings = memorySettings();
  Object.assign(globalThis, {
    Excel: { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(excel.requestContext) },
  });
  const capabilities = detectCapabilities({
    isSetSupported: (name, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1]) <= 13,
  });

  /** The actions as a fresh pane makes them when the workbook is opened: only the workbook carries over. */
  function openPane() {
    return createConsolidateActions(catalog, {
      writeToWorkbook: createExcelWriter(capabilities, settingsSheetLedger(settings.store)),
      reads: new WeakMap(),
      receipts: settingsReceiptStore(settings.store),
      readRegisterSheet: registerSheetReader((names) => readSheetValues(excel.requestContext, names)),
    });
  }

  /** The officer types into the register sheet's "Thời điểm nhận" cell of a unit's file. */
  function typeTime(file: string, text: string) {
    const sheet = excel.sheet(REGISTER);
    const fileCell = [...sheet.cells.entries()].find(([, cell]) => cell.value === file)?.[0];
    if (!fileCell) throw new Error(`no row for ${file}`);
    const row = Number(fileCell.replace(/^[A-Z]+/, ""));
    expect(sheet.cell(`F${row}`)?.value).toMatch(/^\d{2}\/05\/2026 \d{2}:\d{2}$/);
    sheet.cells.set(`F${row}`, { value: text, numberFormat: "@" });
  }

  it("is the units' own save: all on time, though every file is dated the 12th", async () => {
    const { files } = await chosenFiles();
    const pane = openPane();
    const run = await pane.consolidate(files, options, context());
    for (const plan of plans)
      expect(status(run, plan.unitId)).toMatchObject({ status: "received", receiptSource: "workbook" });
    await pane.writeSummaryToWorkbook!(run, context());
    const header = [...excel.sheet(REGISTER).cells.entries()].find(([, cell]) => cell.value === "Nguồn thời điểm nhận");
    expect(header?.[0]).toMatch(/^G\d+$/);
  });

  it("follows a time typed into the register sheet, keeps it, and still follows it once the sheet is written again", async () => {
    const { files } = await chosenFiles();
    const [typed] = plans;
    typeTime(typed.fileName, "11/05/2026 09:00");
    const pane = openPane();
    const run = await pane.consolidate(files, options, context());
    expect(status(run, typed.unitId)).toMatchObject({
      status: "late",
      receiptSource: "officer",
      receivedAt: "2026-05-11T02:00:00.000Z",
    });
    expect(status(run, plans[1].unitId)?.status).toBe("received");
    expect(settings.values.get("baoCaoCds.receiptTimes")).toEqual({ [typed.fileName]: "2026-05-11T02:00:00.000Z" });
    await pane.writeSummaryToWorkbook!(run, context());

    const again = await openPane().consolidate(files, options, context());
    expect(status(again, typed.unitId)).toMatchObject({ status: "late", receiptSource: "officer" });
  });

  it("follows a correction made in the pane, on this run and once the workbook is opened again", async () => {
    const { files } = await chosenFiles();
    const corrected = plans[1];
    const pane = openPane();
    await pane.saveReceipts({ [corrected.fileName]: "2026-05-11T08:30:00.000Z" });
    const run = await pane.consolidate(files, options, context());
    expect(status(run, corrected.unitId)).toMatchObject({ status: "late", receiptSource: "officer" });
    expect(run.consolidation.lateSentence).toContain(catalog.units.find((u) => u.id === corrected.unitId)?.name);
    // The sheet still shows the time it was written with: that is no new word from the officer.
    const reopened = await openPane().consolidate(files, options, context());
    expect(status(reopened, corrected.unitId)).toMatchObject({ status: "late", receiptSource: "officer" });
    expect(status(reopened, plans[2].unitId)).toMatchObject({ status: "received", receiptSource: "workbook" });
  });

  it("warns about a register time that does not read, naming the cell, and keeps the time it had", async () => {
    const { files } = await chosenFiles();
    const [, , last] = plans;
    typeTime(last.fileName, "mười giờ");
    const run = await openPane().consolidate(files, options, context());
    expect(status(run, last.unitId)).toMatchObject({ status: "received", receiptSource: "workbook" });
    const warning = run.findings.find((finding) => finding.code === "receipt_time_unreadable");
    expect(warning).toMatchObject({ severity: "warning", sheet: REGISTER });
    expect(warning?.message).toMatch(
      /^Trang “Tình hình gửi báo cáo”, ô F\d+: Thời điểm nhận “mười giờ” không đọc được/,
    );
  });
});
