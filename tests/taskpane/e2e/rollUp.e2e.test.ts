/** @jest-environment node */
/**
 * The built pane inside the stubbed Excel (tests/support/officeStub), opened on a workbook whose "Dữ liệu các kỳ"
 * holds April, May and June: Tổng hợp offers quý II first (the quarter of June, the latest month), says that quý I
 * has no month recorded, then makes quý II with no file chosen, as the engine does in Node, and writes the summary's
 * sheets into the workbook.
 */
import type { Locator, Page } from "playwright-core";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { historyRecords } from "../../../src/domain/history/historyRecords";
import { monthsOf } from "../../../src/domain/history/periodHistory";
import { rollUpPeriod, type RolledUpPeriod } from "../../../src/domain/history/rollUpPeriod";
import type { HistoryRecord } from "../../../src/domain/history/types";
import { parsePeriod, periodLabel } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { HISTORY_SHEET, historyTexts } from "../../../src/domain/texts/history";
import { SUMMARY_SHEETS } from "../../../src/domain/texts/summary";
import { planSamples } from "../../../src/samples/planSamples";
import { summarySheetNames } from "../../../src/workbook/summary/buildSummaryWorkbook";
import { writeHistoryFile } from "../../../src/workbook/xlsx/historyWorkbook";
import { loadXlsx } from "../../support/collectingWorkbook";
import { seedFrom, stubSheet, stubState } from "../../support/officeStub/installOfficeStub";
import { openPaneInExcel, type PaneInExcel } from "../../support/officeStub/paneInExcel";
import { consolidateInNode, writeSampleForms } from "../../support/sampleFolder";

const catalog = catalog2026();
const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;
const MONTHS = ["04", "05", "06"] as const;
const texts = historyTexts.rollUpPane;

describe("Báo cáo quý from 'Dữ liệu các kỳ' in Excel (office.js stubbed), in headless Chromium", () => {
  let pane: PaneInExcel | undefined;
  let page: Page;
  let panel: Locator;
  let folder: string;
  let expected: RolledUpPeriod;
  const problems: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "bccds-rollup-e2e-"));
    // The months consolidated in Node one after the other, each against the ones before, as the pane records them.
    let records: HistoryRecord[] = [];
    for (const [i, month] of MONTHS.entries()) {
      const monthPeriod = period(`2026-${month}`);
      const plans = planSamples(catalog, monthPeriod, 7 + i)
        .filter((plan) => plan.send)
        .slice(0, 10 - 2 * i);
      mkdirSync(join(folder, month));
      const paths = await writeSampleForms(join(folder, month), catalog, plans);
      const run = await consolidateInNode(
        paths,
        { catalog, period: monthPeriod, asOf: `2026-${month}-14` },
        { records, carryForward: true },
      );
      records = [...records, ...historyRecords(catalog, run.consolidation, run.files)];
    }
    const rolled = rollUpPeriod(catalog, period("2026-Q2"), "2026-07-14", records);
    if (!rolled.ok) throw new Error(rolled.issues.map((issue) => issue.message).join("; "));
    expected = rolled.value;
    const book = await writeHistoryFile(undefined, records, "so.xlsx", new Date("2026-07-01T00:00:00Z"));
    if (!book.ok) throw new Error(book.issues.map((issue) => issue.message).join("; "));
    const seed = seedFrom(await loadXlsx(book.value));
    const url = "https://example.org/So%20tong%20hop.xlsx";
    pane = await openPaneInExcel({ excelApi: "1.13", url, seed }, "Tổng hợp", problems);
    ({ page, panel } = pane);
  }, 300_000);

  afterAll(async () => {
    await pane?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const choice = () => panel.getByLabel(texts.periodLabel);

  async function makeReport(code: string): Promise<void> {
    await choice().selectOption(code);
    await panel.getByLabel(texts.asOfLabel).fill("14/07/2026");
    await panel.getByRole("button", { name: texts.run }).click();
  }

  it("offers first the quarter of the latest month recorded", async () => {
    await page.waitForFunction(
      (label) => [...document.querySelectorAll("select")].some((select) => select.value === label),
      "2026-Q2",
    );
    expect(await choice().inputValue()).toBe("2026-Q2");
  });

  it("says that quý I has no month recorded, and writes nothing", async () => {
    await makeReport("2026-Q1");
    const q1 = period("2026-Q1");
    const message = historyTexts.rollUp.noMonths(periodLabel(q1), monthsOf(q1).map(periodLabel));
    await panel.getByText(message).waitFor({ timeout: 30_000 });
    expect((await stubState(page)).sheets.map((sheet) => sheet.name)).toEqual([HISTORY_SHEET]);
  });

  it("makes quý II with no file chosen, as the engine does in Node, and writes its summary into the workbook", async () => {
    await makeReport("2026-Q2");
    const done = texts.done(periodLabel(period("2026-Q2")), expected.files.length, [...summarySheetNames]);
    await panel.getByText(done).waitFor({ timeout: 60_000 });
    const completeness = expected.consolidation.reportSections.find((section) => section.id === "completeness")!;
    const shown = await panel.getByTestId("rollup-completeness").locator("p").allTextContents();
    expect(shown).toEqual(completeness.sentences.map((sentence) => sentence.text));
    expect(shown).toContain(expected.consolidation.rolledUpFrom?.sentence);
    const names = (await stubState(page)).sheets.map((sheet) => sheet.name);
    expect(names).toEqual([HISTORY_SHEET, ...summarySheetNames]);
    const register = await stubSheet(page, SUMMARY_SHEETS.register);
    const cells = Object.values(register?.cells ?? {}).map((cell) => String(cell.value));
    expect(cells).toContain(expected.consolidation.completenessSentence);
    expect(problems).toEqual([]);
  });
});
