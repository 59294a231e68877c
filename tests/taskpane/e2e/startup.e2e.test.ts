/** @jest-environment node */
/**
 * How the built pane starts, in headless Chromium: the message for webviews too old for the bundle
 * (src/taskpane/oldWebview), and how long it waits for Office (officeHost.waitForOffice) inside and outside it.
 */
import type { Browser, Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import oldWebview from "../../../src/domain/texts/oldWebview.json";
import { uiTexts } from "../../../src/domain/texts/ui";
import { launchChromium, openTaskpane } from "../../support/chromium";
import { installOfficeStub, officeStubBundle } from "../../support/officeStub/installOfficeStub";
import { ensureTaskpaneBuild, serveDirectory, type StaticServer } from "../../support/taskpaneBuild";

const OUT = resolve(__dirname, "../../../out/screenshots");
/** What Excel for Windows appends to the manifest's URL. */
const FROM_EXCEL = "?_host_Info=Excel$Win32$16.01$vi-VN$$$$0";

describe("task pane start, in headless Chromium", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const [dist] = await Promise.all([ensureTaskpaneBuild(), officeStubBundle()]);
    server = await serveDirectory(dist);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function withPage(run: (page: Page, problems: string[]) => Promise<void>): Promise<void> {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "vi-VN" });
    try {
      await run(await context.newPage(), []);
    } finally {
      await context.close();
    }
  }

  async function shownParagraphs(page: Page): Promise<string[]> {
    return page.locator("#old-webview p:visible, #old-webview li:visible").allTextContents();
  }

  describe("the message for old webviews", () => {
    it("shows when the modern bundle cannot run, saying which Excel works, what to do and the page's address", () =>
      withPage(async (page, problems) => {
        await page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.abort());
        await openTaskpane(page, server.url, problems);
        const message = page.locator("#old-webview");
        await message.waitFor({ state: "visible" });
        expect(await message.getByRole("heading").textContent()).toBe(oldWebview.title);
        expect(await shownParagraphs(page)).toEqual([
          oldWebview.notStarted,
          oldWebview.worksTitle,
          ...oldWebview.works,
          oldWebview.whatToDoTitle,
          ...oldWebview.whatToDo,
          `${server.url}taskpane.html`,
        ]);
        expect(await page.getByRole("heading", { name: "Báo cáo CĐS", exact: true }).count()).toBe(0);
        mkdirSync(OUT, { recursive: true });
        await page.screenshot({ path: join(OUT, "old-webview.png") });
      }));

    it("shows at once, naming the old engine, when the engine cannot parse ?. and ??", () =>
      withPage(async (page, problems) => {
        // Chromium parses everything, so the engine's Function constructor is made to refuse what IE11 refuses.
        await page.addInitScript(() => {
          const parse = window.Function;
          window.Function = function (...args: string[]) {
            if (args.some((arg) => arg.includes("?.") || arg.includes("??"))) throw new SyntaxError("Expected ';'");
            return parse(...args);
          } as FunctionConstructor;
        });
        await page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.abort());
        await openTaskpane(page, server.url, problems);
        await page.locator("#old-webview").waitFor({ state: "visible" });
        const shown = await shownParagraphs(page);
        expect(shown[0]).toBe(oldWebview.oldEngine);
        expect(shown).not.toContain(oldWebview.notStarted);
      }));

    it("stays hidden when the bundle runs", () =>
      withPage(async (page, problems) => {
        await openTaskpane(page, server.url, problems);
        await page.getByRole("heading", { name: "Báo cáo CĐS" }).waitFor();
        await page.waitForLoadState("load");
        expect(await page.locator("#old-webview").isVisible()).toBe(false);
        expect(problems).toEqual([]);
      }));
  });

  describe("waiting for Office", () => {
    it("inside Office, waits for an Excel that takes 6 s to start, saying so, and works in it", () =>
      withPage(async (page, problems) => {
        await installOfficeStub(page, server.url, { excelApi: "1.13", url: "", readyAfterMs: 6000 });
        const opened = Date.now();
        await openTaskpane(page, server.url, problems, FROM_EXCEL);
        await page.waitForTimeout(4000);
        expect(await page.getByTestId("host-mode").count()).toBe(0);
        expect(await page.getByTestId("waiting-for-office").textContent()).toBe(uiTexts.waitingForOffice);
        await page.getByTestId("host-mode").waitFor({ timeout: 20_000 });
        expect(Date.now() - opened).toBeGreaterThanOrEqual(6000);
        expect(await page.getByTestId("host-mode").textContent()).toBe(uiTexts.hostExcel);
        expect(await page.getByTestId("waiting-for-office").count()).toBe(0);
        expect(await page.locator("#old-webview").isVisible()).toBe(false);
        expect(problems).toEqual([]);
      }));

    it("outside Office, works on files once office.js has not answered for 3 s", () =>
      withPage(async (page, problems) => {
        await installOfficeStub(page, server.url, { excelApi: "1.13", url: "", readyAfterMs: null });
        await openTaskpane(page, server.url, problems);
        await page.getByTestId("host-mode").waitFor({ timeout: 10_000 });
        expect(await page.getByTestId("host-mode").textContent()).toBe(uiTexts.hostBrowser);
        expect(problems).toEqual([]);
      }));
  });
});
