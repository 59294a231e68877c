/**
 * Issue 14 in the browser: the pane, in headless Chromium, refuses a zip whose worksheet declares 1,000 bytes and
 * inflates to 2 GB, naming the file and the part, and reads a real form whose sheets have cells at row 1,048,576
 * — the same verdicts as the command line's reader, from the same reader running in the page's engine.
 */
import type { Browser, Page } from "playwright-core";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { planSamples } from "../../../src/samples/planSamples";
import { sampleFileBytes } from "../../../src/samples/sampleFile";
import { readSubmittedFile } from "../../../src/workbook/xlsx/readSubmittedFile";
import { launchChromium, openTaskpane } from "../../support/chromium";
import { ensureTaskpaneBuild, serveDirectory, type StaticServer } from "../../support/taskpaneBuild";
import { lyingSizeBook, withFarCells } from "../../workbook/xlsx/handMadeXlsx";

const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const BOMB = "bom-2GB.xlsx";

describe("hostile files in the pane (headless Chromium)", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let folder: string;
  let farFile: string;
  const problems: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "bccds-hostile-"));
    writeFileSync(join(folder, BOMB), lyingSizeBook());
    const catalog = catalog2026();
    const plan = planSamples(catalog, may).find((p) => p.send && p.quirks.length === 0)!;
    farFile = plan.fileName;
    const far = withFarCells(await sampleFileBytes(catalog, plan));
    // The reader in Node reads it: the pane must too.
    expect((await readSubmittedFile(far, farFile, "2026-05-08T02:00:00Z")).ok).toBe(true);
    writeFileSync(join(folder, farFile), far);
    server = await serveDirectory(await ensureTaskpaneBuild());
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "vi-VN" })).newPage();
    await openTaskpane(page, server.url, problems);
    await page.getByLabel("Kỳ báo cáo").selectOption("2026-05");
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("refuses the lying zip naming the file and its part, and reads the far-cell form", async () => {
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    const panel = page.getByRole("tabpanel");
    await panel
      .getByLabel("Tệp báo cáo của các đơn vị (.xlsx, .xls, .xlsm, .csv)")
      .setInputFiles([join(folder, BOMB), join(folder, farFile)]);
    await panel.getByRole("button", { name: "Kiểm tra các tệp đã chọn" }).click();
    await panel.getByText(/^Đã kiểm tra 2 tệp/).waitFor({ timeout: 60_000 });
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain(`Tệp “${BOMB}”: thành phần “xl/worksheets/sheet1.xml” giải nén ra dung lượng khác`);
    // The far-cell form is read as its unit's: no finding says it could not be opened.
    expect(text).not.toContain(`Tệp “${farFile}”`);
    expect(problems).toEqual([]);
  }, 120_000);
});
