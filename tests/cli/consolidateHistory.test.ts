/**
 * April then May consolidated into one history workbook (--history), on real .xlsx forms: May is compared with
 * April, units missing in May are carried from April, a planted drop of a cumulative count is caught, and running
 * May again replaces its rows.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import type { CommandIo } from "../../src/cli/commandIo";
import { writeSampleFiles } from "../../src/cli/commands/samplesCommand";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import { PROVINCE_UNIT_ID, type HistoryRecord } from "../../src/domain/history/types";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import type { Period } from "../../src/domain/language/types";
import { readHistoryFile } from "../../src/workbook/xlsx/historyWorkbook";

const catalog = catalog2026();
const countIndicators = new Set(catalog.indicators.filter((i) => i.measure === "count").map((i) => i.id));
const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;
const dir = mkdtempSync(join(tmpdir(), "consolidate-history-"));
const history = join(dir, "so-theo-doi.xlsx");
const quiet: CommandIo = { print: () => undefined, error: () => undefined, today: () => "2026-05-14" };

/* eslint-disable @typescript-eslint/no-explicit-any -- the command's JSON, read back as data */
type Json = any;

async function consolidate(month: "04" | "05", name: string, ...flags: string[]) {
  const err: string[] = [];
  const io: CommandIo = { print: () => undefined, error: (t) => err.push(t), today: () => "2026-05-14" };
  const json = join(dir, `${name}.json`);
  const code = await runCli(
    [
      "consolidate",
      join(dir, month),
      "--period",
      `2026-${month}`,
      "--as-of",
      `2026-${month}-14`,
      "--out",
      join(dir, `${name}.xlsx`),
      "--json",
      json,
      "--history",
      history,
      ...flags,
    ],
    io,
  );
  if (code !== 0) throw new Error(err.join("\n"));
  return JSON.parse(readFileSync(json, "utf8")) as Json;
}

async function historyRecords(): Promise<HistoryRecord[]> {
  const read = await readHistoryFile(new Uint8Array(readFileSync(history)), "so-theo-doi.xlsx");
  if (!read.ok) throw new Error(read.issues.map((issue) => issue.message).join("; "));
  return read.value;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return workbook;
}

const key = (r: HistoryRecord) => `${r.unitId}|${r.kind}|${r.itemId}`;

/** The units that have a valid report in a period's JSON. */
const accepted = (result: Json) =>
  new Set<string>(
    result.units.filter((u: Json) => u.status === "received" || u.status === "late").map((u: Json) => u.id),
  );

interface Planted {
  unitId: string;
  indicatorId: string;
  cell: string;
  april: number;
}

/**
 * A count a unit gave in April and, higher or equal, in May, set in its May file to one below April's: the check
 * must flag this drop and only because of the plant.
 */
async function plantDrop(aprilRecords: HistoryRecord[]): Promise<Planted> {
  const mayPlans = JSON.parse(readFileSync(join(dir, "05", "samples.json"), "utf8")).plans as Json[];
  for (const record of aprilRecords) {
    if (record.unitId === PROVINCE_UNIT_ID || !countIndicators.has(record.itemId) || !record.value) continue;
    const plans = mayPlans.filter((plan) => plan.unitId === record.unitId && plan.send);
    if (plans.length !== 1 || plans[0].quirks.length > 0) continue;
    const file = join(dir, "05", plans[0].fileName);
    const workbook = await load(file);
    const [sheet, cell] = (record.cell as string).split("!");
    const target = workbook.getWorksheet(sheet)?.getCell(cell);
    if (typeof target?.value !== "number" || target.value < record.value) continue;
    const { mtime } = statSync(file);
    target.value = record.value - 1;
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    utimesSync(file, mtime, mtime);
    return { unitId: record.unitId, indicatorId: record.itemId, cell, april: record.value };
  }
  throw new Error("no count to plant a drop on");
}

let april: Json;
let mayWithHistory: Json;
let mayAgain: Json;
let afterApril: HistoryRecord[];
let afterMay: HistoryRecord[];
let afterMayAgain: HistoryRecord[];
let planted: Planted;

