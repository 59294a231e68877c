import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { createCatalogActions } from "../../../src/taskpane/actions/catalogActions";
import { createExcelWriter } from "../../../src/taskpane/office/excelWriter";
import { ledgerKnowing } from "./memorySettings";
import { createSheetReader } from "../../../src/taskpane/office/openWorkbook";
import type { OperationContext } from "../../../src/taskpane/common/useOperation";
import { detectCapabilities } from "../../../src/workbook/excel/hostCapabilities";
import { FakeExcel } from "../../workbook/excel/fakeExcel";
import { installUsedRangeReads } from "../../workbook/excel/fakeExcelUsedRange";

const SHEETS = ["Danh mục chỉ tiêu", "Danh mục chương trình", "Danh mục nhiệm vụ", "Danh mục đơn vị"];

function context(): OperationContext {
  return { signal: new AbortController().signal, progress: jest.fn() };
}

function requirements(newest: number) {
  return {
    isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1]) <= newest,
  };
}

function excelWith(sheets: string[], newest: number) {
  const excel = new FakeExcel(sheets);
  installUsedRangeReads(excel);
  Object.assign(globalThis, {
    Excel: { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(excel.requestContext) },
  });
  const capabilities = detectCapabilities(requirements(newest));
  const writer = createExcelWriter(capabilities, ledgerKnowing(...SHEETS));
  return { excel, actions: createCatalogActions(writer, createSheetReader(capabilities)) };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("catalog actions", () => {
  it("writes the catalog's four sheets, then reads back the officer's edit in one sync", async () => {
    const { excel, actions } = excelWith(["Sheet1"], 13);
    const outcome = await actions.writeCatalogToWorkbook(catalog2026(), context());
    expect(outcome).toEqual({ sheets: SHEETS, omitted: [] });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", ...SHEETS]);

    // J5: "Chỉ tiêu năm kế hoạch" of KHCN.II.2, "02" in the plan.
    expect(excel.sheet("Danh mục chỉ tiêu").cell("J5")).toEqual({ value: "02", numberFormat: "@" });
    excel.sheet("Danh mục chỉ tiêu").cells.set("J5", { value: "03", numberFormat: "@" });
    const syncs = excel.syncCount;
    const read = await actions.readCatalogFromWorkbook!(context());
    expect(excel.syncCount - syncs).toBe(1);
    if (!read.ok) throw new Error(read.issues.map((issue) => issue.message).join("\n"));
    expect(read.value.indicators.find((indicator) => indicator.id === "KHCN.II.2")?.target?.value).toBe(3);
    expect(read.value.tasks).toEqual(catalog2026().tasks);
  });

  it("says which catalog sheets the workbook lacks", async () => {
    const { actions } = excelWith(["Sheet1", "Danh mục nhiệm vụ"], 13);
    const read = await actions.readCatalogFromWorkbook!(context());
    expect(read).toEqual({
      ok: false,
      issues: [
        {
          path: ["Danh mục chỉ tiêu"],
          code: "missing_sheet",
          message:
            "Sổ làm việc chưa có trang “Danh mục chỉ tiêu”. Hãy bấm “Đưa danh mục vào sổ làm việc” rồi sửa trên các trang đó.",
        },
        {
          path: ["Danh mục chương trình"],
          code: "missing_sheet",
          message:
            "Sổ làm việc chưa có trang “Danh mục chương trình”. Hãy bấm “Đưa danh mục vào sổ làm việc” rồi sửa trên các trang đó.",
        },
        {
          path: ["Danh mục đơn vị"],
          code: "missing_sheet",
          message:
            "Sổ làm việc chưa có trang “Danh mục đơn vị”. Hãy bấm “Đưa danh mục vào sổ làm việc” rồi sửa trên các trang đó.",
        },
      ],
    });
  });

  it("on ExcelApi 1.3 writes the sheets, without drop-down lists or frozen header, and cannot read them", async () => {
    const { actions } = excelWith(["Sheet1"], 3);
    const outcome = await actions.writeCatalogToWorkbook(catalog2026(), context());
    expect(outcome.omitted).toEqual([
      "Không cố định được hàng, cột tiêu đề (cần ExcelApi 1.7).",
      "Không đặt được kiểm tra dữ liệu (cần ExcelApi 1.8).",
    ]);
    expect(actions.readCatalogFromWorkbook).toBeUndefined();
  });
});
