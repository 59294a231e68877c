/**
 * The styles part reduced to what the form reader needs of a cell's style: whether its number format is a
 * percent (Excel stores 87,6% as 0.876) and whether it is a date (the number stored is a day count).
 */
import { isPercentFormat } from "../reading/cellValues";
import { PART_READ, type XmlHandlers } from "./xmlEntry";

export interface CellFormat {
  percent: boolean;
  date: boolean;
}

/** The built-in formats (ECMA-376 18.8.30) a file refers to by id alone; ids of other cultures are left out. */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * A date or time code (y, m, d, h, s, b), outside brackets and quotes: the rule the reader has always applied
 * to files, so a time format reads as a date too.
 */
function isDateFormatCode(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

function cellFormat(format: string): CellFormat {
  return { percent: isPercentFormat(format), date: isDateFormatCode(format) };
}

/**
 * The format of each cell style (the `s` of a cell, a row or a column), by its index in cellXfs; undefined for
 * a style without a number format (numFmtId 0 or unknown), which lets a row's or column's format show through.
 */
export function numberFormatsHandlers(into: (CellFormat | undefined)[]): XmlHandlers {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  return {
    open(name, attributes) {
      if (name === "numFmt" && attributes.formatCode !== undefined) {
        // A backslash quotes the next character; the character is kept, as the reader always read it.
        custom.set(parseInt(attributes.numFmtId, 10), attributes.formatCode.replace(/\\(.)/g, "$1"));
      } else if (name === "cellXfs") {
        inCellXfs = true;
      } else if (name === "xf" && inCellXfs) {
        formatIds.push(parseInt(attributes.numFmtId, 10));
      }
    },
    close(name) {
      if (name !== "cellXfs") return;
      inCellXfs = false;
      for (const id of formatIds) {
        const code = id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined;
        into.push(code === undefined ? undefined : cellFormat(code));
      }
      // Fonts, fills, borders and the rest come after, or are not needed.
      throw PART_READ;
    },
    text: () => undefined,
  };
}
