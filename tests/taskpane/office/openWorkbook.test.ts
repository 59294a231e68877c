/**
 * The open workbook's form sheets and imports, reached through Office.js's Excel.run, on an Excel that reports
 * ExcelApi 1.13, one that reports 1.7 and one that reports 1.3 (Office 2016).
 */
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { planSamples } from "../../../src/samples/planSamples";
import { sampleFileBytes } from "../../../src/samples/sampleFile";
import { createConsolidateActions } from "../../../src/taskpane/actions/consolidateActions";
import { settingsImportLedger } from "../../../src/taskpane/actions/importLedger";
import { createFormImporter, createWorkbookForms } from "../../../src/taskpane/office/openWorkbook";
import { detectCapabilities } from "../../../src/workbook/excel/hostCapabilities";
import { FakeWorkbookReads } from "../../workbook/excel/fakeWorkbookReads";
import { memorySettings } from "../actions/memorySettings";
import { operationContext as context } from "../actions/operationContext";

const catalog = catalog2026();
const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;

function host(newest: number) {
  return detectCapabilities({
    isSetSupported: (name, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1]) <= newest,
  });
}

/** Office's globals as the pane finds them inside Excel: the document's address and Excel.run on the fake. */
function insideExcel(excel: FakeWorkbookReads, url = "https://contoso.sharepoint.com/Tong%20hop%20thang%205.xlsx") {
  Object.assign(globalThis, {
    Office: { context: { document: { url } } },
    Excel: { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(excel.context) },
  });
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
});

describe("the open workbook's forms through Excel.run", () => {
  it("on ExcelApi 1.13: imports a unit's file, then reads it back from the sheets under the workbook's name", async () => {
    const excel = new FakeWorkbookReads([]);
    insideExcel(excel);
    const ledger = settingsImportLedger(memorySettings().store);
    const workbookForms = createWorkbookForms(host(13), (sheets) => ledger.receipt(sheets));
    const importer = createFormImporter(host(13), ledger);
    expect(workbookForms?.name).toBe("Tong hop thang 5.xlsx");
    const plan = planSamples(catalog, may).find((p) => p.send && p.unitId === "so-yt")!;
    const bytes = await sampleFileBytes(catalog, plan);
    const file = {
      name: plan.fileName,
      size: bytes.length,
      lastModified: Date.parse(plan.receivedAt),
      arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
    };
    const actions = createConsolidateActions(catalog, { workbookForms, importer });
    const imported = await actions.importFiles!([file], context());
    expect(imported.imported[0].sheets).toEqual(["CT Sở Y tế", "NV Sở Y tế", "VB Sở Y tế"]);
    const run = await actions.consolidateSheets!({ period: may, asOf: "2026-05-14" }, context());
    const row = run.consolidation.register.find((r) => r.unitId === "so-yt")!;
    expect(row.file).toBe("Tong hop thang 5.xlsx › “CT Sở Y tế”, “NV Sở Y tế”, “VB Sở Y tế”");
    // Sở Y tế's sample lists two documents of the May report on its "Văn bản" sheet; they come in with it.
    expect(run.consolidation.documents.map((document) => document.number)).toEqual(["2433/UBND-KGVX", "1055/qd-ubnd"]);
    expect(row.receivedAt).toBe(new Date(plan.receivedAt).toISOString());
  });

  it("on ExcelApi 1.7: the sheets can be read but files cannot be imported", () => {
    insideExcel(new FakeWorkbookReads([]));
    expect(createWorkbookForms(host(7))).toBeDefined();
    expect(createFormImporter(host(7), settingsImportLedger(memorySettings().store))).toBeUndefined();
  });

  it("on ExcelApi 1.3 (Office 2016): neither, so the pane offers files only", () => {
    insideExcel(new FakeWorkbookReads([]));
    expect(createWorkbookForms(host(3))).toBeUndefined();
    expect(
      createConsolidateActions(catalog, { workbookForms: createWorkbookForms(host(3)) }).consolidateSheets,
    ).toBeUndefined();
  });
});
