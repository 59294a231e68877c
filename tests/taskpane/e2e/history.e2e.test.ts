/** @jest-environment node */
/**
 * The built pane inside the stubbed Excel (tests/support/officeStub), Tổng hợp run for April then May: the
 * workbook's "Dữ liệu các kỳ" is written as an Excel table holding both months, May carries the units silent in
 * May from April as the engine does in Node, and the switch turns carrying off for a run of May again, whose rows
 * replace May's.
 */
import type { Locator, Page } from "playwright-core";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { ConsolidationRun } from "../../../src/domain/consolidation/fileOutcomes";
import { historyRecords } from "../../../src/domain/history/historyRecords";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { HISTORY_SHEET, HISTORY_TABLE, historyTexts } from "../../../src/domain/texts/history";
import { uiTexts } from "../../../src/domain/texts/ui";
import { planSamples } from "../../../src/samples/planSamples";
import { stubSheet, stubState } from "../../support/officeStub/installOfficeStub";
import { openPaneInExcel, type PaneInExcel } from "../../support/officeStub/paneInExcel";
import { consolidateInNode, writeSampleForms } from "../../support/sampleFolder";

const catalog = catalog2026();
const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;
const [april, may] = [period("2026-04"), period("2026-05")];

function completeness(run: ConsolidationRun): string[] {
  return run.consolidation.reportSections
    .find((section) => section.id === "completeness")!
    .sentences.map((sentence) => sentence.text);
}

describe("Dữ liệu các kỳ in Excel (office.js stubbed), in headless Chromium", () => {
  let pane: PaneInExcel | undefined;
  let page: Page;
  let panel: Locator;
  let folder: string;
  const paths: Record<"04" | "05", string[]> = { "04": [], "05": [] };
  const expected: Record<string, ConsolidationRun> = {};
  const problems: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "bccds-history-e2e-"));
    const aprilPlans = planSamples(catalog, april, 7)
      .filter((plan) => plan.send)
      .slice(0, 12);
    const silent = new Set(aprilPlans.slice(0, 4).map((plan) => plan.unitId));
    const mayPlans = planSamples(catalog, may)
      .filter((plan) => plan.send && !silent.has(plan.unitId))
      .slice(0, 12);
    for (const month of ["04", "05"] as const) mkdirSync(join(folder, month));
    paths["04"] = await writeSampleForms(join(folder, "04"), catalog, aprilPlans);
    paths["05"] = await writeSampleForms(join(folder, "05"), catalog, mayPlans);
    // What the engine makes of the same files and history in Node.
    expected.april = await consolidateInNode(paths["04"], { catalog, period: april, asOf: "2026-04-14" });
    const records = historyRecords(catalog, expected.april.consolidation, expected.april.files);
    const mayContext = { catalog, period: may, asOf: "2026-05-14" };
    expected.may = await consolidateInNode(paths["05"], mayContext, { records, carryForward: true });
    expected.mayAlone = await consolidateInNode(paths["05"], mayContext, { records, carryForward: false });
    const url = "https://example.org/So%20tong%20hop.xlsx";
    pane = await openPaneInExcel({ excelApi: "1.13", url }, "Tổng hợp", problems);
    ({ page, panel } = pane);
  }, 300_000);

  afterAll(async () => {
    await pane?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  async function consolidate(month: "04" | "05", label: string): Promise<void> {
    await page.getByLabel("Kỳ báo cáo").selectOption(`2026-${month}`);
    // The chosen files stay chosen across runs: last month's go first.
    const clear = panel.getByRole("button", { name: uiTexts.files.clear });
    if (await clear.count()) await clear.click();
    await panel.getByLabel(uiTexts.files.inputLabel).setInputFiles(paths[month]);
    await panel.getByText(uiTexts.files.chosen(paths[month].length)).waitFor();
    await panel.getByLabel("Tính đến ngày").fill(`14/${month}/2026`);
    await panel.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await panel.getByTestId("history-result").getByText(`của kỳ ${label}`).waitFor({ timeout: 60_000 });
  }

  /** Column A of the history sheet below its header: each row's period. */
  async function periodsInSheet(): Promise<string[]> {
    const sheet = await stubSheet(page, HISTORY_SHEET);
    return Object.entries(sheet?.cells ?? {})
      .filter(([a1]) => /^A\d+$/.test(a1) && a1 !== "A1")
      .map(([, cell]) => String(cell.value))
      .filter((value) => value !== "");
  }

  const count = (list: string[], code: string) => list.filter((value) => value === code).length;
  const rows = (run: ConsolidationRun) => historyRecords(catalog, run.consolidation, run.files).length;

  it("records April in the workbook's Excel table, leaving the officer on their own sheet", async () => {
    await consolidate("04", "tháng 4/2026");
    const periods = await periodsInSheet();
    expect(count(periods, "2026-04")).toBe(rows(expected.april));
    expect(periods).toHaveLength(rows(expected.april));
    const sheet = await stubSheet(page, HISTORY_SHEET);
    expect(sheet?.tables).toEqual([{ name: HISTORY_TABLE, range: `A1:N${periods.length + 1}`, hasHeaders: true }]);
    expect(sheet?.cells.A1.value).toBe(historyTexts.columns.period);
    expect((await stubState(page)).active).toBe("Sheet1");
  });

  it("gives May April's figures for the units silent in May, as the engine does in Node, and keeps both months", async () => {
    const toggle = panel.getByRole("switch", { name: historyTexts.carryForwardSwitch });
    expect(await toggle.isChecked()).toBe(true);
    await consolidate("05", "tháng 5/2026");
    const shown = await panel.getByTestId("report-completeness").locator("p").allTextContents();
    expect(shown).toEqual(completeness(expected.may));
    expect(shown.some((text) => text.startsWith("Dùng số liệu kỳ trước cho "))).toBe(true);
    const periods = await periodsInSheet();
    expect(count(periods, "2026-04")).toBe(rows(expected.april));
    expect(count(periods, "2026-05")).toBe(rows(expected.may));
    const tables = (await stubSheet(page, HISTORY_SHEET))?.tables;
    expect(tables).toEqual([{ name: HISTORY_TABLE, range: `A1:N${periods.length + 1}`, hasHeaders: true }]);
    expect((await stubState(page)).sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", HISTORY_SHEET]);
  });

  it("with the switch off, runs May again without carrying and replaces May's rows", async () => {
    await panel.getByRole("switch", { name: historyTexts.carryForwardSwitch }).click();
    await consolidate("05", "tháng 5/2026");
    const shown = await panel.getByTestId("report-completeness").locator("p").allTextContents();
    expect(shown).toEqual(completeness(expected.mayAlone));
    expect(shown.some((text) => text.startsWith("Dùng số liệu kỳ trước cho "))).toBe(false);
    const periods = await periodsInSheet();
    expect(count(periods, "2026-04")).toBe(rows(expected.april));
    expect(count(periods, "2026-05")).toBe(rows(expected.mayAlone));
    expect(problems).toEqual([]);
  });
});
