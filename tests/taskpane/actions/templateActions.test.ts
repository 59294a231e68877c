import JSZip from "jszip";
import { buildCatalog } from "../../../src/domain/catalog/buildCatalog";
import { catalog2026, catalogRows2026 } from "../../../src/domain/catalog/catalog2026";
import { unitsWithForms } from "../../../src/domain/forms/formFiles";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { createExcelWriter } from "../../../src/taskpane/office/excelWriter";
import { ledgerKnowing } from "./memorySettings";
import { createTemplateActions } from "../../../src/taskpane/actions/templateActions";
import { saveFile } from "../../../src/taskpane/files/saveFile";
import { detectCapabilities } from "../../../src/workbook/excel/hostCapabilities";
import { readForm } from "../../../src/workbook/xlsx/readForm";
import { FakeExcel, type FakeSheet } from "../../workbook/excel/fakeExcel";
import { loadXlsx, locateTable, sheetOf } from "../../workbook/templates/formTestSupport";
import { operationContext as context } from "./operationContext";

jest.mock("../../../src/taskpane/files/saveFile", () => ({
  ...jest.requireActual("../../../src/taskpane/files/saveFile"),
  saveFile: jest.fn(),
}));

const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const catalog = catalog2026();

function host(newest: number) {
  return detectCapabilities({
    isSetSupported: (name, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1]) <= newest,
  });
}

function excelHost(): FakeExcel {
  const excel = new FakeExcel(["Sheet1"]);
  Object.assign(globalThis, {
    Excel: { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(excel.requestContext) },
  });
  return excel;
}

/** The value in `row`'s line under the header `column`, both found by their text as an officer would. */
function cellAt(sheet: FakeSheet, row: string, column: string): unknown {
  const entries = [...sheet.cells.entries()];
  const address = (text: string) => entries.find(([, cell]) => cell.value === text)?.[0].match(/^([A-Z]+)(\d+)$/);
  const [rowAt, columnAt] = [address(row), address(column)];
  if (!rowAt || !columnAt) throw new Error(`no “${row}” or “${column}” on ${sheet.name}`);
  return sheet.cells.get(`${columnAt[1]}${rowAt[2]}`)?.value;
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  jest.mocked(saveFile).mockReset();
});

describe("template actions", () => {
  it("hands every unit's form in one zip, each readable back as that unit's form", async () => {
    const progress = context();
    const outcome = await createTemplateActions(catalog).downloadAllForms(may, progress);
    const units = unitsWithForms(catalog);
    expect(outcome).toEqual({ fileName: "bieu-mau-2026-05.zip", count: units.length });
    expect(progress.progress).toHaveBeenLastCalledWith(units.length, units.length);

    const [fileName, bytes, mime] = jest.mocked(saveFile).mock.calls[0];
    expect([fileName, mime]).toEqual(["bieu-mau-2026-05.zip", "application/zip"]);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual(units.map((u) => `2026-05_${u.id}.xlsx`).sort());
    const form = await zip.file("2026-05_xa-muong-sai.xlsx")!.async("uint8array");
    const read = await readForm(form, "2026-05_xa-muong-sai.xlsx", "2026-05-08T08:00:00Z");
    expect(read.ok && read.value.submission.identity).toMatchObject({ unitId: "xa-muong-sai", period: "2026-05" });
  }, 60_000);

  it("stops at once when cancelled and hands nothing", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(createTemplateActions(catalog).downloadAllForms(may, context(controller))).rejects.toThrow();
    expect(saveFile).not.toHaveBeenCalled();
  });

  it("prints a period's blank form from the catalog in force on the day it is made, as the command line does", async () => {
    const built = buildCatalog({
      ...catalogRows2026,
      revisions: [{ kind: "target", id: "CDS.III.14", from: "2026-05-20", target: "≥ 50%" }],
    });
    if (!built.ok) throw new Error(built.issues.map((issue) => issue.message).join("\n"));
    const june = (parsePeriod("2026-06") as { ok: true; value: Period }).value;
    const printed = async (period: Period, today: string) => {
      const excel = excelHost();
      const actions = createTemplateActions(built.value, createExcelWriter(host(13), ledgerKnowing()), () => today);
      await actions.writeBlankFormToWorkbook!(period, context());
      return cellAt(excel.sheet("Chỉ tiêu"), "CDS.III.14", "Chỉ tiêu năm 2026");
    };
    expect(await printed(may, "2026-05-02")).toBe("≥ 35%");
    expect(await printed(june, "2026-05-25")).toBe("≥ 50%");
    // Made ahead of the change, June's forms still print the target in force on June's first day.
    expect(await printed(june, "2026-05-10")).toBe("≥ 50%");
  });

  it("hands a period's forms for the units and targets in force on the day they are made", async () => {
    const built = buildCatalog({
      ...catalogRows2026,
      revisions: [
        { kind: "target", id: "CDS.III.14", from: "2026-05-20", target: "≥ 50%" },
        { kind: "withdrawn", id: "xa-muong-sai", from: "2026-05-20" },
      ],
    });
    if (!built.ok) throw new Error(built.issues.map((issue) => issue.message).join("\n"));
    const june = (parsePeriod("2026-06") as { ok: true; value: Period }).value;
    const outcome = await createTemplateActions(built.value, undefined, () => "2026-05-25").downloadAllForms(
      june,
      context(),
    );
    expect(outcome.count).toBe(unitsWithForms(catalog).length - 1);
    const zip = await JSZip.loadAsync(jest.mocked(saveFile).mock.calls[0][1]);
    expect(zip.file("2026-06_xa-muong-sai.xlsx")).toBeNull();
    const form = await loadXlsx(await zip.file("2026-06_so-tc.xlsx")!.async("uint8array"));
    expect(locateTable(sheetOf(form, "Chỉ tiêu")).cell("CDS.III.14", "Chỉ tiêu năm 2026").value).toBe("≥ 50%");
  }, 60_000);

  it.each([
    [13, []],
    [7, ["Không đặt được thiết lập trang in, tiêu đề in lặp lại, đầu trang và chân trang (cần ExcelApi 1.9)."]],
  ])("writes Phụ lục I and II into the open workbook on ExcelApi 1.%i in three syncs", async (newest, omitted) => {
    const excel = new FakeExcel(["Sheet1"]);
    Object.assign(globalThis, {
      Excel: { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(excel.requestContext) },
    });
    const outcome = await createTemplateActions(catalog, createExcelWriter(host(newest), ledgerKnowing()))
      .writePlanToWorkbook!(context());
    expect(outcome.sheets).toEqual(["Phụ lục I", "Phụ lục II"]);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "Phụ lục I", "Phụ lục II"]);
    expect(excel.syncCount).toBe(3);
    expect(outcome.omitted).toEqual(omitted);
  });
});
