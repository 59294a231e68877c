import { applyPrintSetupToSheets, type SheetPrintSetup } from "../../../src/workbook/excel/applyPrintSetupToSheets";
import { detectCapabilities, type HostCapabilities } from "../../../src/workbook/excel/hostCapabilities";
import { landscapeTablePrint } from "../../../src/workbook/templates/printSetupNd30";
import { appendixPrint } from "../../../src/workbook/summary/appendix/appendixPrint";
import { FakeExcel } from "./fakeExcel";
import { installRangeReads } from "./fakeExcelReads";

installRangeReads();

function host(newest: number): HostCapabilities {
  return detectCapabilities({
    isSetSupported: (name, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1]) <= newest,
  });
}

/** As the summary builder lays them out: the register's header on row 6 when it has one sentence above. */
function setups(): SheetPrintSetup[] {
  const { printArea: _, ...print } = landscapeTablePrint(5, "A1:I67");
  return [
    { sheet: "Tổng hợp chỉ tiêu", print, titleText: "STT" },
    { sheet: "Tình hình gửi báo cáo", print: { ...print, titleRows: { first: 6, last: 6 } }, titleText: "STT" },
    { sheet: "Kết quả kiểm tra", print: { ...print, titleRows: { first: 4, last: 4 } }, titleText: "STT" },
  ];
}

/** A workbook with two of the three sheets; its register has three sentences, so its header sits on row 8. */
function workbook(): FakeExcel {
  const excel = new FakeExcel(["Hướng dẫn", "Tổng hợp chỉ tiêu", "tình hình gửi báo cáo"]);
  excel.sheet("Tổng hợp chỉ tiêu").cells.set("A5", { value: "STT", numberFormat: "@" });
  const register = excel.sheet("tình hình gửi báo cáo");
  register.cells.set("A4", { value: "12/15 sở, ban, ngành và 68/75 xã, phường đã gửi báo cáo…", numberFormat: "@" });
  register.cells.set("A8", { value: "STT", numberFormat: "@" });
  return excel;
}

describe("applyPrintSetupToSheets on ExcelApi 1.13", () => {
  let excel: FakeExcel;
  let result: Awaited<ReturnType<typeof applyPrintSetupToSheets>>;

  beforeAll(async () => {
    excel = workbook();
    result = await applyPrintSetupToSheets(excel.requestContext, setups(), host(13));
  });

  it("sets up the summary sheets the workbook has, in its own spelling, and names the absent one", () => {
    expect(result).toEqual({ applied: ["Tổng hợp chỉ tiêu", "tình hình gửi báo cáo"], absent: ["Kết quả kiểm tra"] });
    expect(excel.sheet("Hướng dẫn").records).toEqual([]);
  });

  it("prints landscape A4 with the decree's margins, one page wide, page numbers in the footer", () => {
    const sheet = excel.sheet("Tổng hợp chỉ tiêu");
    const value = (path: string) => sheet.recorded(path).map((r) => r.value);
    expect(value("pageLayout.orientation")).toEqual(["Landscape"]);
    expect(value("pageLayout.paperSize")).toEqual(["A4"]);
    // 30 mm and 15 mm in points (72 per inch of 25.4 mm).
    expect(value("pageLayout.leftMargin")[0]).toBeCloseTo(85.04, 2);
    expect(value("pageLayout.rightMargin")[0]).toBeCloseTo(42.52, 2);
    expect(value("pageLayout.zoom")).toEqual([{ horizontalFitToPages: 1, verticalFitToPages: 0 }]);
    expect(value("pageLayout.headersFooters.defaultForAllPages.centerFooter")).toEqual(["Trang &P/&N"]);
    expect(value("pageLayout.setPrintArea()")).toEqual([]);
  });

  it("repeats the header row where each sheet has it", () => {
    expect(excel.sheet("Tổng hợp chỉ tiêu").recorded("pageLayout.setPrintTitleRows()")[0].value).toEqual(["$5:$5"]);
    expect(excel.sheet("tình hình gửi báo cáo").recorded("pageLayout.setPrintTitleRows()")[0].value).toEqual(["$8:$8"]);
  });

  it("takes three syncs: names, the top of column A, the writes", () => {
    expect(excel.syncCount).toBe(3);
  });

  it("takes the same three syncs for one sheet as for two", async () => {
    const single = workbook();
    await applyPrintSetupToSheets(single.requestContext, setups().slice(0, 1), host(13));
    expect(single.syncCount).toBe(3);
  });

  it("keeps the builder's rows when the sheet's header text is not found", async () => {
    const edited = workbook();
    edited.sheet("Tổng hợp chỉ tiêu").cells.clear();
    await applyPrintSetupToSheets(edited.requestContext, setups(), host(13));
    expect(edited.sheet("Tổng hợp chỉ tiêu").recorded("pageLayout.setPrintTitleRows()")[0].value).toEqual(["$5:$5"]);
  });

  it("stops after one sync when no summary sheet is there", async () => {
    const empty = new FakeExcel(["Sheet1"]);
    expect(await applyPrintSetupToSheets(empty.requestContext, setups(), host(13))).toEqual({
      applied: [],
      absent: ["Tổng hợp chỉ tiêu", "Tình hình gửi báo cáo", "Kết quả kiểm tra"],
    });
    expect(empty.syncCount).toBe(1);
  });
});

describe("an appendix's print setup applied by Office.js", () => {
  it("numbers its pages from 1 at the top centre, leaves the first page unnumbered and never shrinks the text", async () => {
    const excel = new FakeExcel(["Phụ lục II"]);
    excel.sheet("Phụ lục II").cells.set("A6", { value: "STT", numberFormat: "@" });
    const { printArea: _, ...print } = appendixPrint({ first: 6, last: 6 }, "A1:F60");
    await applyPrintSetupToSheets(excel.requestContext, [{ sheet: "Phụ lục II", print, titleText: "STT" }], host(13));
    const value = (path: string) =>
      excel
        .sheet("Phụ lục II")
        .recorded(path)
        .map((r) => r.value);
    expect(value("pageLayout.orientation")).toEqual(["Landscape"]);
    expect(value("pageLayout.firstPageNumber")).toEqual([1]);
    expect(value("pageLayout.headersFooters.state")).toEqual(["FirstAndDefault"]);
    expect(value("pageLayout.headersFooters.defaultForAllPages.centerHeader")).toEqual([
      '&"Times New Roman,Regular"&13&P',
    ]);
    expect(value("pageLayout.headersFooters.firstPage.centerHeader")).toEqual([]);
    expect(value("pageLayout.zoom")).toEqual([]);
    expect(value("pageLayout.setPrintTitleRows()")).toEqual([["$6:$6"]]);
  });
});

describe("applyPrintSetupToSheets on ExcelApi 1.7", () => {
  it("refuses in Vietnamese without a single sync: page layout needs ExcelApi 1.9", async () => {
    const excel = workbook();
    await expect(applyPrintSetupToSheets(excel.requestContext, setups(), host(7))).rejects.toThrow(
      "Không đặt được thiết lập trang in, tiêu đề in lặp lại, đầu trang và chân trang (cần ExcelApi 1.9).",
    );
    expect(excel.syncCount).toBe(0);
    expect(excel.sheet("Tổng hợp chỉ tiêu").records).toEqual([]);
  });
});
