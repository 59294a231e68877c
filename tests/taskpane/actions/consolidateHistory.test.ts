/**
 * April then May consolidated through the pane's action inside Excel (the Office.js fake), against the command
 * line's --history on the same files: May carries April's figures, compares with April, and the workbook's
 * "Dữ liệu các kỳ" holds both periods, the same rows as the command line's book; running May again replaces its rows.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { runCli } from "../../../src/cli/main";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { HistoryRecord } from "../../../src/domain/history/types";
import { PROVINCE_UNIT_ID } from "../../../src/domain/history/types";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { describeConsolidation } from "../../../src/domain/report/describeConsolidation";
import { HISTORY_SHEET, HISTORY_TABLE } from "../../../src/domain/texts/history";
import { planSamples } from "../../../src/samples/planSamples";
import { createConsolidateActions } from "../../../src/taskpane/actions/consolidateActions";
import type { ChosenFile, ConsolidationOutcome } from "../../../src/taskpane/actions/types";
import { createWorkbookHistory } from "../../../src/taskpane/office/openWorkbook";
import { detectCapabilities } from "../../../src/workbook/excel/hostCapabilities";
import { readHistorySheet } from "../../../src/workbook/excel/readHistorySheet";
import { readHistoryFile } from "../../../src/workbook/xlsx/historyWorkbook";
import type { SamplePlan } from "../../../src/samples/samplePlan";
import { loadXlsx } from "../../support/collectingWorkbook";
import { writeSampleForms } from "../../support/sampleFolder";
import { chosenFromDisk, uncancelled } from "./filesOnDisk";
import { FakeExcel } from "../../workbook/excel/fakeExcel";
import { installSheetReads } from "../../workbook/excel/fakeExcelSheetReads";

const catalog = catalog2026();
const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;
const [april, may] = [period("2026-04"), period("2026-05")];
const dir = mkdtempSync(join(tmpdir(), "pane-history-"));
const book = join(dir, "so-theo-doi.xlsx");
const capabilities = detectCapabilities({ isSetSupported: (name) => name === "ExcelApi" });

/* eslint-disable @typescript-eslint/no-explicit-any -- the command's JSON, read back as data */
type Json = any;

/** The command line on the same folder and book, its JSON read back. */
async function cli(month: "04" | "05", ...flags: string[]): Promise<Json> {
  const json = join(dir, `cli-${month}-${flags.length}.json`);
  const errors: string[] = [];
  const io = { print: () => undefined, error: (t: string) => errors.push(t), today: () => "2026-05-14" };
  const args = ["consolidate", join(dir, month), "--period", `2026-${month}`, "--as-of", `2026-${month}-14`];
  const code = await runCli([...args, "--json", json, "--history", book, ...flags], io);
  if (code !== 0) throw new Error(errors.join("\n"));
  return JSON.parse(readFileSync(json, "utf8"));
}

const asJson = (run: ConsolidationOutcome): Json => JSON.parse(JSON.stringify(describeConsolidation(catalog, run)));

async function bookRecords(): Promise<HistoryRecord[]> {
  const read = await readHistoryFile(new Uint8Array(readFileSync(book)), basename(book));
  if (!read.ok) throw new Error(read.issues.map((issue) => issue.message).join("; "));
  return read.value;
}

const counts = new Set(catalog.indicators.filter((i) => i.measure === "count").map((i) => i.id));

/** A count a unit gave in April, set one below in its May file (kept dated as sent): the drop to be caught. */
async function plantDrop(aprilRecords: HistoryRecord[], mayPlans: SamplePlan[]): Promise<HistoryRecord> {
  for (const record of aprilRecords) {
    const plan = mayPlans.find((p) => p.unitId === record.unitId && p.quirks.length === 0);
    if (!plan || !counts.has(record.itemId) || !record.value || !record.cell) continue;
    const path = join(dir, "05", plan.fileName);
    const workbook = await loadXlsx(new Uint8Array(readFileSync(path)));
    const [sheet, cell] = record.cell.split("!");
    const target = workbook.getWorksheet(sheet)?.getCell(cell);
    if (typeof target?.value !== "number" || target.value < record.value) continue;
    target.value = record.value - 1;
    const { mtime } = statSync(path);
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
    utimesSync(path, mtime, mtime);
    return record;
  }
  throw new Error("no count to plant a drop on");
}

let excel: FakeExcel;
let planted: HistoryRecord;
let files: Record<"04" | "05", ChosenFile[]>;
let carriedUnits: string[];
const pane: Record<string, ConsolidationOutcome> = {};
const cliRuns: Record<string, Json> = {};
const sheetAfter: Record<string, HistoryRecord[]> = {};

