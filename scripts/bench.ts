/**
 * `npm run bench`: what `npm run cli -- consolidate DIR --out SUMMARY.xlsx` costs on the sample month's 90 units
 * and on 3,321 communes (every commune of the country). The pipeline runs the command's own pieces (collectFiles,
 * the parallel reader and checker, consolidateCheckedFiles, the summary workbook written to disk); beside it, a
 * plain baseline loads each file fully with ExcelJS, one after another, and does nothing else. Also times building
 * and writing the 102 unit forms. Prints, never asserts. Each measured run is its own child process, so its peak
 * memory (worker threads included) is its own.
 */
import { fork } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readerCount } from "../src/cli/readFilesInParallel";
import { checkSubmittedFiles, collectFiles } from "../src/cli/readSubmittedFiles";
import { catalog2026 } from "../src/domain/catalog/catalog2026";
import type { Catalog, Responsibility, Unit } from "../src/domain/catalog/types";
import { consolidateCheckedFiles } from "../src/domain/consolidation/consolidateFiles";
import { unitsWithForms } from "../src/domain/forms/formFiles";
import { parsePeriod } from "../src/domain/language/parsePeriod";
import type { Period } from "../src/domain/language/types";
import { planSamples } from "../src/samples/planSamples";
import { sampleFileBytes } from "../src/samples/sampleFile";
import { buildSummaryWorkbook } from "../src/workbook/summary/buildSummaryWorkbook";
import { buildFormWorkbook } from "../src/workbook/templates/buildUnitForm";
import { bombOneEntry, bombOverlapping } from "./bad-files/craftedZips";
import { readSubmittedFile } from "../src/workbook/xlsx/readSubmittedFile";
import { writeXlsx } from "../src/workbook/xlsx/writeXlsx";
import { prepareImports } from "../src/taskpane/actions/prepareImports";
import { insertSheetsFromFiles } from "../src/workbook/excel/insertSheetsFromFiles";
import { readFormSheetGrids } from "../src/workbook/excel/readFormSheetGrids";
import { readFormSheets } from "../src/workbook/reading/readFormSheets";
import { FakeWorkbookReads } from "../tests/workbook/excel/fakeWorkbookReads";

const PERIOD_CODE = "2026-05";
const AS_OF = "2026-05-14";
const COUNTRY_COMMUNES = 3321;
const MB = 1024 * 1024;

type Mode = "pipeline" | "baseline";

interface RunResult {
  files: number;
  /** Threads reading files, this one included. */
  readers: number;
  wallMs: number;
  /** The kernel's high-water mark for the child, worker threads included (what /usr/bin/time -v prints). */
  peakRssMb: number;
  /** Where the time went, for the pipeline. */
  stepsMs?: Record<string, number>;
  sentence?: string;
}

function monthPeriod(): Period {
  const parsed = parsePeriod(PERIOD_CODE);
  if (!parsed.ok) throw new Error(PERIOD_CODE);
  return parsed.value;
}

function benchUnitId(index: number): string {
  return `xa-bench-${String(index + 1).padStart(4, "0")}`;
}

/** The 2026 catalog with `count` more communes, each responsible for exactly what a commune is. */
function catalogWithCommunes(count: number): Catalog {
  const catalog = catalog2026();
  if (count === 0) return catalog;
  const ids = Array.from({ length: count }, (_, i) => benchUnitId(i));
  const model = catalog.units.find((unit) => unit.group === "xa") as Unit;
  const widen = (r: Responsibility): Responsibility =>
    r.unitIds.includes(model.id)
      ? {
          ...r,
          unitIds: [...r.unitIds, ...ids],
          parts: r.parts.map((p) => (p.unitIds.includes(model.id) ? { ...p, unitIds: [...p.unitIds, ...ids] } : p)),
        }
      : r;
  return {
    ...catalog,
    units: [
      ...catalog.units,
      ...ids.map((id, i) => ({ id, name: `Xã Thử Nghiệm ${i + 1}`, group: "xa" as const, variants: [] })),
    ],
    indicators: catalog.indicators.map((i) => ({ ...i, lead: widen(i.lead), coordinators: widen(i.coordinators) })),
    tasks: catalog.tasks.map((t) => ({ ...t, lead: widen(t.lead), coordinators: widen(t.coordinators) })),
  };
}

