import { buildCatalog } from "../../../src/domain/catalog/buildCatalog";
import { catalog2026, catalogRows2026 } from "../../../src/domain/catalog/catalog2026";
import type { Catalog } from "../../../src/domain/catalog/types";
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

/** The plan with a target changed on 20/5 and two communes merged on 1/6, as the data file would give it. */
function catalogWithChanges(): Catalog {
  const built = buildCatalog({
    ...catalogRows2026,
    revisions: [
      { kind: "target", id: "CDS.III.14", from: "2026-05-20", target: "≥ 50%" },
      {
        kind: "merged",
        id: "phuong-chieng-an",
        from: "2026-06-01",
        predecessors: ["phuong-chieng-coi", "xa-muong-sai"],
      },
    ],
  });
  if (!built.ok) throw new Error(built.issues.map((issue) => issue.message).join("\n"));
  return built.value;
}

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

  it("writes the changes' sheet and reads the changes back with the catalog", async () => {
    const { excel, actions } = excelWith(["Sheet1"], 13);
    const catalog = catalogWithChanges();
    const outcome = await actions.writeCatalogToWorkbook(catalog, context());
    expect(outcome.sheets).toEqual([...SHEETS, "Danh mục thay đổi"]);
    // The officer dates one more change, in the first free row.
    const changes = excel.sheet("Danh mục thay đổi");
    ["Bãi bỏ", "NV.I.1", "01/07/2026"].forEach((value, i) =>
      changes.cells.set(`${"ABC"[i]}4`, { value, numberFormat: "@" }),
    );
    const read = await actions.readCatalogFromWorkbook!(context());
    if (!read.ok) throw new Error(read.issues.map((issue) => issue.message).join("\n"));
    expect(read.value.revisions).toEqual([
      ...(catalog.revisions ?? []),
      { kind: "withdrawn", id: "NV.I.1", from: "2026-07-01" },
    ]);
  });

  it("names the changes' sheet and row of a change it cannot take", async () => {
    const { excel, actions } = excelWith(["Sheet1"], 13);
    await actions.writeCatalogToWorkbook(catalogWithChanges(), context());
    excel.sheet("Danh mục thay đổi").cells.set("C3", { value: "31/06/2026", numberFormat: "@" });
    const read = await actions.readCatalogFromWorkbook!(context());
    expect(read.ok).toBe(false);
    expect(!read.ok && read.issues.map((issue) => issue.message)).toEqual([
      "Trang “Danh mục thay đổi”, dòng 3: Thay đổi thứ 2 (Sáp nhập đơn vị phuong-chieng-an, từ ngày 31/06/2026): ngày áp dụng “31/06/2026” không đọc được; ghi ngày dạng 2026-06-01 hoặc 01/06/2026.",
    ]);
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
