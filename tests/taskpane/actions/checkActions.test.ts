import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { createCheckActions } from "../../../src/taskpane/actions/checkActions";
import { documentFileName } from "../../../src/taskpane/actions/openWorkbook";
import type { OperationContext } from "../../../src/taskpane/common/useOperation";
import { planSamples } from "../../../src/samples/planSamples";
import { sampleFileBytes } from "../../../src/samples/sampleFile";

const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const catalog = catalog2026();
const options = { period: may, asOf: "2026-05-14" };

function context(): OperationContext {
  return { signal: new AbortController().signal, progress: jest.fn() };
}

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