function peakRssMb(): number {
  return (process.resourceUsage().maxRSS * 1024) / MB;
}

/** What `consolidate DIR --out SUMMARY.xlsx` does, step by step; the summary is written to `out`. */
async function runPipeline(dir: string, catalog: Catalog, out: string): Promise<Omit<RunResult, "peakRssMb">> {
  const context = { catalog, period: monthPeriod(), asOf: AS_OF };
  const started = performance.now();
  const files = await collectFiles([dir]);
  const checked = await checkSubmittedFiles(files, context, () => undefined);
  const read = performance.now();
  const { consolidation, findings } = consolidateCheckedFiles(checked, context);
  const consolidated = performance.now();
  const model = buildSummaryWorkbook({ catalog, consolidation, findings, generatedAt: new Date(`${AS_OF}T00:00:00Z`) });
  writeFileSync(out, await writeXlsx(model));
  const finished = performance.now();
  return {
    files: files.length,
    readers: readerCount(files.length),
    wallMs: finished - started,
    stepsMs: {
      "đọc + kiểm tra tệp (collectFiles + checkSubmittedFiles)": read - started,
      "tổng hợp (consolidateCheckedFiles)": consolidated - read,
      "bảng tổng hợp (buildSummaryWorkbook + writeXlsx + ghi tệp)": finished - consolidated,
    },
    sentence: consolidation.completenessSentence.slice(0, 120),
  };
}

async function runBaseline(dir: string): Promise<Omit<RunResult, "peakRssMb">> {
  const started = performance.now();
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".xlsx"))
    .sort();
  for (const name of names) {
    await new ExcelJS.Workbook().xlsx.load(readFileSync(join(dir, name)) as unknown as ExcelJS.Buffer);
  }
  return { files: names.length, readers: 1, wallMs: performance.now() - started };
}

/**
 * The child: one measured run, its result sent to the parent. Started by hand (`npx tsx scripts/bench.ts --child
 * pipeline DIR COMMUNES`, e.g. under `node --cpu-prof --import tsx`), it prints the result instead.
 */
async function child(mode: Mode, dir: string, communes: number): Promise<void> {
  const catalog = catalogWithCommunes(communes);
  const summary = join(dir, "..", `tong-hop-${communes}.xlsx`);
  const run = mode === "pipeline" ? await runPipeline(dir, catalog, summary) : await runBaseline(dir);
  const result: RunResult = { ...run, peakRssMb: peakRssMb() };
  if (process.send) process.send(result);
  else printRun(`${mode} ${dir}`, result);
}

function measure(mode: Mode, dir: string, communes: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const worker = fork(__filename, ["--child", mode, dir, String(communes)], { execArgv: process.execArgv });
    worker.once("message", (message) => resolve(message as RunResult));
    worker.once("error", reject);
    worker.once("exit", (code) => code !== 0 && reject(new Error(`bench child exited with ${code}`)));
  });
}

function writeDated(dir: string, name: string, bytes: Uint8Array, receivedAt: string): void {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const when = new Date(receivedAt);
  utimesSync(path, when, when);
}

/** The 90 units' sample files, on disk as the officer would receive them; returns the commune files' bytes. */
async function writeSampleMonth(dir: string): Promise<{ unitId: string; bytes: Uint8Array }[]> {
  const catalog = catalog2026();
  const communes: { unitId: string; bytes: Uint8Array }[] = [];
  for (const plan of planSamples(catalog, monthPeriod()).filter((p) => p.send)) {
    const bytes = await sampleFileBytes(catalog, plan);
    writeDated(dir, plan.fileName, bytes, plan.receivedAt);
    const unit = catalog.units.find((u) => u.id === plan.unitId);
    if (unit?.group === "xa" && !plan.quirks.includes("replaced")) communes.push({ unitId: plan.unitId, bytes });
  }
  return communes;
}

