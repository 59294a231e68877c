/**
 * readXlsx on files made by hand: what ECMA-376 allows that our own writer never writes (cells and rows without
 * `r`, inline and rich strings, shared formulas, 1904 dates, formats by row and column), and what an attacker
 * or a broken transfer makes (sizes that lie, a wrong CRC, an entry twice, cells at the sheet's far end).
 */
import { crc32 } from "node:zlib";
import { strFromU8, strToU8, unzipSync } from "fflate";
import type { SheetGrid } from "../../../src/workbook/reading/sheetGrid";
import { Crc32 } from "../../../src/workbook/xlsx/crc32";
import { readSubmittedFile } from "../../../src/workbook/xlsx/readSubmittedFile";
import { readXlsx } from "../../../src/workbook/xlsx/readXlsx";
import { fillForm } from "../templates/fillForm";
import { writtenForm } from "../templates/formTestSupport";
import {
  bookParts,
  craftZip,
  deflatedZeros,
  editXml,
  handMadeXlsx,
  honestEntry,
  type HandMadeBook,
} from "./handMadeXlsx";

const FILE = "2026-05_xa-muong-sai.xlsx";
const RECEIVED = "2026-05-09T08:15:00+07:00";

function gridOf(book: HandMadeBook, name = book.sheets[0].name): SheetGrid {
  const read = readXlsx(handMadeXlsx(book), (names) => names);
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.value.grids.get(name) as SheetGrid;
}

const raws = (grid: SheetGrid, row: number, cols: number) =>
  Array.from({ length: cols }, (_, i) => grid.input(row, i + 1).raw);

