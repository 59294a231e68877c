import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { createCheckActions } from "../../../src/taskpane/actions/checkActions";
import { documentFileName } from "../../../src/taskpane/office/openWorkbook";
import { planSamples } from "../../../src/samples/planSamples";
import { sampleFileBytes } from "../../../src/samples/sampleFile";
import { uiTexts } from "../../../src/domain/texts/ui";
import { readFormSheetGrids } from "../../../src/workbook/excel/readFormSheetGrids";
import { collectingWorkbook, workbookBytes } from "../../support/collectingWorkbook";
import { FakeWorkbookReads } from "../../workbook/excel/fakeWorkbookReads";
import { operationContext as context } from "./operationContext";

const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const catalog = catalog2026();
const options = { period: may, asOf: "2026-05-14" };

describe("checking the open workbook", () => {
  it("reads its bytes as a unit's form and reports findings as the workbook's", async () => {
    const plan = planSamples(catalog, may).find((p) => p.send && p.unitId === "so-yt");
    const bytes = await sampleFileBytes(catalog, plan!);
    const actions = createCheckActions(catalog, {
      name: "2026-05_so-yt.xlsx",
      readBytes: async () => bytes,
      selectCell: jest.fn(),
    });
    const outcome = await actions.checkActiveWorkbook!(options, context());
    expect(outcome.source).toBe("workbook");
    expect(outcome.files.map((file) => [file.file, file.unitId])).toEqual([["2026-05_so-yt.xlsx", "so-yt"]]);
    expect(outcome.findings.every((finding) => finding.file === "2026-05_so-yt.xlsx")).toBe(true);
    expect(outcome.unitNames["so-yt"]).toBe("Sở Y tế");
  });

  it("says in Vietnamese when Excel does not hand the workbook over", async () => {
    const actions = createCheckActions(catalog, {
      name: "Sổ làm việc đang mở",
      readBytes: async () => Promise.reject(new Error("Internal Error")),
      selectCell: jest.fn(),
    });
    await expect(actions.checkActiveWorkbook!(options, context())).rejects.toThrow(
      "Không lấy được nội dung sổ làm việc đang mở từ Excel.",
    );
  });

  it("is not offered where Office keeps the file to itself, nor outside Excel", () => {
    expect(createCheckActions(catalog, { name: "x", selectCell: jest.fn() }).checkActiveWorkbook).toBeUndefined();
    expect(createCheckActions(catalog).checkActiveWorkbook).toBeUndefined();
    expect(createCheckActions(catalog).selectCell).toBeUndefined();
  });

  it("turns Excel's refusal to select a cell into a sentence the officer understands", async () => {
    const actions = createCheckActions(catalog, {
      name: "x",
      selectCell: async () => Promise.reject(new Error("ItemNotFound")),
    });
    await expect(actions.selectCell!("Chỉ tiêu", "E7")).rejects.toThrow(
      "Không chọn được ô Chỉ tiêu!E7 trong Excel: trang tính có thể đã bị đổi tên, ẩn hoặc xóa.",
    );
  });

  it("names findings after the document's file name, decoded, from a web address or a path", () => {
    expect(documentFileName("https://contoso.sharepoint.com/Shared%20Documents/2026-05_so-yt.xlsx?web=1")).toBe(
      "2026-05_so-yt.xlsx",
    );
    expect(documentFileName("C:\\Báo cáo\\2026-05_xa-muong-bu.xlsx")).toBe("2026-05_xa-muong-bu.xlsx");
    expect(documentFileName("")).toBe("");
  });
});

describe("checking the forms among the open workbook's sheets", () => {
  async function formsIn(count: number) {
    const plans = planSamples(catalog, may)
      .filter((p) => p.send)
      .slice(0, count);
    const forms = await Promise.all(plans.map((plan) => sampleFileBytes(catalog, plan)));
    const excel = await FakeWorkbookReads.fromXlsx(await workbookBytes(await collectingWorkbook(forms)));
    return { plans, excel, forms: { name: "Tong hop.xlsx", readGrids: () => readFormSheetGrids(excel.context) } };
  }

  it("checks each unit's copied sheets, its findings pointing at the sheets in this workbook", async () => {
    const { plans, excel, forms } = await formsIn(3);
    const actions = createCheckActions(catalog, { name: "Tong hop.xlsx", forms, selectCell: jest.fn() });
    const outcome = await actions.checkActiveWorkbook!(options, context());
    expect(outcome.source).toBe("workbook");
    expect(outcome.files.map((file) => file.unitId)).toEqual(plans.map((plan) => plan.unitId));
    const sheets = new Set(outcome.findings.flatMap((finding) => (finding.sheet ? [finding.sheet] : [])));
    expect([...sheets].every((sheet) => /^(Chỉ tiêu|Nhiệm vụ)( \([23]\))?$/.test(sheet))).toBe(true);
    expect(excel.syncCount).toBe(3);
  });

  it("says in Vietnamese that the workbook holds no unit's form", async () => {
    const excel = await FakeWorkbookReads.fromXlsx(await workbookBytes(await collectingWorkbook([])));
    const forms = { name: "Book1", readGrids: () => readFormSheetGrids(excel.context) };
    const actions = createCheckActions(catalog, { name: "Book1", forms, selectCell: jest.fn() });
    await expect(actions.checkActiveWorkbook!(options, context())).rejects.toThrow(uiTexts.sheets.noForms);
  });

  it("says in Vietnamese when Excel refuses to hand the sheets over", async () => {
    const forms = { name: "Book1", readGrids: () => Promise.reject(new Error("RichApi.Error")) };
    const actions = createCheckActions(catalog, { name: "Book1", forms, selectCell: jest.fn() });
    await expect(actions.checkActiveWorkbook!(options, context())).rejects.toThrow(uiTexts.sheets.readFailed);
  });
});
