/**
 * Issue 14, items 3 and 4, on real files: a commune's sample form written by our writer, then one cell's XML
 * hand-edited inside the zip as a careless unit or a tamperer would, read by the file reader and consolidated with
 * a neighbour's clean form. Each case asserts the verdict: an error naming the sheet and cell (and what was
 * expected), or the file kept out, and the province's figure as it is without the bad value.
 */
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import { consolidateFiles, type FileRead, type ConsolidationRun } from "../../src/domain/run/consolidateFiles";
import type { ConsolidatedIndicator } from "../../src/domain/consolidation/types";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import type { Period } from "../../src/domain/language/types";
import type { Submission } from "../../src/domain/submission/types";
import type { Finding } from "../../src/domain/validation/types";
import { planSamples } from "../../src/samples/planSamples";
import { sampleFileBytes } from "../../src/samples/sampleFile";
import type { SamplePlan } from "../../src/samples/samplePlan";
import { readSubmittedFile } from "../../src/workbook/xlsx/readSubmittedFile";
import { editCells, type CellEdit } from "../support/editXlsx";
import { resaveWithLibreOffice } from "../workbook/templates/formTestSupport";

const catalog = catalog2026();
const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const plans = planSamples(catalog, may);
const planOf = (unitId: string) => plans.find((plan) => plan.unitId === unitId) as SamplePlan;
const UNIT = "xa-bac-yen";
const NEIGHBOUR = "xa-muong-sai";
const unitName = (unitId: string) => catalog.units.find((unit) => unit.id === unitId)?.name ?? unitId;

async function read(bytes: Uint8Array, plan: SamplePlan): Promise<FileRead> {
  const result = await readSubmittedFile(bytes, plan.fileName, plan.receivedAt);
  return result.ok
    ? {
        file: plan.fileName,
        receivedAt: plan.receivedAt,
        submission: result.value.submission,
        notes: result.value.notes,
      }
    : { file: plan.fileName, receivedAt: plan.receivedAt, finding: result.finding };
}

function run(...reads: FileRead[]): ConsolidationRun {
  return consolidateFiles(reads, { catalog, period: may, asOf: "2026-05-14" });
}

function figure(result: ConsolidationRun, id: string): ConsolidatedIndicator {
  return result.consolidation.indicators.find((indicator) => indicator.id === id) as ConsolidatedIndicator;
}

let unitBytes: Uint8Array;
let clean: FileRead;
let submission: Submission;
let neighbour: FileRead;
let neighbourBytes: Uint8Array;

/** The address of an indicator's input cell on "Chỉ tiêu", as the reader found it in the clean file. */
function cellOf(id: string, field: "result" | "numerator" | "denominator"): string {
  const entry = submission.indicators.find((row) => row.indicatorId === id);
  const cell = entry?.[field]?.cell;
  if (!cell) throw new Error(`test setup: no ${field} cell for ${id}`);
  return cell;
}

async function withEdit(sheet: string, cell: string, edit: CellEdit): Promise<FileRead> {
  return read(editCells(unitBytes, { [sheet]: { [cell]: edit } }), planOf(UNIT));
}

beforeAll(async () => {
  unitBytes = await sampleFileBytes(catalog, planOf(UNIT));
  clean = await read(unitBytes, planOf(UNIT));
  if (!("submission" in clean)) throw new Error(clean.finding.message);
  submission = clean.submission;
  neighbourBytes = await sampleFileBytes(catalog, planOf(NEIGHBOUR));
  neighbour = await read(neighbourBytes, planOf(NEIGHBOUR));
}, 60_000);

