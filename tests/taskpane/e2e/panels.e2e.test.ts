import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { formatDayMonthYear } from "../../../src/domain/language/dayMonthYear";
import { uiTexts } from "../../../src/domain/texts/ui";
import { formatVietnameseNumber } from "../../../src/domain/language/vietnameseNumber";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { ConsolidationRun } from "../../../src/domain/consolidation/fileOutcomes";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { planSamples } from "../../../src/samples/planSamples";
import { appendixSheetNames, summarySheetNames } from "../../../src/workbook/summary/buildSummaryWorkbook";
import { launchChromium, openTaskpane } from "../../support/chromium";
import { consolidateInNode, writeSampleForms } from "../../support/sampleFolder";
import { ensureTaskpaneBuild, serveDirectory, type StaticServer } from "../../support/taskpaneBuild";

const OUT = resolve(__dirname, "../../../out/screenshots");
const PERIOD = "2026-05";
const AS_OF = "2026-05-14";
const may = (parsePeriod(PERIOD) as { ok: true; value: Period }).value;

function foldForTest(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

describe("task pane panels outside Office, in headless Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let folder: string;
  let samples: string[];
  let expected: ConsolidationRun;
  const problems: string[] = [];
  /** The scripts of the Web Workers the page started: the pane reads chosen files on them. */
  const workers: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "bccds-e2e-"));
    const catalog = catalog2026();
    samples = await writeSampleForms(
      folder,
      catalog,
      planSamples(catalog, may).filter((plan) => plan.send),
    );
    expected = await consolidateInNode(samples, { catalog, period: may, asOf: AS_OF });
    server = await serveDirectory(await ensureTaskpaneBuild());
    browser = await launchChromium();
    context = await browser.newContext({
      acceptDownloads: true,
      // The pane's copy buttons write the clipboard; the test reads it back.
      permissions: ["clipboard-read", "clipboard-write"],
      viewport: { width: 420, height: 900 },
      locale: "vi-VN",
    });
    page = await context.newPage();
    page.on("worker", (worker) => workers.push(worker.url()));
    await openTaskpane(page, server.url, problems);
    await page.getByRole("heading", { name: "Báo cáo CĐS" }).waitFor();
    await page.getByLabel("Kỳ báo cáo").selectOption(PERIOD);
    mkdirSync(OUT, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("shows the templates panel first", async () => {
    await page.getByRole("button", { name: "Tải Phụ lục I và II (.xlsx)" }).waitFor();
    await page.screenshot({ path: join(OUT, "templates.png"), fullPage: true });
  });

  it("consolidates the uploaded sample forms: register and completeness as the engine computes them", async () => {
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    const panel = page.getByRole("tabpanel");
    await panel.getByLabel("Tệp báo cáo của các đơn vị (.xlsx, .xls, .xlsm, .csv)").setInputFiles(samples);
    await panel.getByText(`Đã chọn ${samples.length} tệp:`).waitFor();
    await panel.getByLabel("Tính đến ngày").fill(formatDayMonthYear(AS_OF));
    // Every value the progress bar shows while the files are read: it moves as the files come in.
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { progressSeen: Set<string> }).progressSeen = seen;
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll("[role=progressbar][aria-valuenow]")) {
          seen.add(bar.getAttribute("aria-valuenow") ?? "");
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await panel.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await panel.getByText(`Đã đọc và tổng hợp ${expected.files.length} tệp.`).waitFor({ timeout: 120_000 });
    const progressSeen = await page.evaluate(
      () => (window as unknown as { progressSeen: Set<string> }).progressSeen.size,
    );
    expect(progressSeen).toBeGreaterThanOrEqual(10);
    // Read off the page's thread, on readers served with the pane (what follows checks what they gave).
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((url) => url.startsWith(server.url))).toBe(true);

    const counts = panel.getByTestId("register-counts");
    for (const status of ["received", "late", "missing", "rejected"] as const) {
      const count = expected.consolidation.register.filter((row) => row.status === status).length;
      expect(await counts.locator(`[data-status=${status}] dd`).textContent()).toBe(String(count));
    }
    // As narrow as Excel's task pane: each unit's name has room and wraps in its own cell, none runs under the next.
    await page.setViewportSize({ width: 340, height: 900 });
    const nameCells = await panel
      .getByRole("table")
      .locator("tbody tr[data-unit] td:nth-child(2)")
      .evaluateAll((cells) =>
        cells.map((cell) => ({
          width: cell.clientWidth,
          overflow: cell.scrollWidth - cell.clientWidth,
          table: cell.closest("table")?.clientWidth ?? 0,
        })),
      );
    expect(nameCells).toHaveLength(expected.consolidation.register.length);
    for (const cell of nameCells) {
      expect(cell.overflow).toBeLessThanOrEqual(0);
      expect(cell.width).toBeGreaterThanOrEqual(cell.table / 4);
    }
    const tabTops = await page
      .getByRole("tab")
      .evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().top));
    expect(new Set(tabTops).size).toBe(1);
    await page.setViewportSize({ width: 420, height: 900 });
    const { completenessSentence, otherMissingSentence, lateSentence, rejectedSentence, reportSections } =
      expected.consolidation;
    const paragraphs = await panel.getByTestId("report-completeness").locator("p").allTextContents();
    expect(paragraphs).toEqual(
      [completenessSentence, otherMissingSentence, lateSentence, rejectedSentence].filter(Boolean),
    );
    expect(await panel.getByTestId("report-tasks").locator("p").allTextContents()).toEqual(
      expected.consolidation.reportSections.find((section) => section.id === "tasks")?.sentences.map((s) => s.text),
    );
    // Every sentence of the report, each footnote after its sentence, section by section.
    expect(reportSections.map((section) => section.id)).toContain("leadership");
    for (const section of reportSections) {
      const shown = panel.getByTestId(`report-${section.id}`);
      expect(await shown.getByRole("heading").textContent()).toBe(section.heading);
      expect(await shown.locator("p").allTextContents()).toEqual(
        section.sentences.flatMap(({ text, footnote }) => (footnote === undefined ? [text] : [text, footnote])),
      );
    }

    await panel.getByLabel("Lọc theo tình trạng").selectOption("missing");
    const missing = expected.consolidation.register.filter((row) => row.status === "missing");
    expect(await panel.getByRole("table").locator("tbody tr[data-unit]").count()).toBe(missing.length);

    await panel.getByRole("button", { name: "Sao chép: TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ" }).click();
    await panel.getByTestId("report-completeness").getByText("Đã sao chép vào bộ nhớ tạm.").waitFor();
    await panel.getByRole("button", { name: `Sao chép: ${reportSections[0].heading}` }).click();
    await panel.getByTestId("report-leadership").getByText("Đã sao chép vào bộ nhớ tạm.").waitFor();
    // The whole section: the documents line, then the plan sentence with its footnote.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      reportSections[0].sentences.flatMap(({ text, footnote }) => (footnote ? [text, footnote] : [text])).join("\n"),
    );
    await page.screenshot({ path: join(OUT, "consolidate.png"), fullPage: true });
  }, 180_000);

  it("downloads the summary as two files: the appendices to print, the working sheets beside them", async () => {
    const panel = page.getByRole("tabpanel");
    const downloads: Download[] = [];
    const both = new Promise<void>((done) =>
      page.on("download", (download) => {
        downloads.push(download);
        if (downloads.length === 2) done();
      }),
    );
    await panel.getByRole("button", { name: "Tải biểu tổng hợp (.xlsx)" }).click();
    await both;
    expect(downloads.map((download) => download.suggestedFilename())).toEqual([
      "tong-hop-2026-05.xlsx",
      "tong-hop-2026-05-lam-viec.xlsx",
    ]);
    const [appendices, working] = await Promise.all(
      downloads.map(async (download) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(await download.path());
        return workbook;
      }),
    );
    expect(appendices.worksheets.map((sheet) => sheet.name)).toEqual([...appendixSheetNames]);
    expect(working.worksheets.map((sheet) => sheet.name)).toEqual(summarySheetNames.slice(appendixSheetNames.length));
    const register = working.getWorksheet("Tình hình gửi báo cáo");
    expect(register?.getCell("A4").value).toBe(expected.consolidation.completenessSentence);
    await panel.getByText(/^Đã tải về tong-hop-2026-05.xlsx \(Phụ lục I, II, III và IV/).waitFor();
  }, 60_000);

  it("checks chosen files: opens on the errors grouped by kind, with the severity counts, filter and search", async () => {
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    const panel = page.getByRole("tabpanel");
    await panel.getByLabel("Tệp báo cáo của các đơn vị (.xlsx, .xls, .xlsm, .csv)").setInputFiles(samples);
    await panel.getByRole("button", { name: "Kiểm tra các tệp đã chọn" }).click();
    await panel
      .getByText(`Đã kiểm tra ${expected.files.length} tệp: ${expected.findings.length} phát hiện.`)
      .waitFor({ timeout: 120_000 });
    const count = (severity: string) =>
      formatVietnameseNumber(expected.findings.filter((finding) => finding.severity === severity).length);
    const errors = expected.findings.filter((finding) => finding.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    await panel
      .getByText(uiTexts.check.severityLine({ error: count("error"), warning: count("warning"), info: count("info") }))
      .waitFor();
    const findings = panel.locator("li[data-severity]");
    expect(await findings.count()).toBe(errors.length);
    expect(await panel.locator("li[data-severity=warning]").count()).toBe(0);
    const kinds = new Set(errors.map((finding) => finding.code));
    expect(await panel.locator("h3").count()).toBe(kinds.size);

    // Typed without diacritics, as on a keyboard without a Vietnamese input method.
    const unit = catalog2026().units.find((u) => u.id === errors[0].unit);
    expect(unit).toBeDefined();
    await panel.getByLabel("Tìm trong kết quả").fill(foldForTest(unit!.name));
    const shown = await findings.allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((text) => text.includes(unit!.name))).toBe(true);
    expect(shown.length).toBe(errors.filter((finding) => finding.unit === unit!.id).length);
    await panel.getByLabel("Tìm trong kết quả").fill("");
    await page.screenshot({ path: join(OUT, "check.png"), fullPage: true });
  }, 180_000);

  it("offers the switch when the month chosen is not the one the files are of", async () => {
    await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption("2026-04");
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    const panel = page.getByRole("tabpanel");
    await panel.getByLabel("Tệp báo cáo của các đơn vị (.xlsx, .xls, .xlsm, .csv)").setInputFiles(samples);
    await panel.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    const may = samples.filter((path) => basename(path).startsWith("2026-05_")).length;
    await panel
      .getByText(`${may}/${samples.length} tệp là báo cáo tháng 5/2026, không phải kỳ đã chọn — chuyển sang kỳ này?`)
      .waitFor({ timeout: 120_000 });
    expect(await panel.getByTestId("register-counts").count()).toBe(0);
    await panel.getByRole("button", { name: "Chuyển sang tháng 5/2026" }).click();
    expect(await page.getByLabel("Kỳ báo cáo", { exact: true }).inputValue()).toBe("2026-05");
    await page.screenshot({ path: join(OUT, "other-period.png"), fullPage: true });
  }, 180_000);

  it("says in the browser that the downloaded summary holds the appendices alone, already set up for print", async () => {
    await page.getByRole("tab", { name: "In ấn" }).click();
    await page
      .getByRole("tabpanel")
      .getByText(/chỉ có Phụ lục I, II, III và IV, đã đặt sẵn trang in theo Nghị định 30/)
      .waitFor();
    await page.screenshot({ path: join(OUT, "print.png"), fullPage: true });
    expect(problems).toEqual([]);
  });
});
