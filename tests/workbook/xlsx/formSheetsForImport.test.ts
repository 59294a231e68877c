import ExcelJS from "exceljs";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { planSamples } from "../../../src/samples/planSamples";
import { sampleFileBytes } from "../../../src/samples/sampleFile";
import { FORM_SHEETS } from "../../../src/workbook/templates/formLayout";
import { formSheetsForImport } from "../../../src/workbook/xlsx/formSheetsForImport";
import { readSubmittedWorkbook } from "../../../src/workbook/xlsx/readSubmittedWorkbook";

const catalog = catalog2026();
const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const names = {
  indicators: "CT Sở Y tế",
  tasks: "NV Sở Y tế",
  documents: "VB Sở Y tế",
  identity: "_dinh_danh (2)",
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** What the officer relies on in an imported sheet besides its values. */
function furniture(sheet: ExcelJS.Worksheet) {
  const model = sheet.model as unknown as {
    dataValidations: Record<string, unknown>;
    conditionalFormattings: unknown[];
  };
  return {
    validations: Object.keys(model.dataValidations ?? {}).length,
    conditionalFormats: (model.conditionalFormattings ?? []).length,
    protectedSheet: Boolean((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
    printTitles: sheet.pageSetup.printTitlesRow,
    orientation: sheet.pageSetup.orientation,
  };
}

describe("formSheetsForImport", () => {
  it("keeps the form's tables and its hidden identity, renamed for the unit, with everything they carry", async () => {
    const plan = planSamples(catalog, may).find((p) => p.send && p.unitId === "so-yt")!;
    const bytes = await sampleFileBytes(catalog, plan);
    const form = await load(bytes);
    // Loaded as the pane loads it for an import: read as a form, the workbook kept whole.
    const read = await readSubmittedWorkbook(bytes, plan.fileName, plan.receivedAt);
    if (!read.ok) throw new Error(read.finding.message);
    const imported = await load(await formSheetsForImport(read.value.workbook, names));
    expect(imported.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["CT Sở Y tế", "visible"],
      ["NV Sở Y tế", "visible"],
      ["VB Sở Y tế", "visible"],
      ["_dinh_danh (2)", "veryHidden"],
    ]);
    for (const [from, to] of [
      [FORM_SHEETS.indicators, names.indicators],
      [FORM_SHEETS.tasks, names.tasks],
      [FORM_SHEETS.documents, names.documents],
    ]) {
      const before = form.getWorksheet(from)!;
      const after = imported.getWorksheet(to)!;
      expect(furniture(after)).toEqual(furniture(before));
      expect(furniture(after)).toMatchObject({ protectedSheet: true, printTitles: "4:4", orientation: "landscape" });
      expect(furniture(after).validations).toBeGreaterThan(0);
      before.eachRow((row, r) =>
        row.eachCell((cell, c) => expect([r, c, after.getCell(r, c).value]).toEqual([r, c, cell.value])),
      );
    }
    // The red fill of a figure below its target.
    expect(furniture(imported.getWorksheet(names.indicators)!).conditionalFormats).toBeGreaterThan(0);
    expect(imported.getWorksheet(FORM_SHEETS.cover)).toBeUndefined();
  });
});
