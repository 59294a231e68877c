/**
 * Every rule of DESIGN.md §4, end to end on real .xlsx files: a clean commune's sample form, built and
 * filled through ExcelJS with one slip, read back by the form reader and checked by the engine.
 */
import ExcelJS from "exceljs";
import { buildCatalog } from "../../src/domain/catalog/buildCatalog";
import { catalog2026, catalogRows2026 } from "../../src/domain/catalog/catalog2026";
import { consolidateFiles } from "../../src/domain/run/consolidateFiles";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import type { Period } from "../../src/domain/language/types";
import type { Finding } from "../../src/domain/validation/types";
import { planSamples } from "../../src/samples/planSamples";
import { sampleFileBytes } from "../../src/samples/sampleFile";
import type { SamplePlan } from "../../src/samples/samplePlan";
import { readForm } from "../../src/workbook/xlsx/readForm";

const catalog = catalog2026();
const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const UNIT = "xa-bac-yen";
const base = planSamples(catalog, may).find((plan) => plan.unitId === UNIT)!;
const DOCUMENT = "Đã ban hành Kế hoạch số 12/KH-UBND ngày 05/5/2026.";

async function check(change: (plan: SamplePlan) => void): Promise<Finding[]> {
  const plan = structuredClone(base);
  change(plan);
  const bytes = await sampleFileBytes(catalog, plan);
  const read = await readForm(bytes, plan.fileName, plan.receivedAt);
  const fileRead = read.ok
    ? { file: plan.fileName, receivedAt: plan.receivedAt, submission: read.value.submission, notes: read.value.notes }
    : { file: plan.fileName, receivedAt: plan.receivedAt, finding: read.finding };
  return consolidateFiles([fileRead], { catalog, period: may, asOf: "2026-05-14" }).findings;
}

