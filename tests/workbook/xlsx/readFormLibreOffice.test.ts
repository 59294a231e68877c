import JSZip from "jszip";
import { readForm } from "../../../src/workbook/xlsx/readForm";
import { fillForm, type Expected } from "../templates/fillForm";
import { loadXlsx, resaveWithLibreOffice, sheetOf, writtenForm } from "../templates/formTestSupport";

describe("readForm on a form LibreOffice re-saved", () => {
  let resaved: Uint8Array;
  let expected: Expected;

  beforeAll(async () => {
    const filled = await fillForm(await writtenForm("xa-muong-sai"), "xa-muong-sai");
    expected = filled.expected;
    resaved = resaveWithLibreOffice(filled.bytes, "2026-05_xa-muong-sai.xlsx");
  }, 120_000);

  it("is LibreOffice's own file, not ours passed through", async () => {
    const app = await (await JSZip.loadAsync(resaved)).file("docProps/app.xml")?.async("string");
    expect(app).toContain("LibreOffice");
    const workbook = await loadXlsx(resaved);
    expect(sheetOf(workbook, "_dinh_danh").state).not.toBe("visible");
  });

  it("reads the same submission: values, cached formula results, percent formats, addresses and contact", async () => {
    const result = await readForm(resaved, "2026-05_xa-muong-sai.xlsx", "2026-05-09T08:15:00+07:00");
    if (!result.ok) throw new Error(result.finding.message);
    expect(result.value.notes).toEqual([]);
    expect(result.value.submission.identity?.unitId).toBe("xa-muong-sai");
    expect(result.value.submission.contact).toEqual(expected.contact);
    expect(result.value.submission.indicators).toEqual(expected.indicators);
    expect(result.value.submission.tasks).toEqual(expected.tasks);
  });
});
