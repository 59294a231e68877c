import type ExcelJS from "exceljs";
import { formContentFor } from "../../../src/domain/forms/formContent";
import { buildBlankForm } from "../../../src/workbook/templates/buildUnitForm";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { CATALOG, cellAt, loadXlsx, MAY_2026, sheetOf, writtenForm } from "./formTestSupport";

const taskIdsOf = (unitId: string) => formContentFor(CATALOG, unitId).tasks.map((task) => task.id);
/** A unit whose task codes fit Excel's 255-character list, and one whose codes do not. */
const FEW = CATALOG.units.find((unit) => {
  const ids = taskIdsOf(unit.id);
  return ids.length > 1 && ids.join(",").length <= 255;
})!.id;
const MANY = CATALOG.units.find((unit) => taskIdsOf(unit.id).join(",").length > 255)!.id;

describe("the form's “Văn bản” sheet", () => {
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    sheet = sheetOf(await loadXlsx(await writtenForm(FEW)), "Văn bản");
  });

  it("titles the table, names the unit and says the table is optional, above the header of row 4", () => {
    expect(String(cellAt(sheet, "A1").value)).toContain("VĂN BẢN");
    const unit = CATALOG.units.find((candidate) => candidate.id === FEW)!;
    expect(cellAt(sheet, "A2").value).toBe(`Đơn vị: ${unit.name} — Kỳ báo cáo: tháng 5/2026`);
    expect(String(cellAt(sheet, "A3").value)).toContain("Không bắt buộc");
    expect((sheet.getRow(4).values as unknown[]).slice(1, 6)).toEqual([
      "STT",
      "Số/ký hiệu",
      "Ngày ban hành",
      "Trích yếu",
      "Mã nhiệm vụ liên quan",
    ]);
  });

  it("numbers 30 locked rows, with yellow unlocked inputs and a day/month/year date column", () => {
    for (let row = 5; row <= 34; row++) {
      expect(cellAt(sheet, `A${row}`).value).toBe(row - 4);
      expect(cellAt(sheet, `A${row}`).protection?.locked).not.toBe(false);
      for (const column of ["B", "C", "D", "E"]) {
        const cell = cellAt(sheet, `${column}${row}`);
        expect(cell.protection).toMatchObject({ locked: false });
        expect(cell.fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
      }
      expect(cellAt(sheet, `C${row}`).numFmt).toBe("dd/mm/yyyy");
      expect(cellAt(sheet, `B${row}`).numFmt).toBe("@");
    }
    expect(cellAt(sheet, "A35").value).toBeNull();
    expect((sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection).toMatchObject({
      sheet: true,
    });
  });

  it("checks the số/ký hiệu and the day in Excel, letting a day typed as text through for the reader", () => {
    expect(cellAt(sheet, "B5").dataValidation).toMatchObject({
      type: "custom",
      formulae: ['AND(LEN(B5)<=50,ISNUMBER(SEARCH("/",B5)))'],
      errorStyle: "stop",
      promptTitle: "Số, ký hiệu văn bản",
    });
    expect(cellAt(sheet, "C20").dataValidation).toMatchObject({
      type: "custom",
      formulae: ["OR(ISTEXT(C5),AND(ISNUMBER(C5),C5>=1,C5<=TODAY()))"],
      promptTitle: "Ngày ban hành",
    });
  });

  it("offers the unit's own task codes as a list, read from its tasks listed beside the table", () => {
    const tasks = formContentFor(CATALOG, FEW).tasks;
    expect([cellAt(sheet, "G4").value, cellAt(sheet, "H4").value]).toEqual(["Mã nhiệm vụ", "Nhiệm vụ của đơn vị"]);
    tasks.forEach((task, i) => {
      expect([cellAt(sheet, `G${5 + i}`).value, cellAt(sheet, `H${5 + i}`).value]).toEqual([task.id, task.name]);
      expect(cellAt(sheet, `G${5 + i}`).protection?.locked).not.toBe(false);
    });
    expect(cellAt(sheet, `G${5 + tasks.length}`).value).toBeNull();
    expect(cellAt(sheet, "E7").dataValidation).toMatchObject({
      type: "list",
      formulae: [`$G$5:$G$${4 + tasks.length}`],
      promptTitle: "Mã nhiệm vụ liên quan",
      errorStyle: "stop",
    });
  });

  it("keeps the list past Excel's 255 characters of a typed list: a busy unit and the blank form", async () => {
    const blank = await writeXlsx(buildBlankForm(CATALOG, MAY_2026));
    const leaves = CATALOG.tasks.filter((task) => !task.isHeading).length;
    for (const [bytes, count] of [
      [await writtenForm(MANY), taskIdsOf(MANY).length],
      [blank, leaves],
    ] as const) {
      const other = sheetOf(await loadXlsx(bytes), "Văn bản");
      expect(cellAt(other, "E5").dataValidation).toMatchObject({ type: "list", formulae: [`$G$5:$G$${4 + count}`] });
    }
    expect(taskIdsOf(MANY).join(",").length).toBeGreaterThan(255);
  });

  it("prints only the documents table", async () => {
    const workbook = await loadXlsx(await writtenForm(FEW));
    expect(sheetOf(workbook, "Văn bản").pageSetup.printArea).toBe("A1:E34");
  });
});