async function sheetRecords(): Promise<HistoryRecord[]> {
  const read = await readHistorySheet(excel.requestContext);
  if (!read.ok) throw new Error(read.issues.map((issue) => issue.message).join("; "));
  return read.value;
}

beforeAll(async () => {
  // Another seed for April; six of April's units send nothing in May, so May has someone to carry.
  const aprilPlans = planSamples(catalog, april, 7)
    .filter((plan) => plan.send)
    .slice(0, 24);
  const silentInMay = new Set(aprilPlans.slice(0, 6).map((plan) => plan.unitId));
  const mayPlans = planSamples(catalog, may)
    .filter((plan) => plan.send && !silentInMay.has(plan.unitId))
    .slice(0, 24);
  for (const month of ["04", "05"]) mkdirSync(join(dir, month));
  const mayPaths = await writeSampleForms(join(dir, "05"), catalog, mayPlans);
  files = { "04": chosenFromDisk(await writeSampleForms(join(dir, "04"), catalog, aprilPlans)), "05": [] };
  excel = new FakeExcel(["Ghi chú"]);
  excel.sheet("Ghi chú").cells.set("A1", { value: "Việc cần làm", numberFormat: "General" });
  installSheetReads(excel);
  Object.assign(globalThis, {
    Excel: { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(excel.requestContext) },
  });
  const actions = createConsolidateActions(catalog, { history: createWorkbookHistory(capabilities) });
  pane.april = await actions.consolidate(files["04"], { period: april, asOf: "2026-04-14" }, uncancelled());
  sheetAfter.april = await sheetRecords();
  planted = await plantDrop(sheetAfter.april, mayPlans);
  files["05"] = chosenFromDisk(mayPaths);
  pane.may = await actions.consolidate(files["05"], { period: may, asOf: "2026-05-14" }, uncancelled());
  sheetAfter.may = await sheetRecords();
  const again = { period: may, asOf: "2026-05-14", carryForward: false };
  pane.mayAgain = await actions.consolidate(files["05"], again, uncancelled());
  sheetAfter.mayAgain = await sheetRecords();
  cliRuns.april = await cli("04");
  sheetAfter.bookApril = await bookRecords();
  cliRuns.may = await cli("05");
  sheetAfter.bookMay = await bookRecords();
  cliRuns.mayAgain = await cli("05", "--no-carry-forward");
  carriedUnits = pane.may.consolidation.register.filter((row) => row.carriedFrom).map((row) => row.unitId);
}, 300_000);

afterAll(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  rmSync(dir, { recursive: true, force: true });
});