/** A commune file passed off as another commune's: its identity's unit id swapped in the shared strings. */
async function asUnit(bytes: Uint8Array, fromId: string, toId: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const strings = zip.file("xl/sharedStrings.xml");
  if (!strings) throw new Error("no shared strings");
  zip.file("xl/sharedStrings.xml", (await strings.async("string")).replace(`>${fromId}<`, `>${toId}<`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function writeCountry(dir: string, communes: { unitId: string; bytes: Uint8Array }[]): Promise<void> {
  for (let i = 0; i < COUNTRY_COMMUNES; i++) {
    const source = communes[i % communes.length];
    const id = benchUnitId(i);
    const receivedAt = `2026-05-${String(5 + (i % 6)).padStart(2, "0")}T0${i % 10}:${String(i % 60).padStart(2, "0")}:00.000Z`;
    writeDated(dir, `${PERIOD_CODE}_${id}.xlsx`, await asUnit(source.bytes, source.unitId, id), receivedAt);
  }
}

async function benchTemplates(): Promise<{ forms: number; buildMs: number; writeMs: number }> {
  const catalog = catalog2026();
  const period = monthPeriod();
  const units = unitsWithForms(catalog);
  let buildMs = 0;
  let writeMs = 0;
  for (const unit of units) {
    let at = performance.now();
    const model = buildFormWorkbook(catalog, unit.id, period);
    buildMs += performance.now() - at;
    at = performance.now();
    await writeXlsx(model);
    writeMs += performance.now() - at;
  }
  return { forms: units.length, buildMs, writeMs };
}

const number = (n: number, digits = 0) =>
  n.toLocaleString("vi-VN", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function printRun(label: string, run: RunResult): void {
  const seconds = run.wallMs / 1000;
  console.log(
    `${label.padEnd(34)} ${String(run.files).padStart(5)} tệp  ${number(seconds, 2).padStart(7)} s  ` +
      `${number(run.files / seconds, 1).padStart(7)} tệp/s  RSS đỉnh ${number(run.peakRssMb)} MB  ` +
      `${run.readers} luồng đọc`,
  );
  for (const [step, ms] of Object.entries(run.stepsMs ?? {})) {
    console.log(`${"".padEnd(36)}- ${step}: ${number(ms / 1000, 2)} s (${number((100 * ms) / run.wallMs)}%)`);
  }
  if (run.sentence) console.log(`${"".padEnd(36)}→ ${run.sentence}…`);
}

/**
 * The pane's in-Excel path on the sample month: the forms prepared for import (read, checked, renamed, base64) as
 * the browser does it, inserted into and read back from a recording fake of Excel (tests/workbook/excel): the
 * fake cannot tell Excel's own time, so only the requests are counted and sized, and our reading of the grids timed.
 */
async function benchWorkbookSheets(): Promise<void> {
  const catalog = catalog2026();
  const plans = planSamples(catalog, monthPeriod()).filter((plan) => plan.send);
  const files = await Promise.all(
    plans.map(async (plan) => {
      const bytes = await sampleFileBytes(catalog, plan);
      return {
        name: plan.fileName,
        size: bytes.length,
        lastModified: Date.parse(plan.receivedAt),
        arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
      };
    }),
  );
  const operation = { signal: new AbortController().signal, progress: () => undefined };
  let at = performance.now();
  const { prepared } = await prepareImports(files, catalog, new Set(), operation);
  const prepareMs = performance.now() - at;
  const excel = new FakeWorkbookReads([]);
  const base64 = prepared.map((item) => item.base64);
  const insertSyncs = await insertSheetsFromFiles(excel.context, base64);
  const sentMb = base64.reduce((sum, text) => sum + text.length, 0) / MB;
  console.log(
    `Nhập ${prepared.length} tệp vào sổ: chuẩn bị ${number(prepareMs / 1000, 2)} s ` +
      `(${number(prepared.length / (prepareMs / 1000), 1)} tệp/s), gửi ${number(sentMb, 1)} MB base64 ` +
      `trong ${insertSyncs} lần đồng bộ`,
  );
  const syncsBefore = excel.syncCount;
  const cellsBefore = excel.fullCellsPerSync.length;
  const grids = await readFormSheetGrids(excel.context);
  at = performance.now();
  const reads = readFormSheets({ workbookName: "so.xlsx", grids, units: catalog.units });
  const recogniseMs = performance.now() - at;
  const largest = Math.max(...excel.fullBytesPerSync.slice(cellsBefore)) / MB;
  console.log(
    `Đọc lại ${reads.length} biểu từ ${grids.length} trang tính: ${excel.syncCount - syncsBefore} lần đồng bộ, ` +
      `phản hồi lớn nhất ${number(largest, 2)} MB (giới hạn Excel trên web 5 MB); ` +
      `nhận dạng và đọc bảng ${number(recogniseMs / 1000, 2)} s`,
  );
}

/** How fast the hostile-file door refuses the corpus's zip bombs (issue 6: under a second, bounded memory). */
async function benchZipBombs(): Promise<void> {
  for (const [name, make] of [
    ["bom-mot-thanh-phan.xlsx (1,1 MB → 1.100 MiB)", bombOneEntry],
    ["bom-chong-lap.xlsx (18 KB → trên 1 GB)", bombOverlapping],
  ] as const) {
    const bomb = await make();
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const result = await readSubmittedFile(bomb, name, "2026-05-09T08:00:00Z");
    const ms = performance.now() - started;
    const grown = (process.memoryUsage().arrayBuffers - before) / 1024 ** 2;
    const verdict = result.ok ? "ĐÃ ĐỌC (lỗi!)" : result.finding.code;
    console.log(`Bom zip ${name}: ${verdict} sau ${number(ms, 1)} ms, bộ nhớ đệm tăng ${number(grown, 1)} MB`);
  }
}

async function main(): Promise<void> {
  const cpu = cpus();
  console.log(
    `Máy: ${cpu[0]?.model ?? "?"} × ${cpu.length} nhân, RAM ${number(totalmem() / 1024 ** 3, 1)} GB, Node ${process.version}`,
  );

  const templates = await benchTemplates();
  const templateSeconds = (templates.buildMs + templates.writeMs) / 1000;
  console.log(
    `Tạo biểu mẫu: ${templates.forms} biểu mẫu trong ${number(templateSeconds, 2)} s ` +
      `(dựng mô hình ${number(templates.buildMs / 1000, 2)} s, ghi .xlsx ${number(templates.writeMs / 1000, 2)} s), ` +
      `${number(templates.forms / templateSeconds, 1)} biểu mẫu/s, RSS đỉnh ${number(peakRssMb())} MB`,
  );

  await benchZipBombs();
  await benchWorkbookSheets();

  const root = mkdtempSync(join(tmpdir(), "bench-cds-"));
  try {
    const month = join(root, "90");
    const country = join(root, String(COUNTRY_COMMUNES));
    mkdirSync(month);
    mkdirSync(country);
    let at = performance.now();
    const communes = await writeSampleMonth(month);
    await writeCountry(country, communes);
    console.log(
      `(Chuẩn bị dữ liệu, không tính vào kết quả: ${number((performance.now() - at) / 1000, 1)} s, tại ${root})`,
    );
    at = performance.now();
    printRun("Quy trình, mẫu tháng 5/2026", await measure("pipeline", month, 0));
    printRun("Đối chứng ExcelJS, mẫu tháng 5/2026", await measure("baseline", month, 0));
    printRun("Quy trình, 3.321 xã", await measure("pipeline", country, COUNTRY_COMMUNES));
    printRun("Đối chứng ExcelJS, 3.321 xã", await measure("baseline", country, COUNTRY_COMMUNES));
    console.log(`(Tổng thời gian đo: ${number((performance.now() - at) / 1000, 1)} s)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const [flag, mode, dir, communes] = process.argv.slice(2);
if (flag === "--child") {
  child(mode as Mode, dir, Number(communes)).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