describe("readXlsx: what other writers write", () => {
  it("places cells without `r` after the previous cell, and rows without `r` after the previous row", () => {
    const grid = gridOf({
      sheets: [
        {
          name: "S",
          data:
            '<row><c t="inlineStr"><is><t>Mã</t></is></c><c><v>12</v></c><c t="b"><v>1</v></c></row>' +
            '<row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row>' +
            "<row><c><v>5</v></c></row>",
        },
      ],
    });
    expect(raws(grid, 1, 3)).toEqual(["Mã", 12, true]);
    expect(grid.input(4, 4)).toEqual({ sheet: "S", cell: "D4", raw: 4 });
    expect(grid.input(5, 1)).toEqual({ sheet: "S", cell: "A5", raw: 5 });
    expect(grid.rowTexts(1)).toEqual([
      [1, "Mã"],
      [2, "12"],
      [3, "true"],
    ]);
    expect(grid.rowCount).toBe(5);
  });

  it("reads shared strings (rich runs joined, phonetic guides left out, _x000D_ unescaped) and inline rich strings", () => {
    const grid = gridOf({
      sharedStrings: [
        "<t>Xã Mường Sại</t>",
        '<r><t>Đã </t></r><r><rPr><b/></rPr><t xml:space="preserve">hoàn thành</t></r>',
        '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>',
        "<t>dòng 1_x000D_dòng 2</t>",
      ],
      sheets: [
        {
          name: "S",
          data:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
            '<c r="D1" t="s"><v>3</v></c><c r="E1" t="inlineStr"><is><r><t>Ước </t></r><r><t>95%</t></r></is></c></row>',
        },
      ],
    });
    expect(raws(grid, 1, 5)).toEqual(["Xã Mường Sại", "Đã hoàn thành", "東京", "dòng 1\rdòng 2", "Ước 95%"]);
  });

  it("gives a shared formula's cached results, a formula's cached text, and error values", () => {
    const grid = gridOf({
      sheets: [
        {
          name: "S",
          data:
            '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>' +
            '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c>' +
            '<c r="C2" t="str"><f>"x"&amp;A2</f><v>x2</v></c></row>' +
            '<row r="3"><c r="B3"><f t="shared" si="0"/><v>0</v></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
            '<c r="D3" t="e"><v>#N/A</v></c></row>',
        },
      ],
    });
    expect(grid.input(2, 2)).toEqual({ sheet: "S", cell: "B2", raw: 4, formula: true });
    expect(grid.input(2, 3)).toEqual({ sheet: "S", cell: "C2", raw: "x2", formula: true });
    expect(grid.input(3, 2)).toEqual({ sheet: "S", cell: "B3", raw: 0, formula: true });
    expect(grid.input(3, 3)).toEqual({ sheet: "S", cell: "C3", raw: null, error: "#DIV/0!", formula: true });
    expect(grid.input(3, 4)).toEqual({ sheet: "S", cell: "D3", raw: null, error: "#N/A" });
  });

  it("reads day counts as dates in the 1900 and the 1904 systems", () => {
    const data =
      '<row r="1"><c r="A1" s="1"><v>46152</v></c><c r="B1" s="2"><v>0</v></c><c r="C1"><v>46152</v></c></row>';
    const styles = { numFmts: '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>', cellXfs: [0, 164, 14] };
    expect(raws(gridOf({ styles, sheets: [{ name: "S", data }] }), 1, 3)).toEqual(["2026-05-10", "1899-12-30", 46152]);
    expect(raws(gridOf({ styles, date1904: true, sheets: [{ name: "S", data }] }), 1, 3)).toEqual([
      "2030-05-11",
      "1904-01-01",
      46152,
    ]);
  });

  it("marks percent formats: a cell's own, or for a cell not written its row's, else its column's", () => {
    const grid = gridOf({
      styles: { numFmts: '<numFmt numFmtId="165" formatCode="0.0&quot;%&quot;"/>', cellXfs: [0, 9, 165, 3] },
      sheets: [
        {
          name: "S",
          before: '<cols><col min="2" max="3" style="1"/><col min="10" max="16384" style="1"/></cols>',
          data:
            '<row r="1"><c r="A1" s="1"><v>0.876</v></c><c r="D1" s="2"><v>87.6</v></c></row>' +
            '<row r="2" s="3" customFormat="1"><c r="A2" s="1"/></row>',
        },
      ],
    });
    expect(grid.input(1, 1)).toEqual({ sheet: "S", cell: "A1", raw: 0.876, percentFormat: true });
    // A quoted "%" is text, not a percent.
    expect(grid.input(1, 4)).toEqual({ sheet: "S", cell: "D1", raw: 87.6 });
    expect(grid.input(1, 2).percentFormat).toBe(true);
    // Row 2's own format (#,##0) comes before its columns'; A2 is formatted itself.
    expect(grid.input(2, 2).percentFormat).toBeUndefined();
    expect(grid.input(2, 1).percentFormat).toBe(true);
    expect(grid.input(5, 3).percentFormat).toBe(true);
    expect(grid.input(5, 4).percentFormat).toBeUndefined();
    expect(grid.input(7, 16_384).percentFormat).toBe(true);
  });

  it("blanks the cells a merge covers and names its top-left cell", () => {
    const merged = gridOf({
      sheets: [
        {
          name: "S",
          data: '<row r="2"><c r="B2"><v>7</v></c><c r="C2"><v>8</v></c></row>',
          after: '<mergeCells count="1"><mergeCell ref="B2:C3"/></mergeCells>',
        },
      ],
    });
    expect(merged.input(2, 2).raw).toBe(7);
    expect(merged.input(2, 3)).toEqual({ sheet: "S", cell: "C2", raw: null });
    expect(merged.coveringMerge(3, 3)).toBe("B2");
    expect(merged.coveringMerge(2, 2)).toBeUndefined();
  });
});

