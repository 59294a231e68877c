/**
 * Issue 14's browser figures: how long, and how much memory, the pane's page takes while Kiểm tra reads one hostile file, in headless
 * Chromium. Each file gets a fresh browser context (its own renderer process, where the page and its reading workers
 * run); the renderer's peak resident memory (VmHWM in /proc, Linux) is read once the result is shown, and its
 * resident memory just before the run is taken away: what reading that one file cost the page.
 * Run alone: `npx tsx scripts/bench/paneMemory.ts`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, CDPSession } from "playwright-core";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import { uiTexts } from "../../src/domain/texts/ui";
import { planSamples } from "../../src/samples/planSamples";
import { sampleFileBytes } from "../../src/samples/sampleFile";
import { launchChromium, openTaskpane } from "../../tests/support/chromium";
import { ensureTaskpaneBuild, serveDirectory } from "../../tests/support/taskpaneBuild";
import { lyingSizeBook, withFarCells } from "../../tests/workbook/xlsx/handMadeXlsx";
import { bombOneEntry, bombOverlapping } from "../bad-files/craftedZips";

const PERIOD_CODE = "2026-05";
const RESULT_TIMEOUT_MS = 180_000;
const KB_PER_MB = 1024;

export interface PaneMemory {
  file: string;
  /** The page's renderer before the run and at its peak during it, MB. */
  beforeMb: number;
  peakMb: number;
  /** From the run button pressed to the result shown, seconds. */
  seconds: number;
  /** The panel's result line ("Đã kiểm tra 1 tệp: …"). */
  verdict: string;
}

/** A /proc status field in MB (Linux reports kB). */
function statusMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${field}:`));
  return Number(/\d+/.exec(line ?? "")?.[0] ?? NaN) / KB_PER_MB;
}

async function rendererPids(session: CDPSession): Promise<Set<number>> {
  const { processInfo } = (await session.send("SystemInfo.getProcessInfo")) as {
    processInfo: { type: string; id: number }[];
  };
  return new Set(processInfo.filter((p) => p.type === "renderer").map((p) => p.id));
}

/** Resets the kernel's peak-memory mark of `pid` to its current size (Linux ≥ 4.0; root or the owner may). */
function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, "5");
}

async function measureOne(browser: Browser, url: string, path: string, name: string): Promise<PaneMemory> {
  const session = await browser.newBrowserCDPSession();
  const existing = await rendererPids(session);
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "vi-VN" });
  try {
    const page = await context.newPage();
    await openTaskpane(page, url, []);
    // The page's renderer is among the new ones (Chromium also starts a spare, and one for office.js's frame).
    const pids = [...(await rendererPids(session))].filter((pid) => !existing.has(pid));
    await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption(PERIOD_CODE);
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    const pane = page.getByRole("tabpanel");
    await pane.getByLabel(uiTexts.files.inputLabel).setInputFiles([path]);
    await pane.getByText(uiTexts.files.chosen(1)).waitFor();
    pids.forEach(resetPeak);
    const before = new Map(pids.map((pid) => [pid, statusMb(pid, "VmRSS")]));
    const started = performance.now();
    await pane.getByRole("button", { name: uiTexts.check.checkFiles, exact: true }).click();
    const result = pane.getByText("Đã kiểm tra ").first();
    await result.waitFor({ timeout: RESULT_TIMEOUT_MS });
    const seconds = (performance.now() - started) / 1000;
    // The one that grew most is the page's, where its reading workers run too.
    const [beforeMb, peakMb] = pids
      .map((pid) => [before.get(pid) ?? 0, statusMb(pid, "VmHWM")])
      .reduce((most, next) => (next[1] - next[0] > most[1] - most[0] ? next : most));
    const verdict = ((await result.textContent()) ?? "").trim();
    return { file: name, beforeMb, peakMb, seconds, verdict };
  } finally {
    await context.close();
    await session.detach();
  }
}

/** The files measured: a good form for reference, then the zips that lie and a form with far cells. */
async function hostileFiles(folder: string): Promise<{ name: string; path: string }[]> {
  const period = parsePeriod(PERIOD_CODE);
  if (!period.ok) throw new Error(PERIOD_CODE);
  const catalog = catalog2026();
  const plan = planSamples(catalog, period.value).find((p) => p.send && p.quirks.length === 0);
  if (!plan) throw new Error("no plain sample form");
  const good = await sampleFileBytes(catalog, plan);
  const files: [string, Uint8Array][] = [
    ["bieu-mau-tot.xlsx", good],
    ["khai-1000-byte-ra-2GB.xlsx", lyingSizeBook()],
    ["bom-mot-thanh-phan.xlsx", await bombOneEntry()],
    ["bom-chong-lap.xlsx", await bombOverlapping()],
    ["o-o-dong-1048576.xlsx", withFarCells(good)],
  ];
  return files.map(([name, bytes]) => {
    const path = join(folder, name);
    writeFileSync(path, bytes);
    return { name, path };
  });
}

export async function paneMemory(): Promise<PaneMemory[]> {
  const folder = mkdtempSync(join(tmpdir(), "bench-pane-memory-"));
  const server = await serveDirectory(await ensureTaskpaneBuild());
  const browser = await launchChromium();
  try {
    const results: PaneMemory[] = [];
    for (const { name, path } of await hostileFiles(folder))
      results.push(await measureOne(browser, server.url, path, name));
    return results;
  } finally {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  paneMemory().then(
    (results) => console.log(JSON.stringify(results, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
