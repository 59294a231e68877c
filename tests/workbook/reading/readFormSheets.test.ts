/**
 * Units' forms copied into one collecting workbook are read as the units' files are: the same entries, the
 * same consolidation, the same sentences. Real .xlsx files throughout (ExcelJS), as an officer would build.
 */
import type ExcelJS from "exceljs";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { consolidateFiles, type FileRead } from "../../../src/domain/run/consolidateFiles";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { describeConsolidation } from "../../../src/domain/report/describeConsolidation";
import type { Submission } from "../../../src/domain/submission/types";
import { planSamples } from "../../../src/samples/planSamples";
import { sampleFileBytes } from "../../../src/samples/sampleFile";
import type { SamplePlan } from "../../../src/samples/samplePlan";
import { parseTitleLine, readFormSheets } from "../../../src/workbook/reading/readFormSheets";
import { catalogRowsOf } from "../../../src/domain/catalog/catalogRowsOf";
import { buildCatalogSheets } from "../../../src/workbook/catalogSheets/buildCatalogSheets";
import { buildSummaryWorkbook } from "../../../src/workbook/summary/buildSummaryWorkbook";
import { buildPlanWorkbook } from "../../../src/workbook/templates/buildPlanAppendices";
import { buildBlankForm } from "../../../src/workbook/templates/buildUnitForm";
import { FORM_SHEETS } from "../../../src/workbook/templates/formLayout";
import { readForm } from "../../../src/workbook/xlsx/readForm";
import { readFileForConsolidation } from "../../../src/workbook/xlsx/readSubmittedFile";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { collectingWorkbook, copySheet, loadXlsx, sheetGrids, workbookBytes } from "../../support/collectingWorkbook";

const catalog = catalog2026();
const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const context = { catalog, period: may, asOf: "2026-05-14" };
const WORKBOOK = "Tong hop thang 5.xlsx";

/** A few sở and xã, with and without quirks, in register order. */
const plans: SamplePlan[] = planSamples(catalog, may)
  .filter((_, i) => i % 9 === 0)
  .slice(0, 10);

let formBytes: Uint8Array[];
let fileReads: FileRead[];

beforeAll(async () => {
  formBytes = await Promise.all(plans.map((plan) => sampleFileBytes(catalog, plan)));
  fileReads = await Promise.all(
    plans.map(async (plan, i) => {
      const read = await readForm(formBytes[i], plan.fileName, plan.receivedAt);
      if (!read.ok) return { file: plan.fileName, receivedAt: plan.receivedAt, finding: read.finding };
      return {
        file: plan.fileName,
        receivedAt: plan.receivedAt,
        submission: read.value.submission,
        notes: read.value.notes,
      };
    }),
  );
});

async function readCollecting(workbook: ExcelJS.Workbook): Promise<FileRead[]> {
  return readFileForConsolidation(await workbookBytes(workbook), WORKBOOK, "", catalog.units);
}

function submissionOf(read: FileRead): Submission {
  if (!("submission" in read)) throw new Error(read.finding.message);
  return read.submission;
}

/** The entries with each cell's sheet named by its role, since a copy's sheet is "Chỉ tiêu (3)". */
function entries(submission: Submission) {
  const role = (sheet: string) => (sheet.startsWith(FORM_SHEETS.indicators) ? "indicators" : "tasks");
  return JSON.parse(
    JSON.stringify({ indicators: submission.indicators, tasks: submission.tasks }, (key, value) =>
      key === "sheet" ? role(value as string) : value,
    ),
  );
}

describe("parseTitleLine", () => {
  it("takes the unit and the period from the line the form prints above its table", () => {
    expect(parseTitleLine("Đơn vị: Xã Mường Sại — Kỳ báo cáo: tháng 5/2026")).toEqual({
      unit: "Xã Mường Sại",
      period: "tháng 5/2026",
    });
    expect(parseTitleLine("Đơn vị: Sở Nội vụ — Kỳ báo cáo: quý II/2026")?.unit).toBe("Sở Nội vụ");
    expect(parseTitleLine("KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026")).toBeUndefined();
    expect(parseTitleLine("Đơn vị: Sở Nội vụ")).toBeUndefined();
  });
});

