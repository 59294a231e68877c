/**
 * `report` on real .xlsx: April, May and June sample forms consolidated into one history (--history), then the
 * quarter, the half-year and the year made from it with no form, each figure checked against a computation by hand
 * from the units' rows of the history.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import type { CommandIo } from "../../src/cli/commandIo";
import { writeSampleFiles } from "../../src/cli/commands/samplesCommand";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import type { AggregationRule } from "../../src/domain/catalog/types";
import { PROVINCE_UNIT_ID, type HistoryRecord } from "../../src/domain/history/types";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import type { Period } from "../../src/domain/language/types";
import { readHistoryFile } from "../../src/workbook/xlsx/historyWorkbook";

const catalog = catalog2026();
const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;
const dir = mkdtempSync(join(tmpdir(), "report-command-"));
const history = join(dir, "so-theo-doi.xlsx");
const quiet: CommandIo = { print: () => undefined, error: () => undefined, today: () => "2026-07-14" };
const MONTHS = ["04", "05", "06"] as const;

/* eslint-disable @typescript-eslint/no-explicit-any -- the commands' JSON, read back as data */
type Json = any;

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { print: (t) => out.push(t), error: (t) => err.push(t), today: () => "2026-07-14" };
  return { code: await runCli(argv, io), out, err };
}

async function report(code: string, asOf: string, name: string) {
  const json = join(dir, `${name}.json`);
  const args = ["--period", code, "--as-of", asOf, "--history", history, "--out", join(dir, `${name}.xlsx`)];
  const run = await cli("report", ...args, "--json", json);
  if (run.code !== 0) throw new Error(run.err.join("\n"));
  return { ...run, json: JSON.parse(readFileSync(json, "utf8")) as Json };
}

let monthly: Record<string, Json>;
let records: HistoryRecord[];
let quarter: Awaited<ReturnType<typeof report>>;
let half: Awaited<ReturnType<typeof report>>;
let year: Awaited<ReturnType<typeof report>>;

