/**
 * Two wards merged into one from 1/7/2026 and a commune renamed that day, on real .xlsx forms through the command
 * line: June consolidated with the old units, July with the merged one (--catalog with the changes, --history), then
 * the year and the third quarter made from the history; and July again without the merged ward's form, into a
 * history of June alone, so its figures are carried from June. Every expected figure is worked out from the rows
 * of the history.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import type { CommandIo } from "../../src/cli/commandIo";
import { writeSampleFiles } from "../../src/cli/commands/samplesCommand";
import { buildCatalog, type CatalogRows } from "../../src/domain/catalog/buildCatalog";
import { catalog2026, catalogRows2026 } from "../../src/domain/catalog/catalog2026";
import { catalogInForce } from "../../src/domain/catalog/catalogInForce";
import type { AggregationRule, Catalog } from "../../src/domain/catalog/types";
import type { HistoryRecord } from "../../src/domain/history/types";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import type { Period } from "../../src/domain/language/types";
import { planSamples } from "../../src/samples/planSamples";
import { readHistoryFile } from "../../src/workbook/xlsx/historyWorkbook";

/* eslint-disable @typescript-eslint/no-explicit-any -- the commands' JSON, read back as data */
type Json = any;

const plan = catalog2026();
const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;
const dir = mkdtempSync(join(tmpdir(), "merged-units-"));
const history = join(dir, "so-theo-doi.xlsx");
const juneOnly = join(dir, "so-theo-doi-thang-6.xlsx");
const rowsFile = join(dir, "danh-muc.json");
const quiet: CommandIo = { print: () => undefined, error: () => undefined, today: () => "2026-07-14" };
const JUNE_SEED = 20260614;
const JULY_SEED = 20260714;
const NEW_NAME = "Xã Đổi Tên Mới";

async function cli(...argv: string[]): Promise<void> {
  const err: string[] = [];
  const io: CommandIo = { print: () => undefined, error: (t) => err.push(t), today: () => "2026-07-14" };
  if ((await runCli(argv, io)) !== 0) throw new Error(err.join("\n"));
}

async function consolidate(folder: string, month: string, name: string, historyFile: string): Promise<Json> {
  const json = join(dir, `${name}.json`);
  const asOf = `2026-${month}-14`;
  const args = ["--period", `2026-${month}`, "--as-of", asOf, "--catalog", rowsFile, "--history", historyFile];
  await cli("consolidate", folder, ...args, "--json", json);
  return JSON.parse(readFileSync(json, "utf8"));
}

async function report(code: string, asOf: string, name: string, historyFile: string): Promise<Json> {
  const json = join(dir, `${name}.json`);
  await cli(
    "report",
    "--period",
    code,
    "--as-of",
    asOf,
    "--history",
    historyFile,
    "--catalog",
    rowsFile,
    "--json",
    json,
  );
  return JSON.parse(readFileSync(json, "utf8"));
}

async function recordsOf(file: string): Promise<HistoryRecord[]> {
  const read = await readHistoryFile(new Uint8Array(readFileSync(file)), "so-theo-doi.xlsx");
  if (!read.ok) throw new Error(read.issues.map((issue) => issue.message).join("; "));
  return read.value;
}

function catalogWith(rows: CatalogRows): Catalog {
  const built = buildCatalog(rows);
  if (!built.ok) throw new Error(built.issues.map((issue) => issue.message).join("; "));
  return built.value;
}

const sent = (plans: ReturnType<typeof planSamples>, unitId: string) =>
  plans.some((p) => p.unitId === unitId && p.send && p.quirks.length === 0);

/**
 * Two wards that both send a clean form in June, the receiving one also in July once merged, and a third commune
 * sending in June to be renamed.
 */
function chooseUnits(): { successor: string; merged: string; renamed: string; revised: CatalogRows } {
  const june = planSamples(plan, period("2026-06"), JUNE_SEED);
  const communes = plan.units.filter((u) => u.group === "xa" && sent(june, u.id)).map((u) => u.id);
  for (const successor of communes) {
    for (const merged of communes) {
      if (merged === successor) continue;
      const renamed = communes.find((id) => id !== successor && id !== merged) as string;
      const revised: CatalogRows = {
        ...catalogRows2026,
        revisions: [
          { kind: "merged", id: successor, from: "01/07/2026", predecessors: [merged] },
          { kind: "renamed", id: renamed, from: "01/07/2026", name: NEW_NAME },
        ],
      };
      const july = planSamples(catalogInForce(catalogWith(revised), "2026-07-01"), period("2026-07"), JULY_SEED);
      if (sent(july, successor)) return { successor, merged, renamed, revised };
    }
  }
  throw new Error("no two communes to merge");
}

