import type { Browser } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchChromium, openTaskpane } from "../../support/chromium";
import { ensureTaskpaneBuild, serveDirectory, type StaticServer } from "../../support/taskpaneBuild";

const OUT = resolve(__dirname, "../../../out/screenshots");

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
    await openTaskpane(page, server.url, problems);
    await page.getByRole("heading", { name: "Báo cáo CĐS" }).waitFor();
    expect(await page.getByTestId("host-mode").textContent()).toBe("Đang chạy ngoài Office: làm việc trên tệp .xlsx");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, "shell.png") });
    await page.waitForTimeout(3500);
    expect(problems).toEqual([]);
  });
});
