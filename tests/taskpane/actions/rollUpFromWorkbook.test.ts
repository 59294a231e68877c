/**
 * Quý II, 6 tháng đầu năm and năm 2026 made inside Excel (the Office.js fake) from the workbook's "Dữ liệu các kỳ",
 * after April, May and June were consolidated into it through the pane, against the command line's `report` on a
 * book holding the same rows: the same figures, statuses and sentences, written as the month's summary is; a sheet
 * missing, unreadable or without a month of the period writes nothing, and a failed write leaves the old summary.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { runCli } from "../../../src/cli/main";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { ConsolidationRun } from "../../../src/domain/consolidation/fileOutcomes";
import { monthsOf } from "../../../src/domain/history/periodHistory";
import { rollUpOf } from "../../../src/domain/history/rollUpChoice";
import { parsePeriod, periodLabel } from "../../../src/domain/language/parsePeriod";
import type { IsoDate, Period } from "../../../src/domain/language/types";
import { describeConsolidation } from "../../../src/domain/report/describeConsolidation";
import { HISTORY_SHEET, historyTexts } from "../../../src/domain/texts/history";
import { SUMMARY_SHEETS } from "../../../src/domain/texts/summary";
import { planSamples } from "../../../src/samples/planSamples";
import { createConsolidateActions } from "../../../src/taskpane/actions/consolidateActions";
import type { ConsolidateActions, RollUpOutcome } from "../../../src/taskpane/actions/types";
import { createExcelWriter } from "../../../src/taskpane/office/excelWriter";
import { createWorkbookHistory } from "../../../src/taskpane/office/openWorkbook";
import { detectCapabilities } from "../../../src/workbook/excel/hostCapabilities";
import { readHistorySheet } from "../../../src/workbook/excel/readHistorySheet";
import { summarySheetNames } from "../../../src/workbook/summary/buildSummaryWorkbook";
import { writeHistoryFile } from "../../../src/workbook/xlsx/historyWorkbook";
import { writeSampleForms } from "../../support/sampleFolder";
import { chosenFromDisk, uncancelled } from "./filesOnDisk";
import { FakeExcel, type FakeSheet } from "../../workbook/excel/fakeExcel";
import { installSheetReads } from "../../workbook/excel/fakeExcelSheetReads";
import { ledgerKnowing } from "./memorySettings";

const catalog = catalog2026();
const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;
const MONTHS = ["04", "05", "06"] as const;
const dir = mkdtempSync(join(tmpdir(), "pane-rollup-"));
const book = join(dir, "so-theo-doi.xlsx");
const capabilities = detectCapabilities({ isSetSupported: (name) => name === "ExcelApi" });

/* eslint-disable @typescript-eslint/no-explicit-any -- the command's JSON, read back as data */
type Json = any;

function runIn(excel: FakeExcel): FakeExcel {
  installSheetReads(excel);
  Object.assign(globalThis, {
    Excel: { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(excel.requestContext) },
  });
  return excel;
}

/** The pane's actions inside Excel: the workbook's history, and the summary written into the workbook. */
function paneActions(...knownSheets: string[]): ConsolidateActions {
  return createConsolidateActions(catalog, {
    history: createWorkbookHistory(capabilities),
    writeToWorkbook: createExcelWriter(capabilities, ledgerKnowing(...knownSheets)),
  });
}

/** The command line's `report` on the book, its JSON read back. */
async function cliReport(code: string, asOf: IsoDate): Promise<Json> {
  const json = join(dir, `report-${code}.json`);
  const errors: string[] = [];
  const io = { print: () => undefined, error: (t: string) => errors.push(t), today: () => asOf };
  const args = ["report", "--period", code, "--as-of", asOf, "--history", book, "--json", json];
  if ((await runCli(args, io)) !== 0) throw new Error(errors.join("\n"));
  return JSON.parse(readFileSync(json, "utf8"));
}