describe("readXlsx: hostile and damaged files", () => {
  let filled: Uint8Array;

  beforeAll(async () => {
    ({ bytes: filled } = await fillForm(await writtenForm("xa-muong-sai"), "xa-muong-sai"));
  });

  it("computes the zip CRC-32 as zlib does", () => {
    const crc = new Crc32();
    const bytes = strToU8("Báo cáo chuyển đổi số tháng 5/2026");
    crc.update(bytes.subarray(0, 7));
    crc.update(bytes.subarray(7));
    expect(crc.value).toBe(crc32(bytes));
  });

  it("reads a form whose cells and rows carry no `r` as the same form", async () => {
    const original = await readSubmittedFile(filled, FILE, RECEIVED);
    const withoutR = editXml(filled, (name, xml) => (name.startsWith("xl/worksheets/") ? withoutReferences(xml) : xml));
    expect(sheetXml(withoutR)).not.toMatch(/<c r=|<row r=/);
    expect(sheetXml(withoutR)).toMatch(/<c s=/);
    const read = await readSubmittedFile(withoutR, FILE, RECEIVED);
    expect(read).toEqual(original);
    expect(read.ok).toBe(true);
  });

  it("reads a form with formatted cells at row 1,048,576 and a dimension of the whole sheet, as the same form", async () => {
    const original = await readSubmittedFile(filled, FILE, RECEIVED);
    const far = editXml(filled, (name, xml) =>
      name.startsWith("xl/worksheets/")
        ? xml
            .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
            .replace(
              "</sheetData>",
              '<row r="1048576"><c r="A1048576" s="1"/><c r="D1048576" s="1"/><c r="Z1048576" s="1"/><c r="XFD1048576" s="1"/></row></sheetData>',
            )
        : xml,
    );
    expect(sheetXml(far)).toContain('<c r="XFD1048576" s="1"/>');
    const read = await readSubmittedFile(far, FILE, RECEIVED);
    expect(read).toEqual(original);
  });

  it("holds only written cells: a value at the sheet's last cell is read, the rows between are not there", () => {
    const grid = gridOf({
      sheets: [{ name: "S", data: '<row r="1048576"><c r="XFD1048576"><v>9</v></c></row>' }],
    });
    expect(grid.rowCount).toBe(1_048_576);
    expect(grid.input(1_048_576, 16_384)).toEqual({ sheet: "S", cell: "XFD1048576", raw: 9 });
    expect(grid.rowTexts(500_000)).toEqual([]);
  });

  it("refuses an entry that inflates past the size it declares, after a few megabytes, naming it", async () => {
    // A sheet that declares 1,000 bytes and inflates to 2 GB of zeros (2 MB in the file).
    const parts = bookParts({ sheets: [{ name: "_dinh_danh", data: "" }] });
    const entries = Object.entries(parts).map(([name, xml]) =>
      name === "xl/worksheets/sheet1.xml"
        ? { name, deflated: deflatedZeros(2048), crc32: 0, uncompressedSize: 1000 }
        : honestEntry(name, xml),
    );
    const bomb = craftZip(entries);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const read = await readSubmittedFile(bomb, "bom.xlsx", RECEIVED);
    expect(read).toEqual({
      ok: false,
      finding: expect.objectContaining({
        file: "bom.xlsx",
        severity: "error",
        code: "size_mismatch",
        message: expect.stringContaining("“xl/worksheets/sheet1.xml”"),
      }),
    });
  });

  it("refuses an entry whose CRC-32 does not match its bytes, naming it", async () => {
    const parts = bookParts({ sheets: [{ name: "S", data: '<row r="1"><c r="A1"><v>12</v></c></row>' }] });
    const entries = Object.entries(parts).map(([name, xml]) => {
      const entry = honestEntry(name, xml);
      return name === "xl/worksheets/sheet1.xml" ? { ...entry, crc32: (entry.crc32 ^ 1) >>> 0 } : entry;
    });
    const honest = craftZip(Object.entries(parts).map(([name, xml]) => honestEntry(name, xml)));
    expect(readXlsx(honest, (names) => names).ok).toBe(true);
    const read = await readSubmittedFile(craftZip(entries), "sua.xlsx", RECEIVED);
    expect(read).toEqual({
      ok: false,
      finding: {
        file: "sua.xlsx",
        severity: "error",
        code: "crc_mismatch",
        message:
          "Tệp “sua.xlsx”: nội dung thành phần “xl/worksheets/sheet1.xml” không khớp mã kiểm tra (CRC-32) ghi trong tệp nén — tệp bị hỏng khi gửi hoặc đã bị sửa sau khi lưu; tệp không được đọc.",
        fix: "Đề nghị tải lại tệp từ thư điện tử hoặc Zalo; nếu vẫn lỗi, đề nghị đơn vị gửi lại.",
      },
    });
  });

  it("checks the CRC of entries it does not read too", async () => {
    const parts = { ...bookParts({ sheets: [{ name: "S", data: "" }] }), "docProps/app.xml": "<Properties/>" };
    const entries = Object.entries(parts).map(([name, xml]) => {
      const entry = honestEntry(name, xml);
      return name === "docProps/app.xml" ? { ...entry, crc32: (entry.crc32 + 1) >>> 0 } : entry;
    });
    const read = readXlsx(craftZip(entries), () => []);
    expect(read).toEqual({ ok: false, problem: { code: "crc_mismatch", entry: "docProps/app.xml" } });
  });

  it("refuses a zip holding a worksheet entry twice, naming it, before reading either", async () => {
    const parts = bookParts({ sheets: [{ name: "S", data: '<row r="1"><c r="A1"><v>12</v></c></row>' }] });
    const entries = Object.entries(parts).map(([name, xml]) => honestEntry(name, xml));
    const altered = honestEntry("xl/worksheets/sheet1.xml", parts["xl/worksheets/sheet1.xml"].replace("12", "9999"));
    const twice = craftZip([...entries, altered]);
    expect(readXlsx(twice, (names) => names)).toEqual({ ok: false, problem: { code: "unreadable" } });
    const read = await readSubmittedFile(twice, "hai-ban.xlsx", RECEIVED);
    expect(read).toEqual({
      ok: false,
      finding: {
        file: "hai-ban.xlsx",
        severity: "error",
        code: "duplicate_entry",
        message:
          "Tệp “hai-ban.xlsx”: thành phần “xl/worksheets/sheet1.xml” có hai lần trong tệp nén — dấu hiệu tệp đã bị sửa bằng công cụ khác, không biết bản nào là thật; tệp không được đọc.",
        fix: "Đề nghị đơn vị gửi lại biểu mẫu gốc đã điền; không mở tệp này bằng chương trình khác.",
      },
    });
  });

  it("refuses XML that is not well formed and a shared string that does not exist, as unreadable", () => {
    const broken = handMadeXlsx({ sheets: [{ name: "S", data: '<row r="1"><c r="A1"><v>1</v></row>' }] });
    expect(readXlsx(broken, (names) => names)).toEqual({
      ok: false,
      problem: { code: "unreadable", entry: "xl/worksheets/sheet1.xml" },
    });
    const missing = handMadeXlsx({
      sharedStrings: ["<t>a</t>"],
      sheets: [{ name: "S", data: '<row r="1"><c r="A1" t="s"><v>5</v></c></row>' }],
    });
    expect(readXlsx(missing, (names) => names).ok).toBe(false);
  });
});

/** Every worksheet part's XML, one after the other. */
function sheetXml(bytes: Uint8Array): string {
  return Object.entries(unzipSync(bytes))
    .filter(([name]) => name.startsWith("xl/worksheets/"))
    .map(([, data]) => strFromU8(data))
    .join("\n");
}

/**
 * The sheet XML as a writer that omits `r` writes it: every cell from column A and every row from row 1 is
 * present, so the gaps our writer leaves are filled with empty `<c/>` and `<row/>`, then each `r` is dropped.
 */
function withoutReferences(xml: string): string {
  let lastRow = 0;
  return xml.replace(
    /<row r="(\d+)"([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g,
    (_, r: string, attributes: string, end, body) => {
      const row = Number(r);
      const filler = "<row/>".repeat(row - lastRow - 1);
      lastRow = row;
      if (end === "/>") return `${filler}<row${attributes}/>`;
      let lastCol = 0;
      const cells = (body as string).replace(/<c r="([A-Z]+)\d+"/g, (_m, letters: string) => {
        const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        const gap = "<c/>".repeat(col - lastCol - 1);
        lastCol = col;
        return `${gap}<c`;
      });
      return `${filler}<row${attributes}>${cells}</row>`;
    },
  );
}
