/**
 * A whole month of forms written by LibreOffice, not by the project's writer: every sample form re-saved by
 * `soffice` (its cells, strings and styles are LibreOffice's own), then consolidated into the report's appendices.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import type { ConsolidationRun } from "../../src/domain/consolidation/fileOutcomes";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import { saysNothing } from "../../src/domain/language/saysNothing";
import type { Period } from "../../src/domain/language/types";
import { planSamples } from "../../src/samples/planSamples";
import { appendixSheetNames, buildSummaryWorkbook } from "../../src/workbook/summary/buildSummaryWorkbook";
import { splitSummaryWorkbook } from "../../src/workbook/summary/splitSummaryWorkbook";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { consolidateInNode, writeSampleForms } from "../support/sampleFolder";

const catalog = catalog2026();
const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const SEEDS = join(__dirname, "../../seeds");
const seed003 = readFileSync(join(SEEDS, readdirSync(SEEDS).find((name) => name.startsWith("003_")) as string), "utf8");
/** 003's header rows, as tab-separated lines of the seed, in the report's order. */
const seedHeaders = (start: string) =>
  seed003
    .split("\n")
    .filter((line) => line.startsWith(start))
    .map((line) => line.split("\t").map((cell) => cell.trim()));

const dir = mkdtempSync(join(tmpdir(), "lo-month-"));
let run: ConsolidationRun;
let appendices: ExcelJS.Workbook;
let resaved: string[];

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value) return value.richText.map((part) => part.text).join("");
  return String(value);
}

/** Each row of a sheet as texts, column A first. */
function rowsOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row, number) => {
    rows[number - 1] = Array.from({ length: sheet.columnCount }, (_, i) => text(row.getCell(i + 1).value).trim());
  });
  return [...rows].map((row) => row ?? []);
}

/** Reads a re-saved form's task table: task id → status and difficulty as LibreOffice wrote them. */
async function taskCells(path: string): Promise<Map<string, { status: string; difficulty: string }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows = rowsOf(workbook.getWorksheet("Nhiệm vụ")!);
  const header = rows.findIndex((row) => row.includes("Mã") && row.includes("Tiến độ"));
  const [id, status, difficulty] = ["Mã", "Tiến độ", "Khó khăn, vướng mắc"].map((h) => rows[header].indexOf(h));
  return new Map(
    rows
      .slice(header + 1)
      .flatMap((row) => (row[id] ? [[row[id], { status: row[status], difficulty: row[difficulty] }]] : [])),
  );
}

