import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import type { CommandIo } from "../../src/cli/commandIo";
import { writeSampleFiles } from "../../src/cli/commands/samplesCommand";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import type { Period } from "../../src/domain/language/types";
import type { SamplePlan } from "../../src/samples/samplePlan";
import { appendixSheetNames, summarySheetNames } from "../../src/workbook/summary/buildSummaryWorkbook";

const catalog = catalog2026();
const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const dir = mkdtempSync(join(tmpdir(), "consolidate-cli-"));
const samples = join(dir, "samples");
const quiet: CommandIo = { print: () => undefined, error: () => undefined, today: () => "2026-05-14" };

function recordingIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { print: (t) => out.push(t), error: (t) => err.push(t), today: () => "2026-05-14" };
  return { io, out, err };
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return workbook;
}

const REJECTING = new Set(["wrong_period", "edited_fixed_text"]);

/** Worked out from the plans alone: a unit counts when its latest file is a valid form of May. */
function expectedReceived(plans: SamplePlan[], group: "so" | "xa"): number {
  const groupOf = new Map(catalog.units.map((u) => [u.id, u.group]));
  const latest = new Map<string, SamplePlan>();
  for (const plan of plans.filter((p) => p.send && groupOf.get(p.unitId) === group)) {
    const known = latest.get(plan.unitId);
    if (!known || plan.receivedAt > known.receivedAt) latest.set(plan.unitId, plan);
  }
  return [...latest.values()].filter((p) => !p.quirks.some((q) => REJECTING.has(q))).length;
}

async function consolidate(summary: string, json: string, ...flags: string[]) {
  const { io, out, err } = recordingIo();
  const code = await runCli(
    [
      "consolidate",
      samples,
      "--period",
      "2026-05",
      "--as-of",
      "2026-05-14",
      "--out",
      summary,
      "--json",
      json,
      ...flags,
    ],
    io,
  );
  return { code, out, err, result: existsSync(json) ? JSON.parse(readFileSync(json, "utf8")) : undefined };
}

beforeAll(async () => {
  await writeSampleFiles(catalog, may, 20260514, samples, quiet);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run cli -- consolidate", () => {
  it("consolidates the sample forms into a summary workbook and JSON, with computed counts", async () => {
    const plans: SamplePlan[] = JSON.parse(readFileSync(join(samples, "samples.json"), "utf8")).plans;
    mkdirSync(join(dir, "tong-hop"));
    const summary = join(dir, "tong-hop", "tong-hop.xlsx");
    const { code, out, err, result } = await consolidate(summary, join(dir, "tong-hop.json"));
    expect(code).toBe(0);
    expect(err.some((line) => /^Đã đọc \d+\/\d+ tệp…$/.test(line))).toBe(true);

    const so = expectedReceived(plans, "so");
    const xa = expectedReceived(plans, "xa");
    expect(result.completeness.so).toMatchObject({ received: so, total: 15 });
    expect(result.completeness.xa).toMatchObject({ received: xa, total: 75 });
    expect(result.sentences.completeness).toMatch(
      new RegExp(`^${so}/15 sở, ban, ngành và ${xa}/75 xã, phường đã gửi báo cáo; chưa nhận được báo cáo của: `),
    );
    expect(out[0]).toBe(result.sentences.completeness);
    const missing = plans.filter((p) => !p.send).map((p) => catalog.units.find((u) => u.id === p.unitId)!.name);
    for (const name of missing) expect(result.sentences.completeness).toContain(name);

    expect(result.indicators).toHaveLength(catalog.indicators.filter((i) => !i.isHeading).length);
    expect(result.tasks.find((t: { id: string }) => t.id === "NV.I.2")).toMatchObject({
      overdue: true,
      overdueParts: ["Kế hoạch"],
    });
    // I.8 "(1) Quý I/2026 (2) Thường xuyên": its leads' forms say part (1) done, so it runs on, not overdue.
    expect(result.tasks.find((t: { id: string }) => t.id === "NV.I.8")).toMatchObject({
      overdue: false,
      bucket: "continuous",
      status: "in_progress",
    });
    const codes = new Set(result.findings.map((f: { code: string }) => f.code));
    for (const code of ["percent_out_of_range", "numerator_above_denominator", "error_value", "wrong_period"]) {
      expect(codes).toContain(code);
    }

    // What prints is the appendices alone; the working sheets are written beside them.
    const appendices = await readWorkbook(summary);
    expect(appendices.worksheets.map((s) => s.name)).toEqual([...appendixSheetNames]);
    const workingFile = join(dir, "tong-hop", "tong-hop-lam-viec.xlsx");
    expect(out).toContain(
      `Trang làm việc (nguồn số liệu, đơn vị còn thiếu, kết quả kiểm tra; không in): ${workingFile}`,
    );
    const workbook = await readWorkbook(workingFile);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(summarySheetNames.slice(appendixSheetNames.length));

    // The summary sits in tong-hop/, the forms in samples/: each finding links to its cell from there.
    const finding: { file: string; sheet: string | null; cell: string | null } = result.findings.find(
      (f: { sheet: string | null; cell: string | null }) => f.sheet !== null && f.cell !== null,
    );
    const findingSheet = workbook.getWorksheet("Kết quả kiểm tra")!;
    const rows = findingSheet.getRows(1, findingSheet.rowCount) ?? [];
    const row = rows.find(
      (r) =>
        r.getCell(2).value === finding.file &&
        r.getCell(4).value === finding.sheet &&
        r.getCell(5).text === finding.cell,
    );
    const [, column, rowNumber] = /^([A-Z]+)(\d+)$/.exec(finding.cell ?? "") ?? [];
    expect(row?.getCell(5).value).toEqual({
      text: finding.cell,
      hyperlink: `../samples/${finding.file}#'${finding.sheet}'!$${column}$${rowNumber}`,
    });
  });

  it("keeps in Phụ lục III only the tasks with a result this period, renumbered, with --only-reported-tasks", async () => {
    await consolidate(join(dir, "all.xlsx"), join(dir, "all.json"));
    const { code, result } = await consolidate(
      join(dir, "short.xlsx"),
      join(dir, "short.json"),
      "--only-reported-tasks",
    );
    expect(code).toBe(0);
    const sttColumn = async (file: string) => {
      const sheet = (await readWorkbook(file)).getWorksheet("Phụ lục III (báo cáo)") as ExcelJS.Worksheet;
      const header = sheet.getColumn(1).values.indexOf("STT");
      return (sheet.getColumn(1).values as ExcelJS.CellValue[]).slice(header + 1).map(String);
    };
    const all = await sttColumn(join(dir, "all.xlsx"));
    const short = await sttColumn(join(dir, "short.xlsx"));
    const reported = result.tasks.filter((t: { status?: string }) => t.status !== undefined).length;
    expect(short.length).toBeLessThan(all.length);
    expect(short.length).toBeGreaterThanOrEqual(reported);
    // Within each group (I, II, …) the kept tasks count 1, 2, 3 … again.
    let expected = 0;
    for (const stt of short) {
      if (/^[IVX]+$/.test(stt)) expected = 0;
      else if (/^\d+$/.test(stt)) expect(Number(stt)).toBe(++expected);
    }
  });

  it("changes the completeness sentence when one commune's file is taken away", async () => {
    const before = (await consolidate(join(dir, "a.xlsx"), join(dir, "a.json"))).result;
    const commune = before.units.find(
      (u: { group: string; status: string }) => u.group === "xa" && u.status === "received",
    );
    const moved = join(dir, "moved.xlsx");
    writeFileSync(moved, readFileSync(join(samples, commune.file)));
    rmSync(join(samples, commune.file));
    try {
      const after = (await consolidate(join(dir, "b.xlsx"), join(dir, "b.json"))).result;
      expect(after.completeness.xa.received).toBe(before.completeness.xa.received - 1);
      expect(after.sentences.completeness).toContain(commune.name);
      expect(before.sentences.completeness).not.toContain(commune.name);
    } finally {
      writeFileSync(join(samples, commune.file), readFileSync(moved));
    }
  });

  it("leaves the previous summary as it was when a run fails", async () => {
    const summary = join(dir, "previous.xlsx");
    writeFileSync(summary, "previous summary");
    const { io } = recordingIo();
    await expect(
      runCli(["consolidate", join(dir, "no-such-folder"), "--period", "2026-05", "--out", summary], io),
    ).rejects.toThrow();
    expect(readFileSync(summary, "utf8")).toBe("previous summary");
  });

  it("names the month most files are of when another was chosen, writes nothing and exits non-zero", async () => {
    const summary = join(dir, "thang-4.xlsx");
    const json = join(dir, "thang-4.json");
    const { io, err } = recordingIo();
    const args = ["consolidate", samples, "--period", "2026-04", "--as-of", "2026-04-14", "--out", summary];
    expect(await runCli([...args, "--json", json], io)).toBe(1);
    const files = readdirSync(samples).filter((name) => name.endsWith(".xlsx"));
    const april = files.filter((name) => name.startsWith("2026-04_")).length;
    expect(err.at(-1)).toBe(
      `${files.length - april}/${files.length} tệp là báo cáo tháng 5/2026, không phải kỳ đã chọn — chuyển sang kỳ này? ` +
        "Chạy lại với --period 2026-05. Chưa ghi biểu tổng hợp nào.",
    );
    expect(existsSync(summary) || existsSync(json)).toBe(false);
  });
});