describe("the clean forms", () => {
  it("are accepted with no error: the forms the templates make still pass", () => {
    const result = run(neighbour, clean);
    expect(result.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(result.files.map((file) => file.status)).toEqual(["accepted", "accepted"]);
  });
});

describe("strict numbers in a real file", () => {
  /** The one error finding of the edited file on `id`, at `cell` of "Chỉ tiêu". */
  function theError(result: ConsolidationRun, code: string, id: string, cell: string): Finding {
    const found = result.findings.filter((finding) => finding.severity === "error");
    expect(found).toEqual([
      expect.objectContaining({
        code,
        file: planOf(UNIT).fileName,
        sheet: "Chỉ tiêu",
        cell,
        subject: { kind: "indicator", id },
      }),
    ]);
    return found[0];
  }

  it("refuses 1E+308 in a summed count, and the province's figure is the neighbour's alone: no Infinity, no Đạt", async () => {
    const cell = cellOf("KHCN.II.4", "result");
    const result = run(neighbour, await withEdit("Chỉ tiêu", cell, { number: "1E+308" }));
    const finding = theError(result, "implausible_count", "KHCN.II.4", cell);
    expect(finding.message).toContain("vượt mức hợp lý 1.248.415");
    const alone = figure(run(neighbour), "KHCN.II.4");
    const both = figure(result, "KHCN.II.4");
    expect(both).toMatchObject({ value: alone.value, display: alone.display, met: alone.met, reporting: 1 });
    expect(both.missingUnitIds).toContain(UNIT);
    expect(both.display).not.toMatch(/Infinity/);
    expect(both.met).not.toBe("met");
  });

  it("refuses 1E+308 in Mẫu số, and the rate is the neighbour's alone", async () => {
    const cell = cellOf("CDS.II.2", "denominator");
    const result = run(neighbour, await withEdit("Chỉ tiêu", cell, { number: "1E+308" }));
    expect(theError(result, "implausible_count", "CDS.II.2", cell).message).toContain("Ô Mẫu số");
    const alone = figure(run(neighbour), "CDS.II.2");
    expect(figure(result, "CDS.II.2")).toMatchObject({ value: alone.value, display: alone.display, reporting: 1 });
  });

  it.each<[string, CellEdit, string, string]>([
    ["“12abc”", { text: "12abc" }, "unreadable_value", "chữ viết liền sau số; cần ghi một số"],
    ["“0x1A”", { text: "0x1A" }, "unreadable_value", "chữ viết liền sau số; cần ghi một số"],
    ["a date in a number cell", { date: 46152 }, "unreadable_value", "ngày 10/05/2026 (ô định dạng ngày tháng)"],
    [
      "“100%” in a count",
      { text: "100%" },
      "bad_count",
      "Cần ghi số lượng (số nguyên không âm), đang ghi tỷ lệ “100%”",
    ],
  ])("refuses %s in a summed count, naming the cell and what was expected", async (_, edit, code, says) => {
    const cell = cellOf("KHCN.II.4", "result");
    const result = run(neighbour, await withEdit("Chỉ tiêu", cell, edit));
    expect(theError(result, code, "KHCN.II.4", cell).message).toContain(says);
    const alone = figure(run(neighbour), "KHCN.II.4");
    expect(figure(result, "KHCN.II.4")).toMatchObject({ value: alone.value, reporting: 1 });
  });

  it("takes “Chưa triển khai” in Mẫu số as no number: the unit is missing from the rate, with its reason, and told", async () => {
    const cell = cellOf("CDS.II.2", "denominator");
    const result = run(neighbour, await withEdit("Chỉ tiêu", cell, { text: "Chưa triển khai" }));
    expect(result.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: "reason_beside_number", severity: "warning", sheet: "Chỉ tiêu", cell }),
    );
    const rate = figure(result, "CDS.II.2");
    const alone = figure(run(neighbour), "CDS.II.2");
    expect(rate).toMatchObject({ value: alone.value, reporting: 1 });
    expect(rate.missingUnitIds).toContain(UNIT);
    expect(rate.missingReasons?.[UNIT]).toBe("Chưa triển khai");
  });
});