const units = chooseUnits();
const revised = catalogWith(units.revised);
const countIds = new Set(plan.indicators.filter((i) => i.measure === "count").map((i) => i.id));
const byRule = (rule: AggregationRule) =>
  plan.indicators.filter((i) => !i.isHeading && i.aggregation.rule === rule).map((i) => i.id);

interface Planted {
  indicatorId: string;
  cell: string;
  value: number;
  successorJune: number;
  mergedJune: number;
}

/**
 * In the merged ward's July form, a count set to one below the two wards' June counts together: above its own
 * June count, below what the merged ward had counted by June.
 */
async function plantDrop(juneRecords: HistoryRecord[]): Promise<Planted> {
  const juneOf = (unitId: string, id: string) =>
    juneRecords.find((r) => r.unitId === unitId && r.itemId === id && r.value !== undefined);
  const julyPlans = JSON.parse(readFileSync(join(dir, "07", "samples.json"), "utf8")).plans as Json[];
  const file = join(dir, "07", julyPlans.find((p) => p.unitId === units.successor && p.send).fileName);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  for (const id of byRule("sum").filter((id) => countIds.has(id))) {
    const own = juneOf(units.successor, id);
    const merged = juneOf(units.merged, id);
    if (!own || !merged?.value || !own.cell) continue;
    const [sheet, cell] = own.cell.split("!");
    const target = workbook.getWorksheet(sheet)?.getCell(cell);
    if (typeof target?.value !== "number") continue;
    const value = (own.value as number) + merged.value - 1;
    target.value = value;
    const { mtime } = statSync(file);
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    utimesSync(file, mtime, mtime);
    return { indicatorId: id, cell, value, successorJune: own.value as number, mergedJune: merged.value };
  }
  throw new Error("no count to plant a drop on");
}

let june: Json;
let july: Json;
let julyCarried: Json;
let year: Json;
let quarter: Json;
let yearCarried: Json;
let juneRecords: HistoryRecord[];
let afterJuly: HistoryRecord[];
let afterJulyCarried: HistoryRecord[];
let planted: Planted;

