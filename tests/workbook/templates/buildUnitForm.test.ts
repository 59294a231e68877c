import { indicatorColumns, TASK_COLUMNS } from "../../../src/domain/forms/formColumns";
import type ExcelJS from "exceljs";
import { formContentFor, formFingerprint } from "../../../src/domain/forms/formContent";
import { buildBlankForm, buildFormWorkbook } from "../../../src/workbook/templates/buildUnitForm";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { CATALOG, cellAt, loadXlsx, locateTable, MAY_2026, sheetOf, writtenForm } from "./formTestSupport";

/** What ExcelJS reads back but its typings leave out. */
interface ReadSheetExtras {
  sheetProtection: Record<string, unknown>;
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

const extras = (sheet: ExcelJS.Worksheet) => sheet as unknown as ReadSheetExtras;

describe("the form of Xã Mường Sại for tháng 5/2026", () => {
  let workbook: ExcelJS.Workbook;
  let indicators: ExcelJS.Worksheet;
  let tasks: ExcelJS.Worksheet;
  const content = formContentFor(CATALOG, "xa-muong-sai");

  beforeAll(async () => {
    workbook = await loadXlsx(await writtenForm("xa-muong-sai"));
    indicators = sheetOf(workbook, "Chỉ tiêu");
    tasks = sheetOf(workbook, "Nhiệm vụ");
  });

  it("has the cover, the two tables, the documents table and the very hidden identity, in that order", () => {
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["Thông tin", "visible"],
      ["Chỉ tiêu", "visible"],
      ["Nhiệm vụ", "visible"],
      ["Văn bản", "visible"],
      ["_dinh_danh", "veryHidden"],
    ]);
  });

  it("prints the header texts of the contract", () => {
    expect(locateTable(indicators).headers).toEqual(new Map(indicatorColumns(2026).map((c, i) => [c.header, i + 1])));
    expect([...locateTable(indicators).headers.keys()]).toEqual([
      "Mã",
      "STT",
      "Các mục tiêu/chỉ tiêu",
      "Kết quả năm 2025",
      "Chỉ tiêu năm 2026",
      "Kết quả thực hiện",
      "Tử số",
      "Mẫu số",
      "Ghi chú",
    ]);
    expect([...locateTable(tasks).headers.keys()]).toEqual(TASK_COLUMNS.map((c) => c.header));
    expect(locateTable(tasks).headers.get("Tiến độ")).toBe(6);
  });

  it("lists exactly the indicators and tasks the commune leads or coordinates, in catalog order", () => {
    expect(content.indicators).toHaveLength(37);
    // 52 of the CĐS plan and the five instructions letter 002 gives every commune (GV.1.1–GV.1.5).
    expect(content.tasks).toHaveLength(57);
    expect([...locateTable(indicators).rows.keys()]).toEqual(content.indicators.map((i) => i.id));
    const rows = [...locateTable(tasks).rows.keys()];
    expect(rows.filter((id) => !id.includes("#"))).toEqual(content.tasks.map((t) => t.id));
    // Six of the commune's tasks have a deadline in two parts: a row for each right under the task.
    const composite = ["NV.I.1", "NV.I.2", "NV.I.10", "NV.II.3", "NV.VIII.9", "NV.IX.1"];
    expect(rows.filter((id) => id.includes("#"))).toEqual(composite.flatMap((id) => [`${id}#1`, `${id}#2`]));
    for (const id of composite)
      expect(rows.slice(rows.indexOf(id) + 1, rows.indexOf(id) + 3)).toEqual([`${id}#1`, `${id}#2`]);
  });

