/* Debian's Chromium driven by playwright-core; never a downloaded browser. */
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // This machine's network is closed: background services would only fail loudly.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** office.js outside Office still tries its telemetry frame; nothing else may leave the machine. */
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";

/**
 * Opens the served task pane and records every problem a person would not see: console errors, page
 * errors, and any request leaving the machine (all are aborted; only office.js's telemetry is expected).
 * `search` is the query Office would append (`?_host_Info=…`).
 */
export async function openTaskpane(page: Page, serverUrl: string, problems: string[], search = ""): Promise<void> {
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.route(
    (url) => !url.href.startsWith(serverUrl),
    (route) => {
      if (!route.request().url().startsWith(OFFICE_TELEMETRY)) problems.push(`external: ${route.request().url()}`);
      return route.abort();
    },
  );
  await page.goto(serverUrl + "taskpane.html" + search);
}
