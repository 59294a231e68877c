/**
 * Every difficulty and proposal a unit writes on its form reaches the "Khó khăn, đề xuất" sheet, end to end on
 * real .xlsx files: sample forms filled through ExcelJS (and one re-saved by LibreOffice), read back,
 * consolidated, the summary written with writeXlsx and read back with ExcelJS.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import type { Period } from "../../src/domain/language/types";
import { taskTexts } from "../../src/domain/texts/samples";
import { planSamples } from "../../src/samples/planSamples";
import type { SamplePlan } from "../../src/samples/samplePlan";
import { buildSummaryWorkbook } from "../../src/workbook/summary/buildSummaryWorkbook";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { convertWithLibreOffice } from "../support/libreOffice";
import { consolidateInNode, writeSampleForms } from "../support/sampleFolder";

const catalog = catalog2026();
const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const context = { catalog, period: may, asOf: "2026-05-14" };
const unitName = new Map(catalog.units.map((unit) => [unit.id, unit.name]));
const taskName = new Map(catalog.tasks.map((task) => [task.id, task.name]));
const SHEET = "Khó khăn, đề xuất";

/** "task | unit | difficulty | proposal", one per unit row of the digest. */
type DigestLine = string;
const line = (task: string, unit: string, difficulty: string | null, proposal: string | null): DigestLine =>
  [task, unit, difficulty ?? "", proposal ?? ""].join(" | ");

const saysSomething = (text: string | undefined) =>
  text !== undefined && !(taskTexts.noRemarks as readonly string[]).includes(text);

/** What the forms say, from the sample plans alone: the lines the digest must hold. */
function expectedLines(plans: SamplePlan[]): DigestLine[] {
  return plans.flatMap((plan) =>
    Object.entries(plan.tasks).flatMap(([taskId, task]) => {
      const difficulty = saysSomething(task.difficulties) ? task.difficulties! : null;
      const proposal = saysSomething(task.proposals) ? task.proposals! : null;
      if (difficulty === null && proposal === null) return [];
      return [line(taskName.get(taskId)!, unitName.get(plan.unitId)!, difficulty, proposal)];
    }),
  );
}

async function summaryDigest(paths: string[]): Promise<{ lines: DigestLine[]; sheet: ExcelJS.Worksheet }> {
  const run = await consolidateInNode(paths, context);
  const bytes = await writeXlsx(
    buildSummaryWorkbook({
      catalog,
      consolidation: run.consolidation,
      findings: run.findings,
      generatedAt: new Date(0),
    }),
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(SHEET)!;
  return { lines: digestLines(sheet), sheet };
}

/** Unit rows have no STT; the row with an STT above them names their task. */
function digestLines(sheet: ExcelJS.Worksheet): DigestLine[] {
  const text = (row: ExcelJS.Row, col: number) => {
    const value = row.getCell(col).value;
    return value === null || value === undefined ? null : String(value);
  };
  const header = sheet.getColumn(1).values.indexOf("STT");
  const lines: DigestLine[] = [];
  let task = "";
  for (let r = header + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (text(row, 1) !== null) task = text(row, 2) ?? "";
    else lines.push(line(task, text(row, 2) ?? "", text(row, 3), text(row, 4)));
  }
  return lines;
}

/** Units whose file is accepted as it is, with at least one remark of each kind between them. */
function cleanPlans(): SamplePlan[] {
  const plans = planSamples(catalog, may).filter((plan) => plan.send && plan.quirks.length === 0);
  return plans.slice(0, 12);
}

describe("the difficulty digest on real files", () => {
  const plans = cleanPlans();
  let digest: { lines: DigestLine[]; sheet: ExcelJS.Worksheet };

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), "digest-"));
    digest = await summaryDigest(await writeSampleForms(folder, catalog, plans));
  }, 120_000);

  it("the sample forms carry difficulties and proposals, some of them “Không” and the like, most cells empty", () => {
    const remarks = plans.flatMap((plan) => Object.values(plan.tasks).flatMap((t) => [t.difficulties, t.proposals]));
    const written = remarks.filter((text) => text !== undefined);
    expect(written.filter(saysSomething).length).toBeGreaterThanOrEqual(10);
    expect(written.filter((text) => !saysSomething(text)).length).toBeGreaterThanOrEqual(5);
    expect(remarks.filter((text) => text === undefined).length).toBeGreaterThan(written.length);
  });

  it("holds every difficulty and proposal written on a form, under its task and unit, and nothing else", () => {
    const expected = expectedLines(plans);
    expect([...digest.lines].sort()).toEqual([...expected].sort());
  });

  it("lists a task's units in register order and the tasks in catalog order", () => {
    const taskOrder = catalog.tasks.map((task) => task.name);
    const unitOrder = plans.map((plan) => unitName.get(plan.unitId)!);
    const positions = digest.lines.map((entry) => {
      const [task, unit] = entry.split(" | ");
      return [taskOrder.indexOf(task), unitOrder.indexOf(unit)];
    });
    const sorted = [...positions].sort(([t1, u1], [t2, u2]) => t1 - t2 || u1 - u2);
    expect(positions).toEqual(sorted);
  });

  it("writes none of the “Không”, “-” remarks", () => {
    const cells = digest.lines.flatMap((entry) => entry.split(" | ").slice(2));
    for (const none of taskTexts.noRemarks) expect(cells).not.toContain(none);
  });
});

describe("the difficulty digest of a form LibreOffice saved", () => {
  it("holds the remarks of a sample form after LibreOffice re-saved it, a list typed with Alt+Enter kept as lines", async () => {
    const [sample] = planSamples(catalog, may).filter(
      (candidate) =>
        candidate.send &&
        candidate.quirks.length === 0 &&
        Object.values(candidate.tasks).some((task) => saysSomething(task.difficulties)),
    );
    const plan = structuredClone(sample);
    const [firstTask] = Object.keys(plan.tasks);
    plan.tasks[firstTask].difficulties = "1. Thiếu nhân lực chuyên trách.\n2. Thiếu máy tính cho bộ phận một cửa.";
    const folder = mkdtempSync(join(tmpdir(), "digest-lo-"));
    const [written] = await writeSampleForms(folder, catalog, [plan]);
    const resaved = convertWithLibreOffice(written, "xlsx", join(folder, "libreoffice"));
    const app = await (await JSZip.loadAsync(readFileSync(resaved))).file("docProps/app.xml")?.async("string");
    expect(app).toContain("LibreOffice");
    const { lines } = await summaryDigest([resaved]);
    expect(expectedLines([plan]).length).toBeGreaterThan(0);
    expect([...lines].sort()).toEqual([...expectedLines([plan])].sort());
    expect(lines.join("\n")).toContain("1. Thiếu nhân lực chuyên trách.\n2. Thiếu máy tính cho bộ phận một cửa.");
  }, 120_000);
});