describe("readFormSheets on a collecting workbook", () => {
  it("reads every unit's copied sheets into the entries its file gives", async () => {
    const reads = await readCollecting(await collectingWorkbook(formBytes));
    expect(reads).toHaveLength(plans.length);
    reads.forEach((read, i) => {
      const submission = submissionOf(read);
      const fromFile = submissionOf(fileReads[i]);
      expect(submission.unitId).toBe(plans[i].unitId);
      expect(submission.period).toBe("2026-05");
      expect(submission.identity).toBeUndefined();
      expect(entries(submission)).toEqual(entries(fromFile));
    });
    expect(submissionOf(reads[1]).file).toBe(`${WORKBOOK} › “Chỉ tiêu (2)”, “Nhiệm vụ (2)”`);
    expect(submissionOf(reads[1]).indicators[0].result.sheet).toBe("Chỉ tiêu (2)");
  });

  it("consolidates to the same figures and sentences as the units' files", async () => {
    const grids = sheetGrids(await workbookBytes(await collectingWorkbook(formBytes)));
    // The pane passes the import times it recorded; here they are the plans' own, found by sheet name.
    const sheetOwner = (name: string) => grids.findIndex((grid) => grid.name === name) >> 1;
    const timed = readFormSheets({
      workbookName: WORKBOOK,
      grids,
      units: catalog.units,
      receipt: (sheets) => ({ receivedAt: plans[sheetOwner(sheets[0])].receivedAt }),
    });
    const fromSheets = consolidateFiles(timed, context);
    const fromFiles = consolidateFiles(fileReads, context);
    const display = (run: typeof fromFiles) =>
      run.consolidation.indicators.map((indicator) => [indicator.id, indicator.display, indicator.reporting]);
    expect(display(fromSheets)).toEqual(display(fromFiles));
    expect(fromSheets.consolidation.tasks.map((task) => task.statusText)).toEqual(
      fromFiles.consolidation.tasks.map((task) => task.statusText),
    );
    const sentences = (run: typeof fromFiles) => describeConsolidation(catalog, run);
    expect(JSON.stringify(sentences(fromSheets).sentences)).toEqual(JSON.stringify(sentences(fromFiles).sentences));
    const codes = (run: typeof fromFiles) => run.findings.map((finding) => finding.code).sort();
    expect(codes(fromSheets)).toEqual(codes(fromFiles));
  });

  it("leaves alone the officer's own sheets and every sheet the add-in writes: plan, blank form, catalog, summary", async () => {
    const plan = await loadXlsx(await writeXlsx(buildPlanWorkbook(catalog)));
    const blank = await loadXlsx(await writeXlsx(buildBlankForm(catalog, may)));
    const catalogSheets = await loadXlsx(await writeXlsx(buildCatalogSheets(catalogRowsOf(catalog))));
    const run = consolidateFiles(fileReads, context);
    const summary = await loadXlsx(
      await writeXlsx(buildSummaryWorkbook({ catalog, ...run, generatedAt: new Date("2026-05-14T00:00:00Z") })),
    );
    const workbook = await collectingWorkbook(formBytes.slice(0, 2), (book) => {
      book.addWorksheet("Ghi chép").getCell("A1").value = "Mã";
      for (const sheet of [...plan.worksheets, ...catalogSheets.worksheets, ...summary.worksheets]) {
        copySheet(sheet, book);
      }
      copySheet(blank.getWorksheet(FORM_SHEETS.indicators)!, book);
      copySheet(blank.getWorksheet(FORM_SHEETS.tasks)!, book);
    });
    const reads = await readCollecting(workbook);
    expect(reads.map((read) => submissionOf(read).unitId)).toEqual([plans[0].unitId, plans[1].unitId]);
  });

  it("reports a form sheet whose title line is gone, and a unit's indicators without its tasks", async () => {
    const workbook = await collectingWorkbook(formBytes.slice(0, 2));
    workbook.getWorksheet("Chỉ tiêu")!.getRow(2).getCell(1).value = null;
    workbook.removeWorksheet(workbook.getWorksheet("Nhiệm vụ (2)")!.id);
    const reads = await readCollecting(workbook);
    const findings = reads.flatMap((read) => ("finding" in read ? [read.finding] : []));
    expect(findings.map((finding) => [finding.code, finding.sheet])).toEqual([
      ["missing_title", "Chỉ tiêu"],
      ["missing_sheet", "Nhiệm vụ"],
      ["missing_sheet", "Chỉ tiêu (2)"],
    ]);
    // The first unit's task sheet still names its unit: it is reported as missing its partner, not dropped.
    expect(findings[1].message).toContain("“Chỉ tiêu”");
    expect(findings[2].message).toContain("“Nhiệm vụ”");
    expect(reads.filter((read) => "submission" in read)).toHaveLength(0);
  });

  it("keeps one of two copies of a unit's form and names the other replaced", async () => {
    const workbook = await collectingWorkbook([formBytes[0], formBytes[0]]);
    const run = consolidateFiles(await readCollecting(workbook), context);
    expect(run.files.map((file) => file.status).sort()).toEqual(["accepted", "replaced"]);
    expect(run.findings.filter((finding) => finding.code === "replaced")).toHaveLength(1);
  });

  it("lets the engine judge a unit it does not know and a period other than the one consolidated", async () => {
    const workbook = await collectingWorkbook(formBytes.slice(0, 2));
    const title = (sheet: string) => workbook.getWorksheet(sheet)!.getCell("A2");
    for (const sheet of ["Chỉ tiêu", "Nhiệm vụ"]) title(sheet).value = "Đơn vị: Xã Không Có — Kỳ báo cáo: tháng 5/2026";
    for (const sheet of ["Chỉ tiêu (2)", "Nhiệm vụ (2)"]) {
      title(sheet).value = String(title(sheet).value).replace("tháng 5/2026", "tháng 4/2026");
    }
    const run = consolidateFiles(await readCollecting(workbook), context);
    expect(run.findings.filter((finding) => finding.severity === "error").map((finding) => finding.code)).toEqual([
      "unknown_unit",
      "wrong_period",
    ]);
  });

  it("gives a unit's own form, read from its sheets as Excel shows them, its hidden identity: template checks run", async () => {
    const fromSheets = async (workbook: ExcelJS.Workbook) =>
      readFormSheets({
        workbookName: "Book1",
        grids: sheetGrids(await workbookBytes(workbook)),
        units: catalog.units,
      });
    const form = await loadXlsx(formBytes[0]);
    const [read] = await fromSheets(form);
    expect(submissionOf(read).identity).toEqual(submissionOf(fileReads[0]).identity);
    form.getWorksheet(FORM_SHEETS.identity)!.eachRow((row) => {
      if (row.getCell(1).value === "template_version") row.getCell(2).value = 7;
    });
    const codes = consolidateFiles(await fromSheets(form), context).findings.map((finding) => finding.code);
    expect(codes).toContain("wrong_template");
  });

  it("takes a unit's form file by its identity, as the file reader always has", async () => {
    const reads = await readFileForConsolidation(formBytes[0], plans[0].fileName, plans[0].receivedAt, catalog.units);
    expect(reads).toEqual([fileReads[0]]);
  });

  it("refuses a collecting workbook that is not an .xlsx, naming it", async () => {
    const reads = await readFileForConsolidation(new TextEncoder().encode("STT;Tên\n1;x"), "so.csv", "", catalog.units);
    expect(reads).toHaveLength(1);
    expect("finding" in reads[0] && reads[0].finding.message).toContain("so.csv");
  });
});
