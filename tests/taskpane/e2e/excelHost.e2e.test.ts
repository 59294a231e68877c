/** @jest-environment node */
/**
 * The built task pane "inside Excel": headless Chromium, with office.js replaced by an in-page stub
 * (tests/support/officeStub) that reports host Excel at a chosen ExcelApi level and keeps one workbook in
 * memory. So the pane's Excel wiring (src/taskpane/index.tsx: the settings ledgers, the form importer, the
 * workbook's form sheets, the summary writer, the print setup, cell selection) runs for real in a browser.
 */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { ConsolidationRun } from "../../../src/domain/consolidation/fileOutcomes";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { formatDayMonthYear } from "../../../src/domain/language/dayMonthYear";
import { receiptTimeText } from "../../../src/domain/receipts/receiptTime";
import { receiptPaneTexts, receiptTexts } from "../../../src/domain/texts/receipts";
import { uiTexts } from "../../../src/domain/texts/ui";
import { WORKBOOK_TEXTS } from "../../../src/domain/texts/workbook";
import { planSamples } from "../../../src/samples/planSamples";
import { createConsolidateActions } from "../../../src/taskpane/actions/consolidateActions";
import { describeCatalogInUse } from "../../../src/taskpane/catalog/catalogInUse";
import { readFormSheetGrids } from "../../../src/workbook/excel/readFormSheetGrids";
import { summarySheetNames } from "../../../src/workbook/summary/buildSummaryWorkbook";
import { FORM_SHEETS } from "../../../src/workbook/templates/formLayout";
import { launchChromium, openTaskpane } from "../../support/chromium";
import { consolidateInNode, writeSampleForms } from "../../support/sampleFolder";
import { collectingWorkbook, loadXlsx, workbookBytes } from "../../support/collectingWorkbook";
import {
  deleteStubSheet,
  installOfficeStub,
  officeStubBundle,
  seedFrom,
  stubSheet,
  stubState,
} from "../../support/officeStub/installOfficeStub";
import type { StubConfig, StubState } from "../../support/officeStub/stubTypes";
import { ensureTaskpaneBuild, serveDirectory, type StaticServer } from "../../support/taskpaneBuild";
import { FakeWorkbookReads, sheetsOf } from "../../workbook/excel/fakeWorkbookReads";

const OUT = resolve(__dirname, "../../../out/screenshots");
const PERIOD = "2026-05";
const AS_OF = "2026-05-14";
const may = (parsePeriod(PERIOD) as { ok: true; value: Period }).value;
const catalog = catalog2026();
/** The officer's workbook as Office names it; findings and the register call the sheets' forms by this name. */
const DOCUMENT_URL = "https://sonla-my.sharepoint.com/personal/vanthu/Documents/Tong%20hop%20thang%205.xlsx";
const WORKBOOK_NAME = "Tong hop thang 5.xlsx";
const SETTINGS = { imported: "baoCaoCds.importedForms", created: "baoCaoCds.createdSheets" };

/**
 * Sample forms with something to tell: on time, late, an unknown status, a numerator over its denominator,
 * an overdue task, an error value, a clean one and one for the wrong period (by index among the sent plans).
 */
const CHOSEN_PLANS = [0, 1, 3, 6, 15, 22, 37];

/** What the engine makes of a workbook's form sheets in Node, read through the Office.js fake. */
async function consolidateSheetsInNode(bytes: Uint8Array): Promise<ConsolidationRun> {
  const excel = await FakeWorkbookReads.fromXlsx(bytes);
  const actions = createConsolidateActions(catalog, {
    workbookForms: {
      name: WORKBOOK_NAME,
      readGrids: () => readFormSheetGrids(excel.context),
      receipt: () => undefined,
    },
  });
  const context = { signal: new AbortController().signal, progress: () => undefined };
  return actions.consolidateSheets!({ period: may, asOf: AS_OF }, context);
}

function paragraphs({ consolidation }: ConsolidationRun): string[] {
  const { completenessSentence, otherMissingSentence, lateSentence, rejectedSentence } = consolidation;
  return [completenessSentence, otherMissingSentence, lateSentence, rejectedSentence].filter((s): s is string =>
    Boolean(s),
  );
}

/**
 * The register as the pane's table shows it: unit (with when its file was received and by whose word, why it was
 * refused), status (with what its file holds).
 */
