/**
 * Importing units' files as sheets, end to end through a recording fake of Excel that parses what it is given
 * (ExcelJS): the forms land under the units' names beside the officer's own sheets, and consolidating from
 * those sheets gives what consolidating the files gives, receipt times and template checks included.
 */
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { planSamples } from "../../../src/samples/planSamples";
import { sampleFileBytes } from "../../../src/samples/sampleFile";
import { createConsolidateActions } from "../../../src/taskpane/actions/consolidateActions";
import type { FormImporter } from "../../../src/taskpane/actions/importForms";
import { settingsImportLedger } from "../../../src/taskpane/actions/importLedger";
import type { ChosenFile } from "../../../src/taskpane/actions/types";
import { insertSheetsFromFiles, sheetNamesOf } from "../../../src/workbook/excel/insertSheetsFromFiles";
import { readFormSheetGrids } from "../../../src/workbook/excel/readFormSheetGrids";
import { FakeWorkbookReads } from "../../workbook/excel/fakeWorkbookReads";
import { memorySettings } from "./memorySettings";
import { operationContext as context } from "./operationContext";

const catalog = catalog2026();
const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const options = { period: may, asOf: "2026-05-14" };

function chosen(name: string, bytes: Uint8Array, receivedAt: string): ChosenFile {
  return {
    name,
    size: bytes.length,
    lastModified: Date.parse(receivedAt),
    arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
  };
}

/** An officer's workbook holding a sheet of their own that happens to be called "Chỉ tiêu". */
function officersWorkbook() {
  return new FakeWorkbookReads([
    {
      name: "Chỉ tiêu",
      state: "visible",
      cells: new Map([["A1", { value: "Ghi chú", numberFormat: "General", valueType: "String" as const }]]),
    },
  ]);
}

function importer(excel: FakeWorkbookReads, ledger = settingsImportLedger(memorySettings().store)): FormImporter {
  return {
    sheetNames: () => sheetNamesOf(excel.context),
    insert: async (workbooks) => void (await insertSheetsFromFiles(excel.context, workbooks)),
    ledger,
  };
}

let files: ChosenFile[];

beforeAll(async () => {
  // Sent on time, late and with slips: the register and the findings have something to tell.
  const sent = planSamples(catalog, may).filter((plan) => plan.send);
  const spread = sent.filter((_, i) => i % 11 === 0).slice(0, 6);
  // One late file for sure, whichever units the sample draws put in the spread.
  const late = sent.find((plan) => plan.quirks.includes("late"));
  const plans = late && !spread.includes(late) ? [...spread.slice(0, 5), late] : spread;
  files = await Promise.all(
    plans.map(async (plan) => chosen(plan.fileName, await sampleFileBytes(catalog, plan), plan.receivedAt)),
  );
});

