import { catalogRows2026 } from "../../../src/domain/catalog/catalog2026";
import { createSheet, mergeCells, setCell } from "../../../src/workbook/model/buildSheet";
import { fitRowHeights, textHeights, wrappedRowHeight } from "../../../src/workbook/templates/wrappedRowHeight";

describe("wrappedRowHeight", () => {
  // At 12 pt a letter is about 6,6 px, so a 20-unit column (140 px) holds 21 letters a line.
  it("gives one line to a text that fits", () => {
    expect(wrappedRowHeight("Sở Y tế", 20, 12)).toBe(20);
  });

  it("wraps at word boundaries and counts every line break", () => {
    // "Các sở, ban, ngành;" (19) | "UBND cấp xã" (11): two lines.
    expect(wrappedRowHeight("Các sở, ban, ngành; UBND cấp xã", 20, 12)).toBe(36);
    // "- Sở Tài chính" | "- Sở Khoa học và Công" (21) | "nghệ": three lines of 15,6 pt plus 4 pt.
    expect(wrappedRowHeight("- Sở Tài chính\n- Sở Khoa học và Công nghệ", 20, 12)).toBe(51);
  });

  it("breaks a word longer than the line", () => {
    expect(wrappedRowHeight("x".repeat(50), 20, 12)).toBe(51);
  });

  it("counts capitals wider: a group title in capitals needs a second line where lower case fits", () => {
    expect(wrappedRowHeight("phát triển hạ tầng số", 20, 12)).toBe(20);
    expect(wrappedRowHeight("PHÁT TRIỂN HẠ TẦNG SỐ", 20, 12)).toBe(36);
  });

  it("grows with the font", () => {
    expect(wrappedRowHeight("Sở Y tế", 20, 14)).toBe(23);
  });
});

describe("textHeights", () => {
  it("remembers a text's height for each width and size apart", () => {
    const heightOf = textHeights();
    const text = "Các sở, ban, ngành; UBND cấp xã";
    expect(heightOf(text, 20, 12)).toBe(36);
    expect(heightOf(text, 40, 12)).toBe(20);
    expect(heightOf(text, 20, 14)).toBe(wrappedRowHeight(text, 20, 14));
    expect(heightOf(text, 20, 12)).toBe(36);
    expect(heightOf("Sở Y tế", 20, 12)).toBe(20);
    expect(heightOf("Sở\nY tế", 20, 12)).toBe(36);
  });

  it("gives every text of the 2026 plan the height wrappedRowHeight gives it, short ones measured at once", () => {
    const heightOf = textHeights();
    const texts = new Set<string>();
    JSON.stringify(catalogRows2026, (_key, value: unknown) => {
      if (typeof value === "string") texts.add(value);
      return value;
    });
    expect(texts.size).toBeGreaterThan(500);
    for (const text of [...texts, "Ư".repeat(14), "Ư".repeat(15), "Ư".repeat(16), "i".repeat(21), "i".repeat(22)]) {
      for (const [width, size] of [
        [20, 12],
        [8, 11],
        [45, 13],
      ]) {
        expect([text, width, size, heightOf(text, width, size)]).toEqual([
          text,
          width,
          size,
          wrappedRowHeight(text, width, size),
        ]);
      }
    }
  });
});

describe("fitRowHeights", () => {
  it("fits each row to its tallest wrapped cell, merged cells by their whole width, from the given row on", () => {
    const styles = { styles: { wrap: { wrap: true, font: { size: 12 } }, plain: {} } };
    const sheet = createSheet("T");
    sheet.columnWidths = { 1: 10, 2: 10 };
    const text = "Các sở, ban, ngành; UBND cấp xã";
    setCell(sheet, 1, 1, text, "wrap");
    setCell(sheet, 2, 1, text, "wrap");
    setCell(sheet, 2, 2, "Sở Y tế", "wrap");
    mergeCells(sheet, "A3:B3", text, "wrap");
    setCell(sheet, 4, 1, text, "plain");
    fitRowHeights(styles, sheet, 2);
    // 10 letters a line: "Các sở," | "ban," | "ngành;" | "UBND cấp" | "xã" in A2; two lines across A3:B3.
    expect(sheet.rowHeights).toEqual({ 2: 82, 3: 36 });
  });
});