describe("npm run cli -- validate", () => {
  it("lists findings per file and exits 0 even when there are errors", async () => {
    const json = join(dir, "kiem-tra.json");
    const { io, err } = recordingIo();
    expect(
      await runCli(["validate", samples, "--period", "2026-05", "--as-of", "2026-05-14", "--json", json], io),
    ).toBe(0);
    const result = JSON.parse(readFileSync(json, "utf8"));
    const rejected = result.files.filter((f: { status: string }) => f.status === "rejected");
    expect(rejected.length).toBeGreaterThan(0);
    for (const file of rejected)
      expect(file.findings.some((f: { severity: string }) => f.severity === "error")).toBe(true);
    expect(err.some((line) => line.includes("không hợp lệ"))).toBe(true);
  });
});

describe("consolidate --documents-since", () => {
  it("opens Phụ lục I's window on the day given, both ends included", async () => {
    const json = join(dir, "since.json");
    const { io } = recordingIo();
    const args = ["consolidate", samples, "--period", "2026-05", "--as-of", "2026-05-14", "--json", json];
    expect(await runCli([...args, "--documents-since", "2026-05-08"], io)).toBe(0);
    const result = JSON.parse(readFileSync(json, "utf8"));
    expect(result.documentsWindow).toEqual({ since: "2026-05-08", until: "2026-05-14" });
    const dates = result.documents.map((document: { date: string }) => document.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((date: string) => date >= "2026-05-08" && date <= "2026-05-14")).toBe(true);
    expect(dates).toEqual([...dates].sort());
    expect(result.sentences.documents).toContain(`Ban hành ${dates.length} văn bản`);
  }, 60_000);

  it("refuses a day that is not one, as a usage error", async () => {
    const { io, err } = recordingIo();
    const args = ["consolidate", samples, "--period", "2026-05", "--json", join(dir, "x.json")];
    expect(await runCli([...args, "--documents-since", "2026-02-30"], io)).toBe(2);
    expect(err.join("\n")).toContain("--documents-since “2026-02-30”");
  });
});