  it("asks Tiến độ for each part of a composite deadline on its own row, with the list, and nothing else there", () => {
    const table = locateTable(tasks);
    expect(table.cell("NV.I.2", "Tiến độ").value).toBe("Ghi theo từng phần bên dưới");
    expect(table.cell("NV.I.2", "Tiến độ").protection?.locked).not.toBe(false);
    expect(table.cell("NV.I.2", "Tiến độ").dataValidation).toBeUndefined();
    expect(table.cell("NV.I.2", "Tỷ lệ hoàn thành (%)").protection).toMatchObject({ locked: false });
    const part = (id: string) => ["Tên nhiệm vụ", "Thời gian hoàn thành"].map((header) => table.cell(id, header).value);
    expect(part("NV.I.2#1")).toEqual(["Phần Kế hoạch", "Trước 10/5/2026"]);
    expect(part("NV.I.2#2")).toEqual(["Phần Báo cáo", "Quý, 6 tháng, năm và đột xuất"]);
    expect(part("NV.I.10#1")).toEqual(["Phần (1) (2) (3) (4)", "31/5/2026"]);
    expect(part("NV.II.3#2")).toEqual(["Phần (2)", "Tháng 10/2026"]);
    for (const id of ["NV.I.2#1", "NV.I.2#2"]) {
      expect(table.cell(id, "Tiến độ").protection).toMatchObject({ locked: false });
      expect(table.cell(id, "Tiến độ").dataValidation).toMatchObject({
        type: "list",
        formulae: ['"Đã hoàn thành,Đang thực hiện,Chưa thực hiện"'],
      });
      for (const header of [
        "Tỷ lệ hoàn thành (%)",
        "Mô tả kết quả trong kỳ",
        "Khó khăn, vướng mắc",
        "Đề xuất, kiến nghị",
      ]) {
        expect(table.cell(id, header).protection?.locked).not.toBe(false);
        expect(table.cell(id, header).dataValidation).toBeUndefined();
      }
    }
  });

