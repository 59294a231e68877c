/**
 * Issue 13's pane figures: the built task pane served on loopback, driven in headless Chromium, on the demo month's
 * sample forms. For Kiểm tra and Tổng hợp each, the time from the run button pressed (the files already chosen) to
 * the first frame with the panel's result line, on the page's own clock, a fresh page each time so no read is kept
 * from an earlier run; the panels are timed in turn (K T, K T, …) so the machine's drift falls on both alike, and
 * the median kept.
 * Run alone: `npx tsx scripts/bench/paneTimes.ts [ROUNDS]`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import { formatDayMonthYear } from "../../src/domain/language/dayMonthYear";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import { uiTexts } from "../../src/domain/texts/ui";
import { planSamples } from "../../src/samples/planSamples";
import { launchChromium, openTaskpane } from "../../tests/support/chromium";
import { writeSampleForms } from "../../tests/support/sampleFolder";
import { ensureTaskpaneBuild, serveDirectory } from "../../tests/support/taskpaneBuild";
import { median } from "./median";

const PERIOD_CODE = "2026-05";
const AS_OF = "2026-05-14";
const RESULT_TIMEOUT_MS = 180_000;

export interface PaneTiming {
  /** Median seconds from the run button pressed to the result shown. */
  seconds: number;
  /** Every run's seconds, in order. */
  runs: number[];
  /** Median over the runs of the page's longest task meanwhile (ms): how long the pane could not answer a click. */
  longestTaskMs: number;
}

interface Run {
  seconds: number;
  longestTaskMs: number;
}

/** What the page records of one run, on its own clock. */
interface PageClock {
  longestTask: number;
  clickedAt?: number;
  shownAt?: number;
}

/**
 * Installed in the page before the click: the page's longest task from now on (the Long Tasks API reports those
 * over 50 ms), the time of the click, and the time of the first frame after `result` appears in the page. Timed
 * here, not from the test's side: Playwright looks for a text again after 20, 50, 100 … 500 ms, so its wait ends
 * up to half a second after the text is there.
 */
function watchRun(result: string): void {
  const clock = window as unknown as PageClock;
  clock.longestTask = 0;
  delete clock.clickedAt;
  delete clock.shownAt;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) clock.longestTask = Math.max(clock.longestTask, entry.duration);
  }).observe({ type: "longtask" });
  document.addEventListener("click", () => (clock.clickedAt ??= performance.now()), { capture: true, once: true });
  // No named functions in here: the script runner's helper that names them does not exist in the page.
  const observer = new MutationObserver((records) => {
    const shown = records.some((record) =>
      [record.target, ...Array.from(record.addedNodes)].some((node) => node.textContent?.includes(result) === true),
    );
    if (!shown) return;
    observer.disconnect();
    requestAnimationFrame(() => (clock.shownAt = performance.now()));
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
}

export interface PaneTimes {
  files: number;
  check: PaneTiming;
  consolidate: PaneTiming;
}

interface Panel {
  tab: string;
  button: string;
  /** The start of the line the panel shows once it has its result. */
  result: string;
  asOf: boolean;
}

/** A fresh pane, the panel's files chosen, then the run timed until its result line is on the page. */
async function timeOnce(browser: Browser, url: string, samples: string[], panel: Panel): Promise<Run> {
  const page: Page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "vi-VN" });
  try {
    const problems: string[] = [];
    await openTaskpane(page, url, problems);
    await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption(PERIOD_CODE);
    await page.getByRole("tab", { name: panel.tab }).click();
    const pane = page.getByRole("tabpanel");
    await pane.getByLabel(uiTexts.files.inputLabel).setInputFiles(samples);
    await pane.getByText(uiTexts.files.chosen(samples.length)).waitFor();
    if (panel.asOf) await pane.getByLabel("Tính đến ngày").fill(formatDayMonthYear(AS_OF));
    const button = pane.getByRole("button", { name: panel.button, exact: true });
    await button.waitFor();
    await page.evaluate(watchRun, panel.result);
    await button.click();
    await pane.getByText(panel.result).first().waitFor({ timeout: RESULT_TIMEOUT_MS });
    const unexpected = problems.filter((problem) => !problem.startsWith("external: "));
    if (unexpected.length > 0) throw new Error(`${panel.tab}: ${unexpected.join("; ")}`);
    const clock = await page.waitForFunction(() => {
      const { clickedAt, shownAt, longestTask } = window as unknown as PageClock;
      return clickedAt !== undefined && shownAt !== undefined && { clickedAt, shownAt, longestTask };
    });
    const { clickedAt, shownAt, longestTask } = (await clock.jsonValue()) as Required<PageClock>;
    return { seconds: (shownAt - clickedAt) / 1000, longestTaskMs: longestTask };
  } finally {
    await page.close();
  }
}

/** Builds and serves the pane, writes the month's sample forms, and times both panels `rounds` times in turn. */
export async function paneTimes(rounds = 5): Promise<PaneTimes> {
  const period = parsePeriod(PERIOD_CODE);
  if (!period.ok) throw new Error(PERIOD_CODE);
  const catalog = catalog2026();
  const folder = mkdtempSync(join(tmpdir(), "bench-pane-"));
  const server = await serveDirectory(await ensureTaskpaneBuild());
  const browser = await launchChromium();
  try {
    const plans = planSamples(catalog, period.value).filter((plan) => plan.send);
    const samples = await writeSampleForms(folder, catalog, plans);
    const panels = {
      check: {
        tab: "Kiểm tra",
        button: uiTexts.check.checkFiles,
        result: "Đã kiểm tra ",
        asOf: false,
      },
      consolidate: {
        tab: "Tổng hợp",
        button: uiTexts.consolidate.run,
        result: "Đã đọc và tổng hợp ",
        asOf: true,
      },
    };
    const runs = { check: [] as Run[], consolidate: [] as Run[] };
    for (let round = 0; round < rounds; round++) {
      runs.check.push(await timeOnce(browser, server.url, samples, panels.check));
      runs.consolidate.push(await timeOnce(browser, server.url, samples, panels.consolidate));
    }
    const timing = (panelRuns: Run[]): PaneTiming => ({
      seconds: median(panelRuns.map((run) => run.seconds)),
      runs: panelRuns.map((run) => run.seconds),
      longestTaskMs: median(panelRuns.map((run) => run.longestTaskMs)),
    });
    return { files: samples.length, check: timing(runs.check), consolidate: timing(runs.consolidate) };
  } finally {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  paneTimes(Number(process.argv[2] ?? 5)).then(
    (times) => console.log(JSON.stringify(times, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