beforeAll(async () => {
  const written = join(dir, "written");
  const libreOffice = join(dir, "libreoffice");
  mkdirSync(written);
  mkdirSync(libreOffice);
  const paths = await writeSampleForms(
    written,
    catalog,
    planSamples(catalog, may).filter((plan) => plan.send),
  );
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      libreOffice,
      ...paths,
    ],
    { stdio: "ignore", timeout: 300_000 },
  );
  resaved = readdirSync(libreOffice).map((name) => join(libreOffice, name));
  run = await consolidateInNode(resaved, { catalog, period: may, asOf: "2026-05-14" });
  const summary = buildSummaryWorkbook({
    catalog,
    consolidation: run.consolidation,
    findings: run.findings,
    generatedAt: new Date(Date.UTC(2026, 4, 14)),
  });
  appendices = new ExcelJS.Workbook();
  await appendices.xlsx.load((await writeXlsx(splitSummaryWorkbook(summary).appendices)).slice().buffer as ArrayBuffer);
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a month of forms re-saved by LibreOffice", () => {
  it("is LibreOffice's writing, and every form is read", () => {
    expect(resaved.length).toBeGreaterThan(80);
    const app = execFileSync("unzip", ["-p", resaved[0], "docProps/app.xml"]).toString("utf8");
    expect(app).toMatch(/<Application>LibreOffice/);
    expect(run.files.filter((file) => file.status === "accepted").length).toBeGreaterThan(75);
  });

  it("finds every form's title lines and cover in agreement with its hidden identity", () => {
    expect(run.findings.filter((finding) => finding.code === "identity_mismatch")).toEqual([]);
  });

  it("gives the report's four appendices, each header row exactly as seed 003 prints it", () => {
    expect(appendices.worksheets.map((sheet) => sheet.name)).toEqual([...appendixSheetNames]);
    const headers = (name: string) => rowsOf(appendices.getWorksheet(name)!).filter((row) => row[0] === "STT");
    const trimmed = (rows: string[][]) => rows.map((row) => row.filter((cell, i) => cell !== "" || i === 0));
    expect(trimmed(headers("Phụ lục I (báo cáo)"))).toEqual(seedHeaders("STT\tVĂN BẢN"));
    expect(trimmed(headers("Phụ lục II (báo cáo)"))).toEqual(seedHeaders("STT\tCác mục tiêu/chỉ tiêu\t"));
    const [taskHeader] = seedHeaders("STT\tTên nhiệm vụ\t");
    expect(trimmed(headers("Phụ lục III (báo cáo)"))).toEqual([taskHeader, taskHeader]);
    // Phụ lục IV: one table per source of carried-over tasks, each under 003's header row for its part.
    expect(trimmed(headers("Phụ lục IV (báo cáo)"))).toEqual(seedHeaders("STT\tNhiệm vụ\tChủ trì\t"));
  });

  it("lists the KHCN plan's tasks in Phụ lục III part A, before part B", () => {
    const rows = rowsOf(appendices.getWorksheet("Phụ lục III (báo cáo)")!);
    const partB = rows.findIndex((row) => row[0] === "B. CHUYỂN ĐỔI SỐ");
    const khcn = catalog.tasks.filter((task) => task.programmeId === "KHCN-2026" && !task.isHeading);
    expect(khcn.length).toBe(9);
    for (const task of khcn) {
      const at = rows.findIndex((row) => row[1] === task.name);
      expect([task.id, at > 0 && at < partB]).toEqual([task.id, true]);
    }
  });

  it("keeps every appendix cell within 1,500 characters", () => {
    const over = appendices.worksheets.flatMap((sheet) =>
      rowsOf(sheet).flatMap((row, r) =>
        row.flatMap((cell, c) => (cell.length > 1500 ? [`${sheet.name}!${r + 1}:${c + 1}`] : [])),
      ),
    );
    expect(over).toEqual([]);
  });

  it("counts each roll-up's units done from what the LibreOffice files say, and digests every difficulty they hold", async () => {
    const accepted = run.consolidation.register.filter((row) => row.file && row.status !== "rejected");
    const groupOf = new Map(catalog.units.map((unit) => [unit.id, unit.group]));
    const done = new Map<string, Map<string, number>>();
    const difficulties: string[] = [];
    for (const { unitId, file } of accepted) {
      for (const [taskId, cells] of await taskCells(resaved.find((path) => path.endsWith(`/${file}`))!)) {
        if (cells.status.toLowerCase() === "đã hoàn thành") {
          const byGroup = done.get(taskId) ?? new Map<string, number>();
          byGroup.set(groupOf.get(unitId)!, (byGroup.get(groupOf.get(unitId)!) ?? 0) + 1);
          done.set(taskId, byGroup);
        }
        if (!saysNothing(cells.difficulty)) difficulties.push(`${unitId} ${taskId}`);
      }
    }
    const rolledUp = run.consolidation.tasks.filter((task) => task.rollup);
    expect(rolledUp.length).toBeGreaterThan(40);
    for (const task of rolledUp) {
      const shown = task.rollup!.groups.map((group) => [group.group, group.done]);
      // A composite deadline's units are counted by the part that decides the task's standing (rows "NV.I.2#1", …).
      const parts = catalog.tasks.find((candidate) => candidate.id === task.id)!.deadline.parts;
      const keys = parts.length > 1 ? parts.map((_, i) => `${task.id}#${i + 1}`) : [task.id];
      const counted = keys.map((key) =>
        task.rollup!.groups.map((group) => [group.group, done.get(key)?.get(group.group) ?? 0]),
      );
      expect([task.id, counted]).toEqual([task.id, expect.arrayContaining([shown])]);
    }
    const digested = new Set(
      run.consolidation.difficulties.flatMap((entry) =>
        entry.units.flatMap((unit) => (unit.difficulty ? [`${unit.unitId} ${entry.taskId}`] : [])),
      ),
    );
    // "Không", "Không có khó khăn, vướng mắc", "-" say nothing (their own rule, tested apart); the rest is digested.
    expect(difficulties.length).toBeGreaterThan(20);
    expect(difficulties.filter((said) => !digested.has(said))).toEqual([]);
  });
});