const asJson = (run: ConsolidationRun): Json => JSON.parse(JSON.stringify(describeConsolidation(catalog, run)));
/** What Excel shows: a text written with its leading "'" (safe text: "- Nhiệm vụ …") shows without it. */
const shown = (sheet: FakeSheet) => [...sheet.cells.values()].map((cell) => String(cell.value).replace(/^'/, ""));

function written(outcome: RollUpOutcome) {
  if (outcome.kind !== "written") throw new Error(`${outcome.message} ${outcome.issues.join(" ")}`);
  return outcome;
}

let excel: FakeExcel;
let actions: ConsolidateActions;
let paths: Record<(typeof MONTHS)[number], string[]>;

beforeAll(async () => {
  // Each month another seed; four of April's units send nothing after April, so the quarter has units of April.
  const plans = MONTHS.map((month, i) =>
    planSamples(catalog, period(`2026-${month}`), 7 + i)
      .filter((plan) => plan.send)
      .slice(0, 14),
  );
  const silent = new Set(plans[0].slice(0, 4).map((plan) => plan.unitId));
  paths = { "04": [], "05": [], "06": [] };
  for (const [i, month] of MONTHS.entries()) {
    mkdirSync(join(dir, month));
    const sent = i === 0 ? plans[i] : plans[i].filter((plan) => !silent.has(plan.unitId));
    paths[month] = await writeSampleForms(join(dir, month), catalog, sent);
  }
  excel = runIn(new FakeExcel(["Ghi chú"]));
  actions = paneActions();
  for (const month of MONTHS) {
    const options = { period: period(`2026-${month}`), asOf: `2026-${month}-14` };
    const run = await actions.consolidate(chosenFromDisk(paths[month]), options, uncancelled());
    if (run.history?.kind !== "recorded") throw new Error(`2026-${month} not recorded`);
  }
  // The command line's book holds the very rows of the workbook's sheet.
  const records = await readHistorySheet(excel.requestContext);
  if (!records.ok) throw new Error(records.issues.map((issue) => issue.message).join("; "));
  const bytes = await writeHistoryFile(undefined, records.value, basename(book), new Date("2026-07-14T00:00:00Z"));
  if (!bytes.ok) throw new Error(bytes.issues.map((issue) => issue.message).join("; "));
  writeFileSync(book, bytes.value);
}, 300_000);

afterAll(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  rmSync(dir, { recursive: true, force: true });
});

describe("a quarter, half-year or year made from the workbook's 'Dữ liệu các kỳ'", () => {
  it("offers first the quarter of the latest month recorded", async () => {
    const latest = await actions.latestRecordedMonth!();
    expect(latest?.code).toBe("2026-06");
    expect(rollUpOf(latest!).code).toBe("2026-Q2");
  });

  it.each([
    ["2026-Q2", "2026-07-14"],
    ["2026-H1", "2026-07-14"],
    ["2026", "2026-12-31"],
  ])("%s as of %s equals the command line's report on the same rows", async (code, asOf) => {
    const outcome = written(await actions.rollUpToWorkbook!(period(code), asOf, uncancelled()));
    const expected = await cliReport(code, asOf);
    expect(asJson(outcome.run)).toEqual(expected);
    // Not an empty answer agreed on twice: units of June, units standing at their April figures, and figures.
    expect(expected.units.filter((unit: Json) => unit.status !== "missing").length).toBeGreaterThan(5);
    expect(expected.units.filter((unit: Json) => unit.carriedFrom === "2026-04").length).toBeGreaterThan(0);
    expect(expected.indicators.filter((indicator: Json) => indicator.value !== null).length).toBeGreaterThan(5);
    expect(outcome.months.map((month) => month.code)).toEqual(["2026-04", "2026-05", "2026-06"]);
    const span = monthsOf(period(code)).filter((month) => !["04", "05", "06"].includes(month.code.slice(5)));
    expect(outcome.missingMonths).toEqual(span);
  });

  it("writes the summary's sheets into the workbook, holding the report's sentences", async () => {
    const outcome = written(await actions.rollUpToWorkbook!(period("2026-Q2"), "2026-07-14", uncancelled()));
    expect(outcome.written.sheets).toEqual(summarySheetNames);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Ghi chú", HISTORY_SHEET, ...summarySheetNames]);
    const text = shown(excel.sheet(SUMMARY_SHEETS.reportText));
    const sentences = outcome.run.consolidation.reportSections.flatMap((section) => section.sentences);
    for (const sentence of sentences) expect(text).toContain(sentence.text);
    expect(text).toContain(outcome.run.consolidation.rolledUpFrom?.sentence);
    expect(excel.sheet("Ghi chú").cell("A1")).toBeUndefined();
  });

  it("leaves the previous summary exactly as it was when the write fails", async () => {
    written(await actions.rollUpToWorkbook!(period("2026-Q2"), "2026-07-14", uncancelled()));
    const before = excel.sheets.slice();
    const cells = new Map(before.map((sheet) => [sheet.name, new Map(sheet.cells)]));
    excel.failWhen = (command) => command.includes("freezePanes");
    try {
      await expect(actions.rollUpToWorkbook!(period("2026"), "2026-12-31", uncancelled())).rejects.toThrow();
    } finally {
      excel.failWhen = undefined;
    }
    expect(excel.sheets).toEqual(before);
    for (const sheet of excel.sheets) expect(sheet.cells).toEqual(cells.get(sheet.name));
  });

  it("says the history holds no month of a later quarter, and writes nothing", async () => {
    const before = excel.sheets.slice();
    const outcome = await actions.rollUpToWorkbook!(period("2026-Q3"), "2026-10-14", uncancelled());
    const q3 = period("2026-Q3");
    expect(outcome).toEqual({
      kind: "refused",
      message: historyTexts.rollUp.noMonths(periodLabel(q3), monthsOf(q3).map(periodLabel)),
      issues: [],
    });
    expect(outcome.kind === "refused" && outcome.message).toContain("quý III/2026");
    expect(excel.sheets).toEqual(before);
  });
});

describe("a workbook whose 'Dữ liệu các kỳ' cannot give a report", () => {
  it("without the sheet: says so, offers no month and writes nothing", async () => {
    const fresh = runIn(new FakeExcel(["Sheet1"]));
    const bare = paneActions();
    expect(await bare.latestRecordedMonth!()).toBeUndefined();
    expect(await bare.rollUpToWorkbook!(period("2026-Q2"), "2026-07-14", uncancelled())).toEqual({
      kind: "refused",
      message: historyTexts.rollUpPane.noHistory(HISTORY_SHEET),
      issues: [],
    });
    expect(fresh.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });

  it("with a bad cell: names the cell, and leaves the old summary and the sheet as they were", async () => {
    const fresh = runIn(new FakeExcel(["Sheet1"]));
    const own = paneActions(...summarySheetNames);
    await own.consolidate(
      chosenFromDisk(paths["04"]),
      { period: period("2026-04"), asOf: "2026-04-14" },
      uncancelled(),
    );
    written(await own.rollUpToWorkbook!(period("2026-Q2"), "2026-07-14", uncancelled()));
    const before = fresh.sheets.slice();
    fresh.sheet(HISTORY_SHEET).cells.set("A3", { value: "tháng 4", numberFormat: "@" });
    const outcome = await own.rollUpToWorkbook!(period("2026-Q2"), "2026-07-14", uncancelled());
    expect(outcome).toEqual({
      kind: "refused",
      message: historyTexts.rollUpPane.notRead(HISTORY_SHEET),
      issues: ["Trang “Dữ liệu các kỳ”, ô A3: “tháng 4” không phải mã kỳ báo cáo (ví dụ 2026-05, 2026-Q2)."],
    });
    expect(fresh.sheets).toEqual(before);
    expect(await own.latestRecordedMonth!()).toBeUndefined();
  });

  it("is not offered without the workbook's history or outside Excel", () => {
    expect(createConsolidateActions(catalog).rollUpToWorkbook).toBeUndefined();
    expect(createConsolidateActions(catalog).latestRecordedMonth).toBeUndefined();
    const historyOnly = createConsolidateActions(catalog, { history: createWorkbookHistory(capabilities) });
    expect(historyOnly.rollUpToWorkbook).toBeUndefined();
  });
});