beforeAll(async () => {
  monthly = {};
  for (const [i, month] of MONTHS.entries()) {
    await writeSampleFiles(catalog, period(`2026-${month}`), 20260400 + i, join(dir, month), quiet);
    const json = join(dir, `th-${month}.json`);
    const args = ["--period", `2026-${month}`, "--as-of", `2026-${month}-14`, "--json", json, "--history", history];
    const run = await cli("consolidate", join(dir, month), ...args);
    if (run.code !== 0) throw new Error(run.err.join("\n"));
    monthly[month] = JSON.parse(readFileSync(json, "utf8"));
  }
  const read = await readHistoryFile(new Uint8Array(readFileSync(history)), "so-theo-doi.xlsx");
  if (!read.ok) throw new Error(read.issues.map((issue) => issue.message).join("; "));
  records = read.value;
  quarter = await report("2026-Q2", "2026-07-14", "quy-2");
  half = await report("2026-H1", "2026-07-14", "6-thang");
  year = await report("2026", "2026-12-31", "nam");
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** By hand: each unit's rows of its last month of April–June that has any. */
function latestRowsByUnit(): Map<string, { month: string; rows: HistoryRecord[] }> {
  const latest = new Map<string, { month: string; rows: HistoryRecord[] }>();
  for (const month of MONTHS.map((m) => `2026-${m}`)) {
    const rows = records.filter((r) => r.period === month && r.unitId !== PROVINCE_UNIT_ID);
    for (const unitId of new Set(rows.map((r) => r.unitId))) {
      latest.set(unitId, { month, rows: rows.filter((r) => r.unitId === unitId) });
    }
  }
  return latest;
}

const byRule = (rule: AggregationRule) =>
  catalog.indicators.filter((i) => !i.isHeading && i.aggregation.rule === rule).map((i) => i.id);
const figure = (json: Json, id: string) => json.indicators.find((i: Json) => i.id === id);
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

describe("report --period 2026-Q2 from April–June, with no form", () => {
  let latestRows: ReturnType<typeof latestRowsByUnit> | undefined;
  const latest = () => (latestRows ??= latestRowsByUnit());
  const row = (unitId: string, id: string) =>
    latest()
      .get(unitId)
      ?.rows.find((r) => r.itemId === id);

  it("adds up each unit's latest count (flows of the whole span are already in the count since January)", () => {
    const ids = byRule("sum");
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) {
      const numbers = [...latest().keys()].flatMap((unitId) => row(unitId, id)?.value ?? []);
      expect({ id, value: figure(quarter.json, id).value }).toEqual({ id, value: numbers.reduce((a, b) => a + b, 0) });
      expect(figure(quarter.json, id).reporting).toBe(numbers.length);
      expect(numbers.length).toBeGreaterThan(0);
    }
  });

  it("takes each rate as Σ Tử số ÷ Σ Mẫu số of the units' latest fractions", () => {
    const ids = byRule("ratio");
    let computed = 0;
    for (const id of ids) {
      const fractions = [...latest().keys()].flatMap((unitId) => {
        const r = row(unitId, id);
        return r?.numerator !== undefined && r.denominator ? [r] : [];
      });
      const numerator = fractions.reduce((a, r) => a + (r.numerator as number), 0);
      const denominator = fractions.reduce((a, r) => a + (r.denominator as number), 0);
      const expected = denominator === 0 ? null : round((numerator / denominator) * 100, 1);
      expect({ id, value: figure(quarter.json, id).value }).toEqual({ id, value: expected });
      if (expected !== null) computed++;
    }
    expect(computed).toBeGreaterThanOrEqual(5);
  });

  it("takes the lead's latest state", () => {
    const ids = byRule("lead_value");
    let computed = 0;
    for (const id of ids) {
      const leads = catalog.indicators.find((i) => i.id === id)?.lead.unitIds ?? [];
      const value = leads.map((unitId) => row(unitId, id)?.value).find((v) => v !== undefined) ?? null;
      expect({ id, value: figure(quarter.json, id).value }).toEqual({ id, value });
      if (value !== null) computed++;
    }
    expect(computed).toBeGreaterThanOrEqual(5);
  });

  it("counts per population from the units' latest counts", () => {
    for (const id of byRule("per_population")) {
      const indicator = catalog.indicators.find((i) => i.id === id);
      const counts = [...latest().keys()].flatMap((unitId) => row(unitId, id)?.value ?? []);
      const people = catalog.population?.people as number;
      const total = counts.reduce((a, b) => a + b, 0);
      const expected = counts.length === 0 ? null : round((total / people) * (indicator?.perPeople as number), 2);
      expect({ id, value: figure(quarter.json, id).value }).toEqual({ id, value: expected });
    }
  });

  it("takes the share of the lead units whose latest figure meets the target", () => {
    for (const id of byRule("share_of_units")) {
      const indicator = catalog.indicators.find((i) => i.id === id);
      const leads = indicator?.lead.unitIds ?? [];
      const numbers = leads.flatMap((unitId) => row(unitId, id)?.value ?? []);
      // CĐS III.15's target is "100%": a xã meets it at 100.
      expect(indicator?.target).toMatchObject({ op: ">=", value: 100 });
      const meeting = numbers.filter((value) => value >= 100).length;
      const expected = numbers.length === 0 ? null : round((meeting / leads.length) * 100, 1);
      expect({ id, value: figure(quarter.json, id).value }).toEqual({ id, value: expected });
    }
  });

  it("is not the months added up: a count that grew since April is not counted twice", () => {
    const [id] = byRule("sum");
    const province = (month: string) => figure(monthly[month], id).value as number;
    expect(figure(quarter.json, id).value).toBeLessThan(province("04") + province("05") + province("06"));
  });

  it("gives each task of one lead its lead's latest status in the span", () => {
    let checked = 0;
    for (const task of catalog.tasks.filter((t) => !t.isHeading && t.lead.unitIds.length === 1)) {
      const [lead] = task.lead.unitIds;
      const status = row(lead, task.id)?.status;
      if (!latest().has(lead)) continue;
      const result = quarter.json.tasks.find((t: Json) => t.id === task.id);
      expect({ id: task.id, statusText: result.statusText }).toEqual({
        id: task.id,
        statusText: status ?? "Chưa có báo cáo",
      });
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("counts units that sent nothing in June apart, from their last month, and names the months used", () => {
    const sentInJune = new Set(
      monthly["06"].units.filter((u: Json) => u.status === "received" || u.status === "late").map((u: Json) => u.id),
    );
    const carried = [...latest()].filter(([unitId, { month }]) => month !== "2026-06" && !sentInJune.has(unitId));
    expect(carried.length).toBeGreaterThan(0);
    for (const [unitId, { month }] of carried) {
      expect(quarter.json.units.find((u: Json) => u.id === unitId)?.carriedFrom).toBe(month);
    }
    expect(quarter.json.completeness).toEqual(monthly["06"].completeness);
    const sentence = "Số liệu quý II/2026 tổng hợp từ báo cáo tháng 4/2026, tháng 5/2026 và tháng 6/2026.";
    expect(quarter.json.rolledUpFrom).toEqual({
      months: ["2026-04", "2026-05", "2026-06"],
      missingMonths: [],
      sentence,
    });
    const completeness = quarter.json.sentences.sections.find((s: Json) => s.id === "completeness").sentences;
    expect(completeness.map((s: Json) => s.text)).toContain(sentence);
    expect(quarter.out).toContain(sentence);
    expect(quarter.err).toEqual([]);
    // No file was checked: no "Kết quả kiểm tra: 0 lỗi …" line, which the monthly run prints.
    expect(quarter.out.some((line) => line.startsWith("Kết quả kiểm tra"))).toBe(false);
  });

  it("writes the appendices and the working sheets under the quarter's name", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir, "quy-2.xlsx")) as unknown as ExcelJS.Buffer);
    const appendix = workbook.getWorksheet("Phụ lục II (báo cáo)") as ExcelJS.Worksheet;
    const texts = (appendix.getSheetValues() ?? []).flatMap((r) => (Array.isArray(r) ? r : []));
    expect(texts.some((t) => typeof t === "string" && t.includes("QUÝ II NĂM 2026"))).toBe(true);
    expect(existsSync(join(dir, "quy-2-lam-viec.xlsx"))).toBe(true);
    expect(quarter.json.period).toBe("2026-Q2");
  });
});

