/** The built pane served on loopback and opened in headless Chromium inside the stubbed Excel, on one of its tabs. */
import type { Locator, Page } from "playwright-core";
import { launchChromium, openTaskpane } from "../chromium";
import { ensureTaskpaneBuild, serveDirectory } from "../taskpaneBuild";
import { installOfficeStub, officeStubBundle } from "./installOfficeStub";
import type { StubConfig } from "./stubTypes";

export interface PaneInExcel {
  page: Page;
  /** The tab's panel. */
  panel: Locator;
  /** Closes the page, the browser and the server. */
  close: () => Promise<void>;
}

/** `problems` collects what a person would not see (console and page errors, requests leaving the machine). */
export async function openPaneInExcel(config: StubConfig, tab: string, problems: string[]): Promise<PaneInExcel> {
  const [dist] = await Promise.all([ensureTaskpaneBuild(), officeStubBundle()]);
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  const close = async () => {
    await browser.close();
    await server.close();
  };
  try {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "vi-VN" });
    const page = await context.newPage();
    await installOfficeStub(page, server.url, config);
    await openTaskpane(page, server.url, problems);
    await page.getByRole("tab", { name: tab }).click();
    return { page, panel: page.getByRole("tabpanel"), close };
  } catch (error) {
    await close();
    throw error;
  }
}