function registerRows({ consolidation }: ConsolidationRun): string[][] {
  const { status, problems } = uiTexts.consolidate;
  return consolidation.register.map((row) => [
    row.name +
      (row.file === undefined
        ? ""
        : row.receivedAt
          ? receiptPaneTexts.received(receiptTimeText(row.receivedAt)) +
            receiptTexts.sources[row.receiptSource ?? "file"]
          : receiptPaneTexts.noTime) +
      (row.reason ?? ""),
    `${status[row.status]}${row.file === undefined ? "" : problems(row.errors, row.warnings)}`,
  ]);
}

async function shownRegister(panel: Locator): Promise<string[][]> {
  const rows = await panel.getByRole("table").locator("tbody tr[data-unit]").all();
  // The first cell holds the tick box for correcting the receipt time.
  return Promise.all(rows.map(async (row) => (await row.locator("td").allTextContents()).slice(1, 3)));
}

async function expectRegisterAsInNode(panel: Locator, expected: ConsolidationRun): Promise<void> {
  const counts = panel.getByTestId("register-counts");
  for (const status of ["received", "late", "missing", "rejected"] as const) {
    const count = expected.consolidation.register.filter((row) => row.status === status).length;
    expect(await counts.locator(`[data-status=${status}] dd`).textContent()).toBe(String(count));
  }
  expect(await panel.getByTestId("report-completeness").locator("p").allTextContents()).toEqual(paragraphs(expected));
  expect(await panel.getByTestId("report-tasks").locator("p").allTextContents()).toEqual(
    expected.consolidation.reportSections.find((section) => section.id === "tasks")?.sentences.map((s) => s.text),
  );
  expect(await shownRegister(panel)).toEqual(registerRows(expected));
}

/** Waits until the stub counts more settings saves (the pane saves once a write is done) or selections. */
async function waitForStub(page: Page, count: "settingsSaves" | "selections", above: number): Promise<StubState> {
  await page.waitForFunction(
    ([key, n]) => {
      const state = (window as unknown as { __excelStub: { state(): StubState } }).__excelStub.state();
      return (key === "selections" ? state.selections.length : state.settingsSaves) > n;
    },
    [count, above] as const,
  );
  return stubState(page);
}

/** The sheet and cell a finding's "Chọn ô … trong Excel" button selects. */
async function target(button: Locator): Promise<[string, string]> {
  const label = (await button.getAttribute("aria-label")) as string;
  const [, sheet, cell] = /^Chọn ô (.+)!([A-Z]+\d+) trong Excel$/.exec(label) as RegExpExecArray;
  return [sheet, cell];
}