beforeAll(async () => {
  // Another seed for April, so other units are missing than in May.
  await writeSampleFiles(catalog, period("2026-04"), 7, join(dir, "04"), quiet);
  await writeSampleFiles(catalog, period("2026-05"), 20260514, join(dir, "05"), quiet);
  april = await consolidate("04", "th-04");
  afterApril = await historyRecords();
  planted = await plantDrop(afterApril);
  mayWithHistory = await consolidate("05", "th-05");
  afterMay = await historyRecords();
  mayAgain = await consolidate("05", "th-05-lan-2", "--no-carry-forward");
  afterMayAgain = await historyRecords();
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("consolidate --history", () => {
  it("creates the workbook on the first run, with April's rows only and nothing to compare April with", () => {
    expect(existsSync(history)).toBe(true);
    expect(new Set(afterApril.map((r) => r.period))).toEqual(new Set(["2026-04"]));
    expect(april.indicators.some((i: Json) => "previous" in i)).toBe(false);
    expect(april.units.some((u: Json) => "carriedFrom" in u)).toBe(false);
    // One row per unit × item: each accepted unit and the province.
    expect(new Set(afterApril.map((r) => r.unitId))).toEqual(new Set([...accepted(april), PROVINCE_UNIT_ID]));
    expect(new Set(afterApril.map(key)).size).toBe(afterApril.length);
  });

  it("gives every May indicator and task April's figure and status", () => {
    const aprilIndicators = new Map(april.indicators.map((i: Json) => [i.id, i]));
    for (const indicator of mayWithHistory.indicators) {
      const before = aprilIndicators.get(indicator.id) as Json;
      expect(indicator.previous).toEqual({ period: "2026-04", value: before.value });
    }
    const aprilTasks = new Map(april.tasks.map((t: Json) => [t.id, t]));
    for (const task of mayWithHistory.tasks) {
      expect(task.previous).toEqual({ period: "2026-04", status: (aprilTasks.get(task.id) as Json).status });
    }
  });

  it("shows April's figure and the change on the indicator and task working sheets", async () => {
    const workbook = await load(join(dir, "th-05-lam-viec.xlsx"));
    const values = (name: string) =>
      (workbook.getWorksheet(name)?.getSheetValues() ?? []).flatMap((row) => (Array.isArray(row) ? row : []));
    expect(values("Tổng hợp chỉ tiêu")).toEqual(expect.arrayContaining(["Kỳ trước (tháng 4/2026)", "Thay đổi"]));
    expect(values("Tổng hợp nhiệm vụ")).toEqual(expect.arrayContaining(["Kỳ trước (tháng 4/2026)", "Thay đổi"]));
    const changed = mayWithHistory.indicators.find(
      (i: Json) => i.value !== null && i.previous.value !== null && i.value !== i.previous.value,
    );
    const sheet = workbook.getWorksheet("Tổng hợp chỉ tiêu") as ExcelJS.Worksheet;
    const name = catalog.indicators.find((i) => i.id === changed.id)?.name;
    const row = sheet.getRows(1, sheet.rowCount)?.find((r) => r.getCell(2).value === name) as ExcelJS.Row;
    expect(row.getCell(8).value).toBe(april.indicators.find((i: Json) => i.id === changed.id).display);
    const difference = Number((changed.value - changed.previous.value).toFixed(2));
    expect(String(row.getCell(9).value)).toMatch(new RegExp(`^${difference > 0 ? "\\+" : "-"}`));
  });

  it("carries April's figures of units without a valid May report, marked and counted apart", async () => {
    const reportedInApril = accepted(april);
    const missingInMay = mayWithHistory.units.filter((u: Json) => u.status === "missing" || u.status === "rejected");
    const carried = missingInMay.filter((u: Json) => reportedInApril.has(u.id));
    expect(carried.length).toBeGreaterThan(0);
    for (const unit of mayWithHistory.units) {
      expect(unit.carriedFrom).toBe(carried.includes(unit) ? "2026-04" : undefined);
    }
    expect(mayWithHistory.sentences.carried).toBe(
      `Dùng số liệu kỳ trước cho ${carried.length} đơn vị chưa có báo cáo hợp lệ: ${carried
        .map((u: Json) => u.name)
        .join(", ")} (tháng 4/2026).`,
    );
    const completeness = mayWithHistory.sentences.sections.find((s: Json) => s.id === "completeness");
    expect(completeness.sentences.map((s: Json) => s.text)).toContain(mayWithHistory.sentences.carried);
    // CĐS II.2 (Σ Tử số ÷ Σ Mẫu số over every sở and xã): each carried unit's April fraction counts once more.
    const carriedIds = new Set(carried.map((u: Json) => u.id));
    const carriedFractions = afterApril.filter(
      (r) => carriedIds.has(r.unitId) && r.itemId === "CDS.II.2" && r.numerator !== undefined && r.denominator,
    );
    const reporting = (result: Json) => result.indicators.find((i: Json) => i.id === "CDS.II.2").reporting;
    expect(carriedFractions.length).toBeGreaterThan(0);
    expect(reporting(mayWithHistory) - reporting(mayAgain)).toBe(carriedFractions.length);
    // A figure made with last period's figures is an estimate of this period's.
    expect(mayWithHistory.indicators.find((i: Json) => i.id === "CDS.II.2").estimate).toBe(true);
    const matrix = (await load(join(dir, "th-05-lam-viec.xlsx"))).getWorksheet("Chi tiết theo đơn vị");
    const marked = (matrix?.getSheetValues() ?? [])
      .flatMap((row) => (Array.isArray(row) ? row : []))
      .filter((value) => typeof value === "string" && value.endsWith("— số liệu kỳ trước (tháng 4/2026)"));
    expect(marked.length).toBeGreaterThan(0);
  });

  it("says in section I what units did during May, right after the roll-up of what holds so far", () => {
    const groupOf = new Map(catalog.units.map((unit) => [unit.id, unit.group]));
    const done = (records: HistoryRecord[], code: string) =>
      new Set(
        records
          .filter(
            // NV.I.2's sentence speaks of its part "Kế hoạch", the row "NV.I.2#1" under the task's.
            (r) => r.period === code && r.kind === "task" && r.itemId === "NV.I.2#1" && r.unitId !== PROVINCE_UNIT_ID,
          )
          .filter((r) => r.status === "Đã hoàn thành")
          .map((r) => r.unitId),
      );
    const doneInApril = done(afterApril, "2026-04");
    const newly = [...done(afterMay, "2026-05")].filter((unitId) => !doneInApril.has(unitId));
    const count = (group: string) => String(newly.filter((unitId) => groupOf.get(unitId) === group).length);
    const leadership = mayWithHistory.sentences.sections.find((s: Json) => s.id === "leadership").sentences;
    const at = leadership.findIndex((s: Json) => s.text.startsWith("Thực hiện Quyết định số 1055/QĐ-UBND"));
    expect(leadership[at + 1].text).toBe(
      `Trong tháng 5/2026, thêm ${count("so").padStart(2, "0")}/15 sở, ban, ngành và ` +
        `${count("xa").padStart(2, "0")}/75 xã, phường đã cập nhật, điều chỉnh Kế hoạch chuyển đổi số năm 2026.`,
    );
    expect(april.sentences.sections[0].sentences.some((s: Json) => s.text.startsWith("Trong tháng"))).toBe(false);
  });

  it("turns carrying off with --no-carry-forward", () => {
    expect(mayAgain.units.some((u: Json) => "carriedFrom" in u)).toBe(false);
    expect(mayAgain.sentences.carried).toBeUndefined();
    expect(mayAgain.indicators.every((i: Json) => i.previous?.period === "2026-04")).toBe(true);
  });

  it("flags a unit's cumulative count below its April figure, and no count that did not fall", () => {
    // Findings of a file another one replaced are listed too; the unit's accepted file is the one that counts.
    const acceptedFile = new Map(mayWithHistory.units.map((u: Json) => [u.id, u.file]));
    const decreased = mayWithHistory.findings.filter(
      (f: Json) => f.code === "cumulative_decreased" && acceptedFile.get(f.unit) === f.file,
    );
    const plantedFinding = decreased.find((f: Json) => f.unit === planted.unitId && f.cell === planted.cell);
    expect(plantedFinding?.message).toContain(`kỳ trước đã báo cáo ${planted.april}`);
    const aprilFigures = new Map(afterApril.filter((r) => r.value !== undefined).map((r) => [key(r), r.value]));
    const fell = afterMay.filter(
      (r) =>
        r.unitId !== PROVINCE_UNIT_ID &&
        countIndicators.has(r.itemId) &&
        r.value !== undefined &&
        r.value < (aprilFigures.get(key(r)) ?? -Infinity),
    );
    expect(decreased.map((f: Json) => `${f.unit}|${f.cell}`).sort()).toEqual(
      fell.map((r) => `${r.unitId}|${(r.cell as string).split("!")[1]}`).sort(),
    );
  });

  it("replaces May's rows when May is run again, and keeps April's", () => {
    const rows = (records: HistoryRecord[], code: string) => records.filter((r) => r.period === code);
    expect(rows(afterMayAgain, "2026-04")).toEqual(rows(afterApril, "2026-04"));
    const mayRows = rows(afterMayAgain, "2026-05");
    expect(new Set(mayRows.map(key)).size).toBe(mayRows.length);
    expect(mayRows.filter((r) => r.unitId !== PROVINCE_UNIT_ID)).toEqual(
      rows(afterMay, "2026-05").filter((r) => r.unitId !== PROVINCE_UNIT_ID),
    );
    expect(afterMayAgain.length).toBe(afterApril.length + mayRows.length);
  });
});
