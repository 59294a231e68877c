import type { Browser } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchChromium } from "../../support/chromium";
import { ensureTaskpaneBuild, serveDirectory, type StaticServer } from "../../support/taskpaneBuild";

const OUT = resolve(__dirname, "../../../out/screenshots");
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";

describe("task pane outside Office, in headless Chromium", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveDirectory(await ensureTaskpaneBuild());
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("renders in browser mode with no console error and no request leaving the machine", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    // office.js outside Office still tries its telemetry frame; nothing else may leave the machine.
    await page.route(
      (url) => !url.href.startsWith(server.url),
      (route) => {
        if (!route.request().url().startsWith(OFFICE_TELEMETRY)) problems.push(`external: ${route.request().url()}`);
        return route.abort();
      },
    );

    await page.goto(server.url + "taskpane.html");
    await page.getByRole("heading", { name: "Báo cáo CĐS" }).waitFor();
    expect(await page.getByTestId("host-mode").textContent()).toBe("Đang chạy ngoài Office: làm việc trên tệp .xlsx");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, "shell.png") });
    await page.waitForTimeout(3500);
    expect(problems).toEqual([]);
  });
});