describe("task pane inside Excel (office.js stubbed in the page), in headless Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let folder: string;
  let samples: string[];
  let csv: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "bccds-excel-e2e-"));
    const sent = planSamples(catalog, may).filter((plan) => plan.send);
    const chosen = CHOSEN_PLANS.map((index) => sent[index]);
    // One late file for sure, whichever units the sample draws put at these indices.
    const late = sent.find((plan) => plan.quirks.includes("late"));
    const withLate = chosen.some((plan) => plan.quirks.includes("late")) || !late ? chosen : [...chosen, late];
    samples = await writeSampleForms(folder, catalog, withLate);
    csv = join(folder, "so-lieu-rieng.csv");
    writeFileSync(csv, "STT;Tên\n1;Số liệu riêng của văn phòng\n");
    const [dist] = await Promise.all([ensureTaskpaneBuild(), officeStubBundle()]);
    server = await serveDirectory(dist);
    browser = await launchChromium();
    mkdirSync(OUT, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** A fresh pane in a fresh Excel: the stub installed before the page loads, the period chosen. */
  async function openInExcel(config: StubConfig, problems: string[]): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "vi-VN" });
    const page = await context.newPage();
    await installOfficeStub(page, server.url, config);
    await openTaskpane(page, server.url, problems);
    await page.getByRole("heading", { name: "Báo cáo CĐS" }).waitFor();
    expect(await page.getByTestId("host-mode").textContent()).toBe("Đang chạy trong Excel");
    await page.getByLabel("Kỳ báo cáo").selectOption(PERIOD);
    return { context, page };
  }

  describe("on ExcelApi 1.13: import the units' files as sheets, consolidate them, write the summary", () => {
    let context: BrowserContext;
    let page: Page;
    let expected: ConsolidationRun;
    const problems: string[] = [];

    beforeAll(async () => {
      expected = await consolidateInNode(samples, { catalog, period: may, asOf: AS_OF });
      ({ context, page } = await openInExcel({ excelApi: "1.13", url: DOCUMENT_URL }, problems));
    }, 120_000);

    afterAll(() => context?.close());

    it("says this Excel can do everything, and offers the Danh mục tab", async () => {
      const notice = page.getByTestId("host-support");
      expect(await notice.textContent()).toBe(`${uiTexts.hostApi("1.13")} ${uiTexts.host.allSupported}`);
      await page.getByRole("tab", { name: "Danh mục" }).waitFor();
      expect((await stubState(page)).sheets).toEqual([{ name: "Sheet1", visibility: "Visible" }]);
    });

    it("imports the forms as the units' sheets after the officer's own, and lists the file it refused", async () => {
      await page.getByRole("tab", { name: "Tổng hợp" }).click();
      const panel = page.getByRole("tabpanel");
      await panel.getByLabel(uiTexts.files.inputLabel).setInputFiles([...samples, csv]);
      await panel.getByText(`Đã chọn ${samples.length + 1} tệp:`).waitFor();
      await panel.getByRole("button", { name: "Nhập các tệp đã chọn vào sổ làm việc" }).click();
      await panel.getByText(uiTexts.importing.done(samples.length)).waitFor({ timeout: 60_000 });

      const result = panel.getByTestId("import-result");
      const refusedAt = (await result.locator("li").allTextContents()).findIndex((text) => text.includes(".csv"));
      expect(refusedAt).toBe(samples.length);
      expect(await result.locator("li").nth(refusedAt).textContent()).toContain("so-lieu-rieng.csv");
      // The next step and the refused list's heading are lines of their own, not one run-on line.
      const nextStep = await result.getByText(uiTexts.importing.nextStep, { exact: true }).boundingBox();
      const refusedHeading = await result.getByText(uiTexts.importing.refusedList, { exact: true }).boundingBox();
      expect(nextStep).not.toBeNull();
      expect(refusedHeading?.y).toBeGreaterThanOrEqual((nextStep?.y ?? Infinity) + (nextStep?.height ?? 0));
      // What came in is in the workbook now: the next run reads the sheets.
      expect(await panel.getByRole("radio", { name: uiTexts.consolidate.sourceSheets }).isChecked()).toBe(true);

      const state = await stubState(page);
      const names = state.sheets.map((sheet) => sheet.name);
      expect(names[0]).toBe("Sheet1");
      expect((await stubSheet(page, "Sheet1"))?.cells).toEqual({});
      const imported = names.slice(1);
      const visible = state.sheets.filter((sheet) => sheet.visibility === "Visible").map((sheet) => sheet.name);
      expect(visible.filter((name) => name.startsWith("CT "))).toHaveLength(samples.length);
      expect(visible.filter((name) => name.startsWith("NV "))).toHaveLength(samples.length);
      const identities = state.sheets.filter((sheet) => sheet.name.startsWith(FORM_SHEETS.identity));
      expect(identities).toHaveLength(samples.length);
      expect(identities.every((sheet) => sheet.visibility === "VeryHidden")).toBe(true);
      // Chỉ tiêu, Nhiệm vụ, Văn bản and the hidden identity, per unit.
      expect(visible.filter((name) => name.startsWith("VB "))).toHaveLength(samples.length);
      expect(imported).toHaveLength(samples.length * 4);
      expect(names.every((name) => name.length <= 31)).toBe(true);
      expect(state.insertedWorkbooks).toBe(samples.length);

      // Each file and when it was received, kept in the workbook's settings for the register.
      const records = state.savedSettings[SETTINGS.imported] as { file: string; receivedAt: string }[];
      expect(records.map(({ file, receivedAt }) => [file, receivedAt])).toEqual(
        samples.map((path) => [path.split("/").pop(), statSync(path).mtime.toISOString()]),
      );

      // The first form's "Chỉ tiêu" table arrived cell for cell under its unit's name.
      const firstIndicators = names.find((name) => name.startsWith("CT ")) as string;
      const original = sheetsOf(await loadXlsx(new Uint8Array(readFileSync(samples[0])))).find(
        (sheet) => sheet.name === FORM_SHEETS.indicators,
      );
      const copy = await stubSheet(page, firstIndicators);
      expect(copy?.cells).toEqual(Object.fromEntries(original!.cells));
    }, 120_000);

    it("consolidates from the imported sheets: register, completeness and tasks as the engine gives for the files", async () => {
      const panel = page.getByRole("tabpanel");
      await panel.getByLabel("Tính đến ngày").fill(formatDayMonthYear(AS_OF));
      await panel.getByText(uiTexts.consolidate.sheetsHint).waitFor();
      await panel.getByRole("button", { name: "Tổng hợp", exact: true }).click();
      await panel.getByText(uiTexts.consolidate.doneSheets(expected.files.length)).waitFor({ timeout: 60_000 });
      expect(expected.consolidation.register.some((row) => row.status === "late")).toBe(true);
      await expectRegisterAsInNode(panel, expected);
      await page.screenshot({ path: join(OUT, "excel-consolidate.png"), fullPage: true });
    }, 120_000);

    it("writes the summary's appendices and working sheets into the workbook, and replaces only those on a second write", async () => {
      const panel = page.getByRole("tabpanel");
      const before = await stubState(page);
      await panel.getByRole("button", { name: "Ghi biểu tổng hợp vào sổ làm việc" }).click();
      await panel.getByText(/^Đã ghi biểu tổng hợp vào các trang tính: /).waitFor({ timeout: 60_000 });
      const once = await stubState(page);
      const names = once.sheets.map((sheet) => sheet.name);
      expect(names).toEqual([...before.sheets.map((sheet) => sheet.name), ...summarySheetNames]);
      const register = await stubSheet(page, "Tình hình gửi báo cáo");
      expect(register?.cells.A4?.value).toBe(expected.consolidation.completenessSentence);
      expect(once.savedSettings[SETTINGS.created]).toEqual(
        [...summarySheetNames].map((name) => name.toLowerCase()).sort(),
      );
      // ExcelApi 1.13 sets everything the model asks: page setup and frozen panes are among the commands.
      expect(register?.records.some((record) => record.path.startsWith("pageLayout"))).toBe(true);
      expect(register?.records.some((record) => record.path.startsWith("freezePanes"))).toBe(true);
      // The appendices as the decree prints them: page numbers from 1 on top, the first page unnumbered, never shrunk.
      const appendix = await stubSheet(page, "Phụ lục III (báo cáo)");
      expect(appendix?.cells.A1?.value).toBe("Phụ lục III");
      const layout = (path: string) => appendix?.records.filter((record) => record.path === path).map((r) => r.value);
      expect(layout("pageLayout.firstPageNumber")).toEqual([1]);
      expect(layout("pageLayout.headersFooters.state")).toEqual(["FirstAndDefault"]);
      expect(layout("pageLayout.headersFooters.defaultForAllPages.centerHeader")).toEqual([
        '&"Times New Roman,Regular"&13&P',
      ]);
      expect(layout("pageLayout.zoom")).toEqual([]);

      await panel.getByRole("button", { name: "Ghi biểu tổng hợp vào sổ làm việc" }).click();
      const twice = await waitForStub(page, "settingsSaves", once.settingsSaves);
      expect(twice.sheets).toEqual(once.sheets);
      expect((await stubSheet(page, "Tình hình gửi báo cáo"))?.cells.A4?.value).toBe(
        expected.consolidation.completenessSentence,
      );
      await panel.getByText(/^Đã ghi biểu tổng hợp vào các trang tính: /).waitFor();
    }, 120_000);

    it("corrects a unit's receipt time in the pane: its status follows, the workbook keeps it, the next run too", async () => {
      const panel = page.getByRole("tabpanel");
      const onTime = expected.consolidation.register.find((row) => row.status === "received");
      if (!onTime) throw new Error("no unit on time among the samples");
      const row = panel.locator(`tr[data-unit="${onTime.unitId}"]`);
      const { status, problems } = uiTexts.consolidate;
      expect(await row.locator("td").nth(2).textContent()).toBe(
        `${status.received}${problems(onTime.errors, onTime.warnings)}`,
      );
      await panel.getByRole("checkbox", { name: `Chọn ${onTime.name}` }).check();
      await panel.getByLabel("Sửa thời điểm nhận của các đơn vị đã chọn").fill("11/05/2026 09:00");
      await panel.getByRole("button", { name: "Sửa thời điểm nhận (1)" }).click();
      await panel.getByText(uiTexts.consolidate.doneSheets(expected.files.length)).waitFor({ timeout: 60_000 });
      await row.getByText(uiTexts.consolidate.status.late).waitFor();
      expect(await row.locator("[data-receipt]").textContent()).toBe("Nhận 11/05/2026 09:00Cán bộ nhập");
      const kept = (await stubState(page)).savedSettings["baoCaoCds.receiptTimes"] as Record<string, string>;
      expect(Object.values(kept)).toEqual(["2026-05-11T02:00:00.000Z"]);

      // Run again: the kept time, not the sheet written before the correction, decides.
      await panel.getByRole("button", { name: "Tổng hợp", exact: true }).click();
      await panel.getByText(uiTexts.consolidate.doneSheets(expected.files.length)).waitFor({ timeout: 60_000 });
      await row.getByText(uiTexts.consolidate.status.late).waitFor();
      expect(await panel.getByTestId("report-completeness").textContent()).toContain(onTime.name);
    }, 120_000);

    it("sets the appendices' print setup, and theirs alone, from the In ấn tab", async () => {
      await page.getByRole("tab", { name: "In ấn" }).click();
      const panel = page.getByRole("tabpanel");
      await panel.getByText(uiTexts.print.printWhat).waitFor();
      const registerRecords = (await stubSheet(page, "Tình hình gửi báo cáo"))?.records.length;
      await panel.getByRole("button", { name: uiTexts.print.apply }).click();
      await panel.getByText(/^Đã đặt trang in cho: /).waitFor({ timeout: 60_000 });
      const text = await panel.getByText(/^Đã đặt trang in cho: /).textContent();
      expect(text).toBe(
        "Đã đặt trang in cho: Phụ lục I (báo cáo), Phụ lục II (báo cáo), Phụ lục III (báo cáo), Phụ lục IV (báo cáo).",
      );
      expect((await stubSheet(page, "Tình hình gửi báo cáo"))?.records.length).toBe(registerRecords);
    }, 60_000);

    it("checks the open workbook's form sheets, and a finding's cell is selected in Excel", async () => {
      await page.getByRole("tab", { name: "Kiểm tra" }).click();
      const panel = page.getByRole("tabpanel");
      await panel.getByRole("button", { name: "Kiểm tra sổ làm việc đang mở" }).click();
      const findings = expected.findings.filter((finding) => finding.code !== "merged_cell");
      await panel
        .getByText(uiTexts.check.doneWorkbook(expected.files.length, findings.length))
        .waitFor({ timeout: 60_000 });
      await panel.getByLabel("Mức độ").selectOption("all");
      for (const kind of await panel.locator("h3 button[aria-expanded=false]").all()) await kind.click();
      expect(await panel.locator("li[data-severity]").count()).toBe(findings.length);

      const goTo = panel.getByRole("button", { name: /^Chọn ô .+ trong Excel$/ });
      expect(await goTo.count()).toBeGreaterThan(0);
      const [sheet, cell] = await target(goTo.first());
      expect(sheet).toMatch(/^(CT|NV) /);
      expect((await stubState(page)).sheets.map((s) => s.name)).toContain(sheet);
      await goTo.first().click();
      const selected = await waitForStub(page, "selections", 0);
      expect(selected.selections).toEqual([{ sheet, address: cell }]);
      expect(selected.active).toBe(sheet);

      // A chosen file's finding, shown at the file's sheet, opens the sheet that file became on import.
      await panel.getByLabel(uiTexts.files.inputLabel).setInputFiles(samples);
      await panel.getByRole("button", { name: "Kiểm tra các tệp đã chọn" }).click();
      const inFile = goTo.filter({ hasText: new RegExp(`^(${FORM_SHEETS.indicators}|${FORM_SHEETS.tasks})!`) });
      await inFile.first().waitFor({ timeout: 60_000 });
      await panel.getByText(uiTexts.check.done(expected.files.length, expected.findings.length)).waitFor();
      const [fileSheet, fileCell] = await target(inFile.first());
      expect(fileSheet).toMatch(/^(CT|NV) /);
      expect(await inFile.first().textContent()).toMatch(new RegExp(`!${fileCell}$`));
      await inFile.first().click();
      const again = await waitForStub(page, "selections", 1);
      expect(again.selections[1]).toEqual({ sheet: fileSheet, address: fileCell });

      // The officer deleted that sheet meanwhile: the pane says so instead of failing silently.
      await deleteStubSheet(page, fileSheet);
      await inFile.first().click();
      await panel
        .getByRole("alert")
        .getByText(uiTexts.check.cannotSelect(`${fileSheet}!${fileCell}`))
        .waitFor();
      expect((await stubState(page)).selections).toHaveLength(2);
    }, 120_000);

    it("writes the catalog into the workbook and uses the catalog read back from those sheets", async () => {
      await page.getByRole("tab", { name: "Danh mục" }).click();
      const panel = page.getByRole("tabpanel");
      await panel.getByRole("button", { name: uiTexts.catalog.write }).click();
      await panel.getByText(/^Đã ghi danh mục vào các trang tính: /).waitFor({ timeout: 60_000 });
      const names = (await stubState(page)).sheets.map((sheet) => sheet.name);
      expect(names).toEqual(expect.arrayContaining(["Danh mục chỉ tiêu", "Danh mục nhiệm vụ", "Danh mục đơn vị"]));
      await panel.getByRole("button", { name: uiTexts.catalog.use }).click();
      // The same plan, now read from the sheets (headings are not counted).
      const notice = describeCatalogInUse({ catalog, source: "workbook" });
      expect(await page.getByTestId("catalog-notice").textContent({ timeout: 60_000 })).toBe(notice);
      expect(problems).toEqual([]);
    }, 120_000);
  });

  describe("on ExcelApi 1.7: no import, but the forms copied into the workbook by hand are consolidated", () => {
    let context: BrowserContext;
    let page: Page;
    let expected: ConsolidationRun;
    const problems: string[] = [];

    beforeAll(async () => {
      const forms = samples.slice(0, 6).map((path) => new Uint8Array(readFileSync(path)));
      const workbook = await collectingWorkbook(forms, (book) => {
        book.addWorksheet("Ghi chú").getCell("A1").value = "Sổ tổng hợp tháng 5 của văn phòng";
      });
      expected = await consolidateSheetsInNode(await workbookBytes(workbook));
      const seed = seedFrom(workbook);
      ({ context, page } = await openInExcel({ excelApi: "1.7", url: DOCUMENT_URL, platform: "PC", seed }, problems));
    }, 120_000);

    afterAll(() => context?.close());

    it("lists what this Excel lacks, importing files as sheets among it, and offers no import", async () => {
      const notice = page.getByTestId("host-support");
      const lacking = await notice.locator("li").allTextContents();
      expect(lacking).toEqual([
        WORKBOOK_TEXTS.omitted.dataValidation,
        WORKBOOK_TEXTS.omitted.pageLayout,
        uiTexts.host.importSheets,
      ]);
      expect(await notice.textContent()).toContain(uiTexts.hostApi("1.7"));
      await page.getByRole("tab", { name: "Tổng hợp" }).click();
      const panel = page.getByRole("tabpanel");
      await panel.getByText(uiTexts.consolidate.sourceLabel).waitFor();
      expect(await panel.getByRole("button", { name: uiTexts.importing.run }).count()).toBe(0);
    });

    it("consolidates the copied sheets as the engine does in Node", async () => {
      const panel = page.getByRole("tabpanel");
      await panel.getByRole("radio", { name: uiTexts.consolidate.sourceSheets }).check();
      expect(await panel.getByRole("button", { name: uiTexts.importing.run }).count()).toBe(0);
      await panel.getByLabel("Tính đến ngày").fill(formatDayMonthYear(AS_OF));
      await panel.getByRole("button", { name: "Tổng hợp", exact: true }).click();
      await panel.getByText(uiTexts.consolidate.doneSheets(expected.files.length)).waitFor({ timeout: 60_000 });
      expect(expected.consolidation.register.filter((row) => row.status !== "missing")).toHaveLength(6);
      await expectRegisterAsInNode(panel, expected);
      await page.screenshot({ path: join(OUT, "excel-consolidate-1.7.png"), fullPage: true });
    }, 120_000);

    it("writes the summary without what 1.7 cannot set, and says what was left out", async () => {
      const panel = page.getByRole("tabpanel");
      const before = (await stubState(page)).sheets.map((sheet) => sheet.name);
      await panel.getByRole("button", { name: "Ghi biểu tổng hợp vào sổ làm việc" }).click();
      await panel.getByText(WORKBOOK_TEXTS.omitted.pageLayout).waitFor({ timeout: 60_000 });
      const state = await stubState(page);
      expect(state.sheets.map((sheet) => sheet.name)).toEqual([...before, ...summarySheetNames]);
      const register = await stubSheet(page, "Tình hình gửi báo cáo");
      expect(register?.cells.A4?.value).toBe(expected.consolidation.completenessSentence);
      expect(register?.records.some((record) => record.path.startsWith("pageLayout"))).toBe(false);
      expect(register?.records.some((record) => record.path.startsWith("freezePanes"))).toBe(true);
      expect(problems).toEqual([]);
    }, 120_000);
  });
});