describe("Tổng hợp inside Excel with the workbook's 'Dữ liệu các kỳ'", () => {
  it("gives May April's figures as the previous period and carries units silent in May", () => {
    const aprilValues = new Map(pane.april.consolidation.indicators.map((i) => [i.id, i.value]));
    for (const indicator of asJson(pane.may).indicators) {
      expect(indicator.previous).toEqual({ period: "2026-04", value: aprilValues.get(indicator.id) ?? null });
    }
    expect(carriedUnits.length).toBeGreaterThan(0);
    const aprilAccepted = new Set(sheetAfter.april.map((record) => record.unitId));
    for (const unitId of carriedUnits) expect(aprilAccepted.has(unitId)).toBe(true);
    expect(pane.may.consolidation.carriedSentence).toMatch(
      /^Dùng số liệu kỳ trước cho \d+ đơn vị .*\(tháng 4\/2026\)\.$/,
    );
  });

  it("flags the count a unit lowered below its April figure", () => {
    const cell = (planted.cell as string).split("!")[1];
    const flagged = pane.may.findings.filter((f) => f.code === "cumulative_decreased");
    expect(flagged.find((f) => f.unit === planted.unitId && f.cell === cell)?.message).toContain(
      `kỳ trước đã báo cáo ${planted.value}`,
    );
  });

  it("gives the same result as the command line's --history for the same files, with and without carrying", () => {
    expect(asJson(pane.april)).toEqual(cliRuns.april);
    expect(asJson(pane.may)).toEqual(cliRuns.may);
    expect(asJson(pane.mayAgain)).toEqual(cliRuns.mayAgain);
    expect(pane.mayAgain.consolidation.register.some((row) => row.carriedFrom)).toBe(false);
  });

  it("keeps both periods in the sheet's Excel table, the same rows as the command line's book", () => {
    expect(new Set(sheetAfter.april.map((r) => r.period))).toEqual(new Set(["2026-04"]));
    expect(sheetAfter.april).toEqual(sheetAfter.bookApril);
    expect(sheetAfter.may).toEqual(sheetAfter.bookMay);
    expect(new Set(sheetAfter.may.map((r) => r.period))).toEqual(new Set(["2026-04", "2026-05"]));
    const tables = excel.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet: sheet.name, ...table })));
    expect(tables).toEqual([
      { sheet: HISTORY_SHEET, name: HISTORY_TABLE, range: `A1:N${sheetAfter.mayAgain.length + 1}`, hasHeaders: true },
    ]);
    expect(pane.may.history).toEqual({
      kind: "recorded",
      message: `Đã lưu ${sheetAfter.may.length - sheetAfter.april.length} dòng của kỳ tháng 5/2026 vào trang “Dữ liệu các kỳ” (thay các dòng cũ của kỳ này, nếu có).`,
    });
  });

  it("replaces May's rows when May is run again, keeping April's and the officer's own sheet", () => {
    const rows = (records: HistoryRecord[], code: string) => records.filter((r) => r.period === code);
    expect(rows(sheetAfter.mayAgain, "2026-04")).toEqual(rows(sheetAfter.april, "2026-04"));
    const mayRows = rows(sheetAfter.mayAgain, "2026-05");
    expect(new Set(mayRows.map((r) => `${r.unitId}|${r.kind}|${r.itemId}`)).size).toBe(mayRows.length);
    // Without carrying, May's province figures may differ; what the units sent does not.
    const units = (records: HistoryRecord[]) => records.filter((r) => r.unitId !== PROVINCE_UNIT_ID);
    expect(units(mayRows)).toEqual(units(rows(sheetAfter.may, "2026-05")));
    expect(sheetAfter.mayAgain.length).toBe(sheetAfter.april.length + mayRows.length);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Ghi chú", HISTORY_SHEET]);
    expect(excel.sheet("Ghi chú").cell("A1")?.value).toBe("Việc cần làm");
    expect(excel.active).toBeUndefined();
  });
});

describe("a history sheet that cannot be used", () => {
  function freshExcel(): FakeExcel {
    const fresh = new FakeExcel(["Ghi chú"]);
    installSheetReads(fresh);
    Object.assign(globalThis, {
      Excel: { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(fresh.requestContext) },
    });
    return fresh;
  }

  it("with a bad cell: May is consolidated without it, the cell is named, and the sheet is left as it was", async () => {
    const fresh = freshExcel();
    const actions = createConsolidateActions(catalog, { history: createWorkbookHistory(capabilities) });
    await actions.consolidate(files["04"], { period: april, asOf: "2026-04-14" }, uncancelled());
    const sheet = fresh.sheet(HISTORY_SHEET);
    sheet.cells.set("A3", { value: "tháng 4", numberFormat: "@" });
    const run = await actions.consolidate(files["05"], { period: may, asOf: "2026-05-14" }, uncancelled());
    expect(run.history?.kind).toBe("notRead");
    expect(run.history?.kind === "notRead" && run.history.issues).toEqual([
      "Trang “Dữ liệu các kỳ”, ô A3: “tháng 4” không phải mã kỳ báo cáo (ví dụ 2026-05, 2026-Q2).",
    ]);
    expect(run.consolidation.register.some((row) => row.carriedFrom)).toBe(false);
    expect(run.consolidation.indicators.some((indicator) => indicator.previous)).toBe(false);
    expect(fresh.sheet(HISTORY_SHEET)).toBe(sheet);
    expect(sheet.cell("A3")?.value).toBe("tháng 4");
  });

  it("when Excel refuses the write: the result stands, the old history is untouched, the officer is told", async () => {
    const fresh = freshExcel();
    const actions = createConsolidateActions(catalog, { history: createWorkbookHistory(capabilities) });
    await actions.consolidate(files["04"], { period: april, asOf: "2026-04-14" }, uncancelled());
    const sheet = fresh.sheet(HISTORY_SHEET);
    const before = new Map(sheet.cells);
    fresh.failWhen = (command) => command.startsWith("add table");
    const run = await actions.consolidate(files["05"], { period: may, asOf: "2026-05-14" }, uncancelled());
    expect(run.history?.kind).toBe("notWritten");
    expect(run.consolidation.register.some((row) => row.carriedFrom)).toBe(true);
    expect(fresh.sheets.map((s) => s.name)).toEqual(["Ghi chú", HISTORY_SHEET]);
    expect(fresh.sheet(HISTORY_SHEET)).toBe(sheet);
    expect(sheet.cells).toEqual(before);
  });
});