describe("identity in a real file", () => {
  /** The file's one finding: the form is kept out, and the neighbour's own report stands. */
  function refused(result: ConsolidationRun): Finding {
    const errors = result.findings.filter((finding) => finding.severity === "error");
    expect(errors).toEqual([expect.objectContaining({ code: "identity_mismatch", file: planOf(UNIT).fileName })]);
    expect(result.files.find((file) => file.file === planOf(UNIT).fileName)?.status).toBe("rejected");
    return errors[0];
  }

  it("refuses a form whose hidden unit id was changed to the neighbour's, which keeps its own report", async () => {
    // Row 4 of the hidden sheet holds unit_id (identitySheet's key order).
    const tampered = await withEdit("_dinh_danh", "B4", { text: NEIGHBOUR });
    if (!("submission" in tampered)) throw new Error(tampered.finding.message);
    expect(tampered.submission.unitId).toBe(NEIGHBOUR);
    const result = run(neighbour, tampered);
    expect(refused(result).message).toBe(
      `Thông tin nhận dạng ẩn của biểu mẫu ghi đơn vị ${unitName(NEIGHBOUR)}, nhưng biểu mẫu được lập cho ` +
        `${unitName(UNIT)}: mã đơn vị đã bị sửa, tệp không được tổng hợp.`,
    );
    const register = result.consolidation.register.find((row) => row.unitId === NEIGHBOUR);
    expect(register?.file).toBe(planOf(NEIGHBOUR).fileName);
    expect(result.files.find((file) => file.file === planOf(NEIGHBOUR).fileName)?.status).toBe("accepted");
    expect(figure(result, "CDS.II.2")).toEqual(figure(run(neighbour), "CDS.II.2"));
  });

  it.each<[string, string, string, string]>([
    [
      "a title line naming another unit",
      "Chỉ tiêu",
      "Đơn vị: Xã Mường Sại — Kỳ báo cáo: tháng 5/2026",
      "ghi đơn vị “Xã Mường Sại”",
    ],
    [
      "a title line naming another month",
      "Nhiệm vụ",
      "Đơn vị: Xã Bắc Yên — Kỳ báo cáo: tháng 4/2026",
      "ghi kỳ báo cáo “tháng 4/2026”",
    ],
  ])("refuses %s, naming the sheet and cell", async (_, sheet, title, says) => {
    const finding = refused(run(neighbour, await withEdit(sheet, "A2", { text: title })));
    expect(finding).toMatchObject({ sheet, cell: "A2" });
    expect(finding.message).toContain(`Ô A2 trang “${sheet}” ${says}`);
  });

  it("refuses a cover naming another unit, naming its cell", async () => {
    const finding = refused(run(neighbour, await withEdit("Thông tin", "C4", { text: "Xã Mường Sại" })));
    expect(finding).toMatchObject({ sheet: "Thông tin", cell: "C4" });
    expect(finding.message).toContain(`khác đơn vị của biểu mẫu (${unitName(UNIT)})`);
  });

  it("accepts a title line written with other spacing and case: only another unit or period is refused", async () => {
    const result = run(await withEdit("Chỉ tiêu", "A2", { text: "Đơn vị: xã  Bắc Yên — Kỳ báo cáo: Tháng 5/2026" }));
    expect(result.findings.filter((finding) => finding.severity === "error")).toEqual([]);
  });
});

describe("forms re-saved by LibreOffice", () => {
  it("accepts the clean form, its title lines and cover as LibreOffice writes them", async () => {
    const file = await read(resaveWithLibreOffice(unitBytes, planOf(UNIT).fileName), planOf(UNIT));
    if (!("submission" in file)) throw new Error(file.finding.message);
    expect(file.submission.shownIdentity?.length).toBe(5);
    const result = run(neighbour, file);
    expect(result.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(result.files.map((outcome) => outcome.status)).toEqual(["accepted", "accepted"]);
  }, 120_000);

  it("still refuses a title naming another month once LibreOffice has re-saved the edited form", async () => {
    const edited = editCells(unitBytes, {
      "Chỉ tiêu": { A2: { text: "Đơn vị: Xã Bắc Yên — Kỳ báo cáo: tháng 4/2026" } },
    });
    const result = run(await read(resaveWithLibreOffice(edited, planOf(UNIT).fileName), planOf(UNIT)));
    expect(result.findings).toEqual([
      expect.objectContaining({ code: "identity_mismatch", severity: "error", sheet: "Chỉ tiêu", cell: "A2" }),
    ]);
  }, 120_000);
});