describe("the rules on real files", () => {
  it("a clean sample form has no error", async () => {
    expect(base.quirks).toEqual([]);
    const findings = await check(() => undefined);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it.each<[string, string, Finding["severity"], (plan: SamplePlan) => void]>([
    ["missing_value", "CDS.II.8.2", "error", (p) => void (p.indicators["CDS.II.8.2"] = {})],
    ["percent_out_of_range", "CDS.II.8.2", "error", (p) => void (p.indicators["CDS.II.8.2"] = { result: 104 })],
    ["error_value", "CDS.II.8.2", "error", (p) => void (p.indicators["CDS.II.8.2"] = { result: "#N/A" })],
    [
      "unreadable_value",
      "CDS.II.8.2",
      "error",
      (p) => void (p.indicators["CDS.II.8.2"] = { result: "khoảng chín mươi" }),
    ],
    ["estimate", "CDS.II.8.2", "info", (p) => void (p.indicators["CDS.II.8.2"] = { result: "Ước 85%" })],
    ["bad_count", "KHCN.II.4", "error", (p) => void (p.indicators["KHCN.II.4"] = { result: -3 })],
    [
      "numerator_above_denominator",
      "CDS.II.2",
      "error",
      (p) => void (p.indicators["CDS.II.2"] = { numerator: 50, denominator: 40 }),
    ],
    [
      "denominator_not_positive",
      "CDS.II.2",
      "error",
      (p) => void (p.indicators["CDS.II.2"] = { numerator: 0, denominator: 0 }),
    ],
    ["bad_status", "NV.I.3", "error", (p) => void (p.tasks["NV.I.3"] = { status: "Xong" })],
    ["missing_status", "NV.I.3", "error", (p) => void (p.tasks["NV.I.3"] = {})],
    [
      "bad_progress",
      "NV.I.3",
      "error",
      (p) => void (p.tasks["NV.I.3"] = { status: "Đang thực hiện", progress: 150, description: "Đang làm." }),
    ],
    ["missing_description", "NV.I.3", "error", (p) => void (p.tasks["NV.I.3"] = { status: "Đã hoàn thành" })],
    [
      "description_contradicts_status",
      "NV.I.3",
      "warning",
      (p) => void (p.tasks["NV.I.3"] = { status: "Đang thực hiện", description: "Đơn vị chưa triển khai." }),
    ],
    [
      "progress_contradicts_status",
      "NV.I.3",
      "warning",
      (p) => void (p.tasks["NV.I.3"] = { status: "Đã hoàn thành", progress: 0, description: DOCUMENT }),
    ],
    [
      "ongoing_marked_done",
      "NV.IV.1",
      "warning",
      (p) => void (p.tasks["NV.IV.1"] = { status: "Đã hoàn thành", progress: 100, description: DOCUMENT }),
    ],
    [
      "overdue",
      "NV.I.2",
      "warning",
      (p) => void (p.tasks["NV.I.2"] = { status: "Đang thực hiện", description: "Đang hoàn thiện dự thảo." }),
    ],
  ])("%s on %s", async (code, id, severity, change) => {
    const findings = await check(change);
    const found = findings.find((f) => f.code === code && f.subject?.id === id);
    expect(found).toMatchObject({ severity, file: base.fileName, unit: UNIT });
    expect(found!.sheet).toMatch(/^(Chỉ tiêu|Nhiệm vụ)$/);
    expect(found!.cell).toMatch(/^[A-Z]+\d+$/);
    expect(found!.message.length).toBeGreaterThan(10);
  });

  it("rejects the whole file, with one finding, when a fixed text was edited", async () => {
    const findings = await check((p) =>
      p.fixedEdits.push({ sheet: "indicators", id: "CDS.II.2", column: "target2026", text: "50%" }),
    );
    expect(findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual(["fixed_edited"]);
  });

  it("rejects the file when a part row's locked Thời gian was edited, pointing at that row", async () => {
    const plain = await sampleFileBytes(catalog, base);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(plain as unknown as ExcelJS.Buffer);
    // Part (5)'s row, and its Thời gian as the form printed it.
    let printed = "";
    workbook.getWorksheet("Nhiệm vụ")!.eachRow((row) => {
      if (row.getCell(1).value !== "NV.I.10#2") return;
      row.eachCell((cell) => void (cell.value === "30/6/2026" && (printed = cell.address)));
    });
    expect(printed).not.toBe("");
    const findings = await check((p) =>
      p.fixedEdits.push({ sheet: "tasks", id: "NV.I.10#2", column: "deadline", text: "31/12/2026" }),
    );
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.code)).toEqual(["fixed_edited"]);
    expect(errors[0]).toMatchObject({ sheet: "Nhiệm vụ", cell: printed });
    expect(errors[0].message).toContain("“31/12/2026” thay vì “30/6/2026”");
  });

  it("rejects a form of another period", async () => {
    const findings = await check((p) => void (p.period = "2026-04"));
    expect(findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual(["wrong_period"]);
  });
});

describe("another year's plan", () => {
  const built = buildCatalog({ ...catalogRows2026, year: 2027 });
  if (!built.ok) throw new Error("the 2027 catalog does not build");
  const catalog2027 = built.value;
  const may2027 = (parsePeriod("2027-05") as { ok: true; value: Period }).value;

  async function form2027(change: (plan: SamplePlan) => void): Promise<{ bytes: Uint8Array; findings: Finding[] }> {
    const plan = structuredClone(planSamples(catalog2027, may2027).find((p) => p.unitId === UNIT)!);
    change(plan);
    const bytes = await sampleFileBytes(catalog2027, plan);
    const read = await readForm(bytes, plan.fileName, plan.receivedAt);
    if (!read.ok) throw new Error(read.finding.message);
    const fileRead = { file: plan.fileName, receivedAt: plan.receivedAt, submission: read.value.submission, notes: [] };
    const run = consolidateFiles([fileRead], { catalog: catalog2027, period: may2027, asOf: "2027-05-14" });
    return { bytes, findings: run.findings };
  }

  it("prints its own years in the form's header", async () => {
    const { bytes } = await form2027(() => undefined);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const headers: string[] = [];
    workbook.getWorksheet("Chỉ tiêu")!.eachRow((row) => {
      row.eachCell((cell) => void headers.push(String(cell.value)));
    });
    expect(headers).toEqual(expect.arrayContaining(["Kết quả năm 2026", "Chỉ tiêu năm 2027"]));
    expect(headers).not.toContain("Chỉ tiêu năm 2026");
  });

  it("catches an edited target, naming the year's column", async () => {
    const { findings } = await form2027((p) =>
      p.fixedEdits.push({ sheet: "indicators", id: "CDS.II.2", column: "target2026", text: "50%" }),
    );
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.code)).toEqual(["fixed_edited"]);
    expect(errors[0].message).toContain("Chỉ tiêu năm 2027");
  });
});