  it("copies the plan's texts into the fixed columns", () => {
    const table = locateTable(indicators);
    expect(table.cell("CDS.II.1", "Chỉ tiêu năm 2026").value).toBe("Đảm bảo bố trí ít nhất 1%");
    expect(table.cell("CDS.III.8", "Chỉ tiêu năm 2026").value).toBe("≥ 80%");
    expect(table.cell("KHCN.III.5", "Kết quả năm 2025").value).toMatch(/^253 \(Bộ Khoa học và Công nghệ chưa ban hành/);
    const task = locateTable(tasks);
    expect(task.cell("NV.I.2", "Thời gian hoàn thành").value).toBe(
      "- Kế hoạch: Trước 10/5/2026 - Báo cáo: Quý, 6 tháng, năm và đột xuất",
    );
  });

  it("prints part and group rows in bold without Mã, and the parent row before sub-rows", () => {
    const row = (r: number) => indicators.getRow(r);
    const firstData = locateTable(indicators).headerRow + 1;
    expect(row(firstData).getCell(3).value).toBe("A. KHOA HỌC CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO");
    expect(row(firstData + 1).getCell(2).value).toBe("I");
    expect(row(firstData + 1).getCell(3).value).toBe("Phát triển nguồn lực");
    expect(row(firstData + 1).getCell(3).font.bold).toBe(true);
    expect(row(firstData + 1).getCell(1).value).toBeNull();
    const table = locateTable(indicators);
    const first81 = table.rows.get("CDS.II.8.1") as number;
    expect(row(first81 - 1).getCell(2).value).toBe("8");
    expect(row(first81 - 1).getCell(1).value).toBeNull();
    const taskTable = locateTable(tasks);
    const v5a = taskTable.rows.get("NV.V.5.a") as number;
    expect(tasks.getRow(v5a - 1).getCell(3).value).toBe("Triển khai các Hệ thống thông tin, CSDL chuyên ngành");
  });

  it("computes a combined rate from Tử số and Mẫu số with a formula the unit sees", () => {
    const table = locateTable(indicators);
    const row = table.rows.get("CDS.III.4") as number;
    expect(table.cell("CDS.III.4", "Kết quả thực hiện").formula).toBe(
      `IF(AND(ISNUMBER(G${row}),ISNUMBER(H${row}),H${row}>0),ROUND(G${row}/H${row}*100,2),"")`,
    );
    expect(table.cell("CDS.III.4", "Tử số").protection).toMatchObject({ locked: false });
    expect(table.cell("CDS.III.4", "Mẫu số").protection).toMatchObject({ locked: false });
  });

  it("greys out and locks Tử số and Mẫu số where the indicator is not a combined rate", () => {
    const table = locateTable(indicators);
    // KHCN.I.1 counts researchers (summed); CDS.III.15 is a share of communes, not a ratio of counts.
    for (const id of ["KHCN.I.1", "CDS.III.15"]) {
      for (const header of ["Tử số", "Mẫu số"]) {
        const cell = table.cell(id, header);
        expect(cell.protection?.locked).not.toBe(false);
        expect(cell.fill).toMatchObject({ fgColor: { argb: "FFD9D9D9" } });
      }
      expect(table.cell(id, "Kết quả thực hiện").formula).toBeUndefined();
    }
  });

  it("locks the fixed columns, unlocks the inputs and protects every visible sheet without a password", () => {
    const table = locateTable(indicators);
    for (const header of ["Mã", "STT", "Các mục tiêu/chỉ tiêu", "Kết quả năm 2025", "Chỉ tiêu năm 2026"]) {
      expect(table.cell("CDS.II.2", header).protection?.locked).not.toBe(false);
    }
    for (const header of ["Kết quả thực hiện", "Ghi chú"]) {
      expect(table.cell("CDS.II.2", header).protection).toMatchObject({ locked: false });
    }
    const taskTable = locateTable(tasks);
    for (const header of TASK_COLUMNS.filter((c) => c.role === "input").map((c) => c.header)) {
      expect(taskTable.cell("NV.V.5.c", header).protection).toMatchObject({ locked: false });
    }
    expect(taskTable.cell("NV.V.5.c", "Tên nhiệm vụ").protection?.locked).not.toBe(false);
    for (const name of ["Thông tin", "Chỉ tiêu", "Nhiệm vụ"]) {
      const protection = extras(sheetOf(workbook, name)).sheetProtection;
      expect(protection).toMatchObject({ sheet: true });
      expect(protection).not.toHaveProperty("hashValue");
      expect(protection).not.toHaveProperty("password");
    }
  });

  it("checks Kết quả thực hiện by a formula that stops a number out of range but lets a reason through", () => {
    const table = locateTable(indicators);
    const percent = table.cell("CDS.II.1", "Kết quả thực hiện");
    const ref = percent.address;
    expect(percent.dataValidation).toMatchObject({
      type: "custom",
      formulae: [`OR(ISTEXT(${ref}),AND(${ref}>=0,${ref}<=100))`],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "Kết quả (%)",
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Tỷ lệ không hợp lệ",
    });
    expect(percent.dataValidation.prompt).toContain("Ước 87,6%");
    // KHCN.II.9 (articles) is a count: whole numbers only, reasons allowed. It is the only row of its run.
    const count = table.cell("KHCN.II.9", "Kết quả thực hiện");
    expect(count.dataValidation).toMatchObject({
      type: "custom",
      formulae: [`OR(ISTEXT(${count.address}),AND(${count.address}>=0,${count.address}=INT(${count.address})))`],
      errorTitle: "Số lượng không hợp lệ",
    });
  });

  it("checks Tử số ≤ Mẫu số, both whole and not negative, from either cell", () => {
    const table = locateTable(indicators);
    const n = table.cell("CDS.III.4", "Tử số").address;
    const d = table.cell("CDS.III.4", "Mẫu số").address;
    // CDS.III.4 sits inside a run of ratio rows, so its rule is written relative to the run's first row.
    const first = table.rows.get("CDS.III.1") as number;
    const [n1, d1] = [`G${first}`, `H${first}`];
    expect(n).toBe(`G${table.rows.get("CDS.III.4")}`);
    expect(table.cell("CDS.III.4", "Tử số").dataValidation).toMatchObject({
      type: "custom",
      formulae: [`AND(ISNUMBER(${n1}),${n1}>=0,${n1}=INT(${n1}),OR(NOT(ISNUMBER(${d1})),${n1}<=${d1}))`],
      errorTitle: "Tử số không hợp lệ",
      errorStyle: "stop",
    });
    expect(table.cell("CDS.III.4", "Mẫu số").dataValidation).toMatchObject({
      type: "custom",
      formulae: [`AND(ISNUMBER(${d1}),${d1}>0,${d1}=INT(${d1}),OR(NOT(ISNUMBER(${n1})),${n1}<=${d1}))`],
      errorTitle: "Mẫu số không hợp lệ",
    });
    expect(d).toBe(`H${table.rows.get("CDS.III.4")}`);
  });

  it("offers the three statuses as a list and a completion rate between 0 and 100", () => {
    const table = locateTable(tasks);
    expect(table.cell("NV.V.5.c", "Tiến độ").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Đã hoàn thành,Đang thực hiện,Chưa thực hiện"'],
      promptTitle: "Tiến độ",
      errorTitle: "Tiến độ không hợp lệ",
    });
    expect(table.cell("NV.V.5.c", "Tỷ lệ hoàn thành (%)").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 100],
    });
    expect(table.cell("NV.V.5.c", "Mô tả kết quả trong kỳ").dataValidation).toMatchObject({
      type: "custom",
      promptTitle: "Mô tả kết quả trong kỳ",
    });
  });

  it("paints a result below its target red, one rule per run of rows with the same target", () => {
    const table = locateTable(indicators);
    const formats = extras(indicators).conditionalFormattings;
    const at = (id: string) => formats.find((f) => f.ref.split(":")[0] === table.cell(id, "Kết quả thực hiện").address);
    // CDS.III.3 "≥ 70%" follows CDS.III.2 "100%": a run of its own.
    const row = table.rows.get("CDS.III.3") as number;
    expect(at("CDS.III.3")?.rules[0]).toMatchObject({
      type: "expression",
      formulae: [`AND(ISNUMBER(F${row}),F${row}<70)`],
    });
    expect(at("CDS.III.3")?.rules[0].style?.fill).toMatchObject({ bgColor: { argb: "FFFFC7CE" } });
    // CDS.III.6, III.7 and III.8 all say ≥ 80%: one range.
    const six = table.rows.get("CDS.III.6") as number;
    expect(at("CDS.III.6")?.ref).toBe(`F${six}:F${six + 2}`);
  });

  it("names the unit, the period and the deadline on the cover", () => {
    const cover = sheetOf(workbook, "Thông tin");
    const texts: string[] = [];
    cover.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toEqual(
      expect.arrayContaining([
        "Xã Mường Sại",
        "tháng 5/2026",
        "Gửi trước ngày 11/5/2026",
        "Người lập báo cáo",
        "Số điện thoại",
        "Thư điện tử",
        "Đang thống kê số liệu",
        "Chưa triển khai",
        "Chưa đến kỳ báo cáo",
        "Đơn vị chưa cung cấp số liệu",
        "Chưa có phương pháp thống kê",
      ]),
    );
    expect(cover.pageSetup).toMatchObject({ orientation: "portrait", paperSize: 9 });
  });

  it("carries the identity with the fingerprint of the unit's fixed content", () => {
    const identity = sheetOf(workbook, "_dinh_danh");
    const pairs = identity
      .getSheetValues()
      .flatMap((row) => (row ? [[(row as unknown[])[1], (row as unknown[])[2]]] : []));
    expect(pairs).toEqual([
      ["template_id", "baocao-cds/bieu-mau-don-vi"],
      ["template_version", 1],
      ["catalog_year", 2026],
      ["unit_id", "xa-muong-sai"],
      ["period", "2026-05"],
      ["fingerprint", formFingerprint(content, { unitId: "xa-muong-sai", period: "2026-05" })],
    ]);
  });

  it("sets the decree's page: A4 landscape, margins 20/20/30/15 mm, header row repeated, one page wide", () => {
    const header = locateTable(indicators).headerRow;
    expect(indicators.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${header}:${header}`,
    });
    expect(indicators.pageSetup.margins?.left).toBeCloseTo(30 / 25.4, 6);
    expect(indicators.pageSetup.margins?.right).toBeCloseTo(15 / 25.4, 6);
    expect(indicators.pageSetup.margins?.bottom).toBeCloseTo(20 / 25.4, 6);
    expect(indicators.headerFooter.oddFooter).toBe("&CTrang &P/&N");
    expect(cellAt(indicators, "C10").font.name).toBe("Times New Roman");
  });
});

describe("forms of other units and the blank form", () => {
  it("leaves Sở Khoa học và Công nghệ's form with its 44 indicators and 62 + 25 tasks, each programme under its heading", async () => {
    const workbook = await loadXlsx(await writtenForm("so-khcn"));
    expect(locateTable(sheetOf(workbook, "Chỉ tiêu")).rows.size).toBe(44);
    const sheet = sheetOf(workbook, "Nhiệm vụ");
    const table = locateTable(sheet);
    // 62 of the CĐS plan; KHCN plan 9, carried over 1 + 1 + 1 + 7, letter 002: 1.(1)–(5) and item 2; and a row
    // for each of the two parts of the seven composite deadlines.
    expect(table.rows.size).toBe(62 + 25 + 14);
    const name = table.col("Tên nhiệm vụ");
    const headings: [number, unknown][] = [];
    for (let r = table.headerRow + 1; r <= sheet.rowCount; r++) {
      const [idCell, nameCell] = [sheet.getRow(r).getCell(1), sheet.getRow(r).getCell(name)];
      if (idCell.value === null && nameCell.font?.bold) headings.push([r, nameCell.value]);
    }
    const programmeTitles = CATALOG.programmes.map((programme) => programme.title);
    const programmeRows = headings.filter(([, title]) => programmeTitles.includes(String(title)));
    expect(programmeRows.map(([, title]) => title)).toEqual(programmeTitles);
    // Each heading comes right before its programme's first task (or its first group row).
    const firstTask = table.rows.get("KHCN.NV.I.1") ?? 0;
    const khcnHeading = programmeRows.find(
      ([, title]) => title === "Nhiệm vụ Khoa học công nghệ, đổi mới sáng tạo năm 2026",
    );
    expect(khcnHeading?.[0]).toBe(firstTask - 2);
    expect(table.rows.get("CT2025.B1.1")).toBe((programmeRows[1]?.[0] ?? 0) + 1);
  });

  it("gives a unit with only tasks an indicator sheet with its header and no rows", async () => {
    const workbook = await loadXlsx(await writtenForm("bao-ptth-son-la"));
    expect(locateTable(sheetOf(workbook, "Chỉ tiêu")).rows.size).toBe(0);
    expect([...locateTable(sheetOf(workbook, "Nhiệm vụ")).rows.keys()]).toEqual(["NV.II.2"]);
  });

  it("puts every reported item in the blank form, with no unit and the unit name as an input", async () => {
    const workbook = await loadXlsx(await writeXlsx(buildBlankForm(CATALOG, MAY_2026)));
    expect(locateTable(sheetOf(workbook, "Chỉ tiêu")).rows.size).toBe(53);
    // The CĐS plan's 75 and the other programmes' 29 (KHCN 9, carried over 10, letter 002 10), and 14 part rows.
    expect(locateTable(sheetOf(workbook, "Nhiệm vụ")).rows.size).toBe(75 + 29 + 14);
    const identity = sheetOf(workbook, "_dinh_danh");
    expect(cellAt(identity, "A4").value).toBe("unit_id");
    expect(cellAt(identity, "B4").value).toBe("");
    const cover = sheetOf(workbook, "Thông tin");
    expect(cellAt(cover, "B4").value).toBe("Đơn vị báo cáo");
    expect(cellAt(cover, "C4").protection).toMatchObject({ locked: false });
  });

  it("refuses an unknown unit id", () => {
    expect(() => buildFormWorkbook(CATALOG, "xa-khong-co", MAY_2026)).toThrow("xa-khong-co");
  });
});