beforeAll(async () => {
  writeFileSync(rowsFile, JSON.stringify(units.revised));
  // June's forms went out before the changes were decided: the plan's.
  await writeSampleFiles(plan, period("2026-06"), JUNE_SEED, join(dir, "06"), quiet);
  await writeSampleFiles(catalogInForce(revised, "2026-07-01"), period("2026-07"), JULY_SEED, join(dir, "07"), quiet);
  june = await consolidate(join(dir, "06"), "06", "th-06", history);
  copyFileSync(history, juneOnly);
  juneRecords = (await recordsOf(history)).filter((r) => r.period === "2026-06");
  // July without the merged ward's form: a copy of the folder, each file's receipt time kept.
  const julyWithout = join(dir, "07-thieu");
  mkdirSync(julyWithout);
  for (const name of readdirSync(join(dir, "07")).filter((n) => n.endsWith(".xlsx") && !n.includes(units.successor))) {
    const from = join(dir, "07", name);
    copyFileSync(from, join(julyWithout, name));
    utimesSync(join(julyWithout, name), statSync(from).atime, statSync(from).mtime);
  }
  planted = await plantDrop(juneRecords);
  july = await consolidate(join(dir, "07"), "07", "th-07", history);
  afterJuly = await recordsOf(history);
  year = await report("2026", "2026-12-31", "nam", history);
  quarter = await report("2026-Q3", "2026-10-14", "quy-3", history);
  julyCarried = await consolidate(julyWithout, "07", "th-07-thieu", juneOnly);
  afterJulyCarried = await recordsOf(juneOnly);
  yearCarried = await report("2026", "2026-12-31", "nam-thieu", juneOnly);
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const accepted = (result: Json) =>
  new Set<string>(
    result.units.filter((u: Json) => u.status === "received" || u.status === "late").map((u: Json) => u.id),
  );
const figure = (result: Json, id: string) => result.indicators.find((i: Json) => i.id === id);
const unitRow = (result: Json, id: string) => result.units.find((u: Json) => u.id === id);
const inForceIds = () => catalogInForce(revised, "2026-07-31").units.map((u) => u.id);

/**
 * By hand, from the history's rows: each unit in force with its July rows when it reported in July, else its June
 * rows — the merged ward's June rows beside the receiving ward's, the two wards being one unit from July.
 */
function rowsStandingFor(records: HistoryRecord[], reportedInJuly: Set<string>): Map<string, HistoryRecord[]> {
  const rowsOf = (code: string, unitId: string) => records.filter((r) => r.period === code && r.unitId === unitId);
  const standing = new Map<string, HistoryRecord[]>();
  for (const unitId of inForceIds()) {
    if (reportedInJuly.has(unitId)) standing.set(unitId, rowsOf("2026-07", unitId));
    else if (unitId === units.successor)
      standing.set(unitId, [...rowsOf("2026-06", unitId), ...rowsOf("2026-06", units.merged)]);
    else standing.set(unitId, rowsOf("2026-06", unitId));
  }
  return standing;
}

function expectedSum(standing: Map<string, HistoryRecord[]>, id: string): { value: number | null; units: number } {
  const numbers = [...standing.values()].map((rows) =>
    rows.filter((r) => r.itemId === id && r.value !== undefined).map((r) => r.value as number),
  );
  const giving = numbers.filter((list) => list.length > 0);
  const total = Number(
    giving
      .flat()
      .reduce((a, b) => a + b, 0)
      .toFixed(10),
  );
  return { value: giving.length === 0 ? null : total, units: giving.length };
}

function expectedRate(standing: Map<string, HistoryRecord[]>, id: string): { value: number | null; units: number } {
  const fractions = [...standing.values()].map((rows) =>
    rows.filter((r) => r.itemId === id && r.numerator !== undefined && r.denominator),
  );
  const giving = fractions.filter((list) => list.length > 0);
  const numerator = giving.flat().reduce((a, r) => a + (r.numerator as number), 0);
  const denominator = giving.flat().reduce((a, r) => a + (r.denominator as number), 0);
  const value = denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10;
  return { value, units: giving.length };
}

/** Each count and rate of `result` against the hand computation, figure and units giving it; how many had a figure. */
function expectFiguresByHand(result: Json, standing: Map<string, HistoryRecord[]>): number {
  let computed = 0;
  for (const id of [...byRule("sum"), ...byRule("ratio")]) {
    const expected = byRule("sum").includes(id) ? expectedSum(standing, id) : expectedRate(standing, id);
    const { value, reporting } = figure(result, id);
    expect({ id, value, reporting }).toEqual({ id, value: expected.value, reporting: expected.units });
    if (expected.value !== null) computed++;
  }
  return computed;
}

describe("June with the old units, July with the merged one", () => {
  it("records each month under the units as they sent it: both wards in June, the receiving one alone in July", () => {
    const unitsOf = (code: string) => new Set(afterJuly.filter((r) => r.period === code).map((r) => r.unitId));
    expect([...unitsOf("2026-06")]).toEqual(expect.arrayContaining([units.successor, units.merged, units.renamed]));
    expect(unitsOf("2026-07").has(units.merged)).toBe(false);
    expect(unitsOf("2026-07").has(units.successor)).toBe(true);
    expect(july.units.map((u: Json) => u.id)).not.toContain(units.merged);
    expect(unitRow(july, units.renamed).name).toBe(NEW_NAME);
  });

  it("flags the merged ward's July count below what both wards had counted by June", () => {
    // Above its own June count: measured against that alone, nothing would be said.
    expect(planted.value).toBeGreaterThanOrEqual(planted.successorJune);
    const found = july.findings.filter(
      (f: Json) => f.code === "cumulative_decreased" && f.unit === units.successor && f.cell === planted.cell,
    );
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain(`kỳ trước đã báo cáo ${planted.successorJune + planted.mergedJune}`);
  });

  it("compares July's province figures with June's", () => {
    for (const indicator of july.indicators) {
      expect(indicator.previous).toEqual({ period: "2026-06", value: figure(june, indicator.id).value });
    }
  });

  it("counts the merged ward as done in June only when both wards were, in July's 'trong tháng' sentence", () => {
    // NV.I.2's roll-up counts its part "Kế hoạch" (due in May, so it decides the task's standing in July), recorded
    // as its own row NV.I.2#<n>.
    const plan = revised.tasks
      .find((task) => task.id === "NV.I.2")
      ?.deadline.parts.findIndex((p) => p.label === "Kế hoạch");
    expect(plan).toBeGreaterThanOrEqual(0);
    const itemId = `NV.I.2#${(plan as number) + 1}`;
    const status = (code: string, unitId: string) =>
      afterJuly
        .filter((r) => r.period === code && r.unitId === unitId && r.kind === "task" && r.itemId === itemId)
        .map((r) => r.status);
    const doneBefore = (unitId: string) => {
      const june =
        unitId === units.successor
          ? [units.successor, units.merged].flatMap((id) => status("2026-06", id))
          : status("2026-06", unitId);
      return june.length > 0 && june.every((text) => text === "Đã hoàn thành");
    };
    const newly = inForceIds().filter((id) => status("2026-07", id).includes("Đã hoàn thành") && !doneBefore(id));
    const groupOf = new Map(revised.units.map((unit) => [unit.id, unit.group]));
    const leadership = july.sentences.sections.find((s: Json) => s.id === "leadership").sentences;
    const at = leadership.findIndex((s: Json) => s.text.startsWith("Thực hiện Quyết định số 1055/QĐ-UBND"));
    const sentence: string = leadership[at + 1].text;
    expect(sentence.startsWith("Trong tháng 7/2026")).toBe(true);
    for (const [group, words] of [
      ["so", "sở, ban, ngành"],
      ["xa", "xã, phường"],
    ]) {
      const count = newly.filter((id) => groupOf.get(id) === group).length;
      const said = new RegExp(`(\\d+)/\\d+ ${words}`).exec(sentence);
      expect({ group, count: said ? Number(said[1]) : 0 }).toEqual({ group, count });
    }
  });

  it("makes the year's counts and rates from each unit in force, the merged ward not apart", () => {
    const standing = rowsStandingFor(afterJuly, accepted(july));
    expect(standing.get(units.successor)?.every((r) => r.unitId === units.successor)).toBe(true);
    expect(expectFiguresByHand(year, standing)).toBeGreaterThanOrEqual(10);
    expect(year.units.map((u: Json) => u.id)).not.toContain(units.merged);
    // The register of the units in force: July's, one ward fewer than June's.
    expect(year.units.map((u: Json) => u.id)).toEqual(july.units.map((u: Json) => u.id));
    expect(year.completeness.xa.total).toBe(june.completeness.xa.total - 1);
    expect(unitRow(year, units.renamed).name).toBe(NEW_NAME);
  });

  it("makes the third quarter from July alone", () => {
    const standing = new Map(
      [...accepted(july)].map((unitId) => [
        unitId,
        afterJuly.filter((r) => r.period === "2026-07" && r.unitId === unitId),
      ]),
    );
    for (const id of byRule("sum")) {
      expect({ id, value: figure(quarter, id).value }).toEqual({ id, value: expectedSum(standing, id).value });
    }
  });
});

describe("July without the merged ward's form", () => {
  it("carries both wards' June figures under the merged ward, counted once in the completeness", () => {
    expect(accepted(julyCarried).has(units.successor)).toBe(false);
    expect(unitRow(julyCarried, units.successor).carriedFrom).toBe("2026-06");
    expect(julyCarried.units.map((u: Json) => u.id)).not.toContain(units.merged);
    expect(julyCarried.completeness.xa.total).toBe(june.completeness.xa.total - 1);
    expect(afterJulyCarried.some((r) => r.period === "2026-07" && r.unitId === units.successor)).toBe(false);
  });

  it("adds them into July's figures as one unit: counts summed, rates as Σ Tử số ÷ Σ Mẫu số", () => {
    const standing = rowsStandingFor(afterJulyCarried, accepted(julyCarried));
    expect(expectFiguresByHand(julyCarried, standing)).toBeGreaterThanOrEqual(10);
  });

  it("makes the year with the merged ward's June, carried, once", () => {
    const standing = rowsStandingFor(afterJulyCarried, accepted(julyCarried));
    expect(expectFiguresByHand(yearCarried, standing)).toBeGreaterThanOrEqual(10);
    expect(unitRow(yearCarried, units.successor).carriedFrom).toBe("2026-06");
    expect(yearCarried.units.map((u: Json) => u.id)).not.toContain(units.merged);
  });
});