describe("report over a span the history holds in part", () => {
  it("makes the half-year from April–June, naming January–March in the report and on the command line", () => {
    const sentence =
      "Số liệu 6 tháng đầu năm 2026 tổng hợp từ báo cáo tháng 4/2026, tháng 5/2026 và tháng 6/2026; chưa có số liệu " +
      "tháng 1/2026, tháng 2/2026 và tháng 3/2026, số liệu tính đến hết tháng 6/2026.";
    expect(half.json.rolledUpFrom).toEqual({
      months: ["2026-04", "2026-05", "2026-06"],
      missingMonths: ["2026-01", "2026-02", "2026-03"],
      sentence,
    });
    const completeness = half.json.sentences.sections.find((s: Json) => s.id === "completeness").sentences;
    expect(completeness.map((s: Json) => s.text)).toContain(sentence);
    expect(half.err).toEqual([
      "Lưu ý: sổ chưa có số liệu tháng 1/2026, tháng 2/2026, tháng 3/2026; báo cáo 6 tháng đầu năm 2026 chỉ tính đến hết tháng 6/2026.",
    ]);
    // Figures stand as of June either way.
    expect(half.json.indicators.map((i: Json) => i.value)).toEqual(quarter.json.indicators.map((i: Json) => i.value));
  });

  it("refuses a quarter with no month recorded, naming the months, and a history file that does not exist", async () => {
    const q3 = await cli("report", "--period", "2026-Q3", "--history", history, "--json", join(dir, "q3.json"));
    expect(q3.code).toBe(1);
    expect(q3.err).toEqual([
      "Sổ dữ liệu các kỳ chưa có tháng nào của quý III/2026 (tháng 7/2026, tháng 8/2026, tháng 9/2026): " +
        "cần tổng hợp báo cáo các tháng này trước.",
    ]);
    expect(existsSync(join(dir, "q3.json"))).toBe(false);
    const none = join(dir, "khong-co.xlsx");
    const absent = await cli("report", "--period", "2026-Q2", "--history", none, "--json", join(dir, "x.json"));
    expect(absent.code).toBe(1);
    expect(absent.err[0]).toBe(
      `Không tìm thấy sổ dữ liệu các kỳ ${none}: tổng hợp báo cáo từng tháng bằng lệnh consolidate … --history ${none} trước.`,
    );
    expect(existsSync(none)).toBe(false);
  });

  it("asks for --history, and for no unit files", async () => {
    const noHistory = await cli("report", "--period", "2026-Q2", "--json", join(dir, "x.json"));
    expect(noHistory.code).toBe(2);
    expect(noHistory.err[0]).toContain("Thiếu --history");
    const withFiles = await cli("report", join(dir, "06"), "--period", "2026-Q2", "--history", history, "--json", "x");
    expect(withFiles.code).toBe(2);
    expect(withFiles.err[0]).toContain("dùng lệnh consolidate");
  });
});

describe("report --period 2026: the year", () => {
  it("judges each “Năm 2026” task not done, and only those, as overdue at 31/12", () => {
    const yearTasks = catalog.tasks.filter((t) => !t.isHeading && /^năm 2026\b/i.test(t.deadline.raw.trim()));
    expect(yearTasks.length).toBeGreaterThan(0);
    const results = yearTasks.map((t) => year.json.tasks.find((r: Json) => r.id === t.id));
    const notDone = results.filter((r) => r.status !== "done");
    expect(notDone.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result).toMatchObject({
        bucket: "due_in_period",
        dueDate: "2026-12-31",
        overdue: result.status !== "done",
      });
    }
    // The same tasks in the quarter are continuous, never overdue.
    for (const task of yearTasks) {
      expect(quarter.json.tasks.find((r: Json) => r.id === task.id)).toMatchObject({
        bucket: "continuous",
        overdue: false,
      });
    }
  });

  it("says the year's result against the targets: met and not met as the verdict", () => {
    const section = year.json.sentences.sections.find((s: Json) => s.id === "indicators");
    const count = (met: string) => year.json.indicators.filter((i: Json) => i.met === met).length;
    expect(section.heading).toBe("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
    expect(section.sentences[0].text).toBe(
      `Kết quả năm 2026: ${count("met")}/${year.json.indicators.length} chỉ tiêu đạt, ${count("not_met")} chỉ tiêu ` +
        `chưa đạt, ${count("no_data")} chỉ tiêu chưa có số liệu.`,
    );
    const notMetLines = section.sentences.filter((s: Json) => s.text.startsWith("Chưa đạt: "));
    expect(notMetLines.length).toBe(count("not_met"));
  });
});