describe("importing units' files as sheets", () => {
  it("puts each form in as its unit's sheets, beside the officer's own, in two syncs", async () => {
    const excel = officersWorkbook();
    const csv = new TextEncoder().encode("STT;Tên\n1;x");
    const actions = createConsolidateActions(catalog, { importer: importer(excel) });
    const outcome = await actions.importFiles!(
      [...files, chosen("so-lieu.csv", csv, "2026-05-09T00:00:00Z")],
      context(),
    );
    expect(outcome.imported).toHaveLength(files.length);
    expect(outcome.refused.map((refusal) => refusal.file)).toEqual(["so-lieu.csv"]);
    expect(outcome.refused[0].message).toContain("so-lieu.csv");
    const first = outcome.imported[0];
    expect(first.sheets).toEqual([`CT ${first.unit}`, `NV ${first.unit}`, `VB ${first.unit}`]);
    const names = excel.sheets.map((sheet) => sheet.name);
    expect(names[0]).toBe("Chỉ tiêu");
    expect(excel.sheets[0].cells.get("A1")?.value).toBe("Ghi chú");
    expect(names).toEqual(expect.arrayContaining(outcome.imported.flatMap((item) => item.sheets)));
    expect(names.filter((name) => name.startsWith("_dinh_danh"))).toHaveLength(files.length);
    expect(
      excel.sheets.filter((sheet) => sheet.name.startsWith("_dinh_danh")).every((s) => s.state === "veryHidden"),
    ).toBe(true);
    expect(names).not.toContain("Thông tin");
    expect(excel.syncCount).toBe(2);
  });

  it("consolidates from the imported sheets as from the files: register, figures and findings", async () => {
    const excel = officersWorkbook();
    const ledger = settingsImportLedger(memorySettings().store);
    const actions = createConsolidateActions(catalog, {
      importer: importer(excel, ledger),
      workbookForms: {
        name: "Tong hop.xlsx",
        readGrids: () => readFormSheetGrids(excel.context),
        receipt: (sheets) => ledger.receipt(sheets),
      },
    });
    await actions.importFiles!(files, context());
    const fromSheets = await actions.consolidateSheets!(options, context());
    const fromFiles = await actions.consolidate(files, options, context());
    const register = (run: typeof fromFiles) =>
      run.consolidation.register.map((row) => [row.unitId, row.status, row.receivedAt, row.receiptSource]);
    expect(register(fromSheets)).toEqual(register(fromFiles));
    // The sample files carry their unit's last save: the sheets say so too, not "the file's time".
    expect(fromSheets.consolidation.register.some((row) => row.receiptSource === "workbook")).toBe(true);
    expect(fromSheets.consolidation.register.some((row) => row.status === "late")).toBe(true);
    const figures = (run: typeof fromFiles) => run.consolidation.indicators.map((indicator) => indicator.display);
    expect(figures(fromSheets)).toEqual(figures(fromFiles));
    const codes = (run: typeof fromFiles) =>
      run.findings
        .filter((finding) => finding.code !== "merged_cell")
        .map((finding) => [finding.unit, finding.code, finding.cell]);
    expect(codes(fromSheets)).toEqual(codes(fromFiles));
    expect(fromSheets.consolidation.completenessSentence).toBe(fromFiles.consolidation.completenessSentence);
  });

  it("remembers where each file went, so a finding in the file can open its sheet", async () => {
    const excel = officersWorkbook();
    const ledger = settingsImportLedger(memorySettings().store);
    const actions = createConsolidateActions(catalog, { importer: importer(excel, ledger) });
    const outcome = await actions.importFiles!(files.slice(0, 1), context());
    expect(ledger.importedSheet(files[0].name, "Chỉ tiêu")).toBe(outcome.imported[0].sheets[0]);
    expect(ledger.importedSheet(files[0].name, "Nhiệm vụ")).toBe(outcome.imported[0].sheets[1]);
    expect(ledger.importedSheet("khac.xlsx", "Chỉ tiêu")).toBeUndefined();
  });

  it("imports a resent file beside the first, under new names, touching nothing already there", async () => {
    const excel = officersWorkbook();
    const actions = createConsolidateActions(catalog, { importer: importer(excel) });
    const once = await actions.importFiles!(files.slice(0, 1), context());
    const twice = await actions.importFiles!(files.slice(0, 1), context());
    expect(twice.imported[0].sheets).toEqual(once.imported[0].sheets.map((name) => `${name} (2)`));
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(once.imported[0].sheets));
  });

  it("says in Vietnamese when Excel refuses the sheets, and records nothing", async () => {
    const settings = memorySettings();
    const actions = createConsolidateActions(catalog, {
      importer: {
        sheetNames: async () => [],
        insert: async () => Promise.reject(new Error("InvalidOperation")),
        ledger: settingsImportLedger(settings.store),
      },
    });
    await expect(actions.importFiles!(files.slice(0, 1), context())).rejects.toThrow("Excel không nhận các trang tính");
    expect(settings.values.size).toBe(0);
  });

  it("is not offered without Excel's insert (ExcelApi 1.13)", () => {
    expect(createConsolidateActions(catalog).importFiles).toBeUndefined();
  });
});
