/**
 * A worksheet part → the cells that hold something, as the form reader takes them: values or cached formula
 * results, errors, percent formats. Only cells written in the part are kept, so memory follows the content and
 * never the sheet's extent (its <dimension>, a styled cell at row 1,048,576). Cells and rows may omit their
 * `r` (ECMA-376 allows it): they follow the previous one.
 */
import { dayFromSerial } from "../../domain/language/dayFromSerial";
import type { CellInput } from "../../domain/submission/types";
import type { RangeBounds } from "../model/types";
import { textOrBlank } from "../reading/cellValues";
import type { CellFormat } from "./numberFormatsPart";
import { StringItemReader } from "./sharedStringsPart";
import { PART_READ, type Attributes, type XmlHandlers } from "./xmlEntry";

/** A cell's input without its place (the grid adds sheet and address). */
export type StoredCell = Pick<CellInput, "raw" | "error" | "formula" | "percentFormat">;

export interface SheetCells {
  /** Cells by row, then by column. */
  rows: Map<number, Map<number, StoredCell>>;
  /** The last row holding a value, an error or a formula (0 when none). */
  lastRow: number;
  /** The format of rows styled as a whole (`<row s>`), which their unwritten cells take. */
  rowFormats: Map<number, CellFormat>;
  /** The format of columns (`<col style>`), which unwritten cells take when their row has none. */
  columnFormats: Map<number, CellFormat>;
  merges: RangeBounds[];
}

export interface SheetContext {
  sharedStrings: string[];
  /** By style index (cellXfs); undefined where the style has no number format. */
  formats: (CellFormat | undefined)[];
  date1904: boolean;
}

/** The sheet's XML does not describe cells (a reference out of the grid, a shared string that does not exist). */
export class BadSheet extends Error {}

/**
 * Elements that follow mergeCells in a worksheet (ECMA-376 18.3.1.99): once one opens, or mergeCells closes,
 * the rest of the part (often half of it: highlighting rules, validation lists) is not parsed.
 */
const AFTER_MERGES = new Set([
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** "AB12" → [12, 28]; undefined when it is not a cell reference inside the grid. */
export function decodeCellRef(ref: string): [row: number, col: number] | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  const digits = ref.slice(i);
  if (i === 0 || !/^[1-9]\d*$/.test(digits)) return undefined;
  const row = Number(digits);
  return row <= MAX_ROW && col <= MAX_COL ? [row, col] : undefined;
}

function decodeRange(ref: string): RangeBounds | undefined {
  const [first, last = first] = ref.split(":");
  const a = decodeCellRef(first);
  const b = decodeCellRef(last);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a[0], b[0]),
    left: Math.min(a[1], b[1]),
    bottom: Math.max(a[0], b[0]),
    right: Math.max(a[1], b[1]),
  };
}

/** Whether a cell not written is a percent: its row's format if the row has one, else its column's. */
export function inheritedPercent(cells: SheetCells, row: number, col: number): boolean {
  return (cells.rowFormats.get(row) ?? cells.columnFormats.get(col))?.percent ?? false;
}

/** A day count shown as a date → "2026-05-10"; a count no calendar holds stays a number. */
function dayOrNumber(serial: number, date1904: boolean): string | number {
  const day = serial + (date1904 ? 1462 : 0);
  return Number.isFinite(day) && Math.abs(day) < 2_900_000 ? dayFromSerial(day) : serial;
}

/** What one `<c>` element held, collected between its open and close tags. */
interface OpenCell {
  row: number;
  col: number;
  type: string | undefined;
  style: number;
  formulaText: string;
  formulaType: string | undefined;
  value: string;
  inline: string;
}

export function worksheetHandlers(context: SheetContext, into: SheetCells): XmlHandlers {
  let row = 0;
  let col = 0;
  let cell: OpenCell | undefined;
  /** Which child of the cell the text belongs to. */
  let textOf: "v" | "f" | undefined;
  const inline = new StringItemReader("is", (text) => {
    if (cell) cell.inline += text;
  });

  /** Each shared string as a cell shows it, made once: a form repeats the same few texts. */
  const sharedRaw: CellInput["raw"][] = [];
  const formatOf = (style: number) => (style ? context.formats[style] : undefined);

  function typed(text: string, type: string | undefined, format: CellFormat | undefined): StoredCell {
    switch (type) {
      case "s": {
        const index = parseInt(text, 10);
        const shared = context.sharedStrings[index];
        if (shared === undefined) throw new BadSheet();
        if (sharedRaw[index] === undefined) sharedRaw[index] = textOrBlank(shared);
        return { raw: sharedRaw[index] };
      }
      case "str":
      case "inlineStr":
        return { raw: textOrBlank(text) };
      case "b":
        return { raw: parseInt(text, 10) !== 0 };
      case "e":
        return { raw: null, error: text };
      case "d": {
        const time = Date.parse(text);
        return { raw: Number.isNaN(time) ? textOrBlank(text) : new Date(time).toISOString().slice(0, 10) };
      }
      default: {
        const number = parseFloat(text);
        return { raw: format?.date ? dayOrNumber(number, context.date1904) : number };
      }
    }
  }

  function store(open: OpenCell): void {
    const format = formatOf(open.style);
    const text = open.value !== "" ? open.value : open.inline;
    const isFormula = open.formulaText !== "" || Boolean(open.formulaType);
    let stored: StoredCell;
    if (isFormula) {
      // A cached result is a text, a boolean or an error when its type says so, else a number.
      const type = open.type === "str" || open.type === "b" || open.type === "e" ? open.type : "n";
      const result: StoredCell = text === "" ? { raw: null } : typed(text, type, format);
      stored = { raw: result.raw };
      if (result.error !== undefined) stored.error = result.error;
      stored.formula = true;
    } else if (text !== "") {
      stored = typed(text, open.type, format);
    } else if (open.style) {
      stored = { raw: null };
    } else {
      return; // an unstyled empty cell is as if unwritten
    }
    if (format?.percent) stored.percentFormat = true;
    const holdsSomething = stored.raw !== null || stored.error !== undefined || stored.formula === true;
    // An empty cell is kept only when its own format differs from the one it would otherwise take.
    if (!holdsSomething && (format?.percent ?? false) === inheritedPercent(into, open.row, open.col)) return;
    let cells = into.rows.get(open.row);
    if (!cells) into.rows.set(open.row, (cells = new Map()));
    cells.set(open.col, stored);
    if (holdsSomething && open.row > into.lastRow) into.lastRow = open.row;
  }

  function openCell(attributes: Attributes): void {
    let at: [number, number] | undefined = [row, col + 1];
    if (attributes.r !== undefined) {
      at = decodeCellRef(attributes.r);
      if (!at) throw new BadSheet();
    }
    if (at[0] < 1 || at[1] > MAX_COL) throw new BadSheet();
    [row, col] = at;
    const style = attributes.s === undefined ? 0 : parseInt(attributes.s, 10) || 0;
    cell = { row, col, type: attributes.t, style, formulaText: "", formulaType: undefined, value: "", inline: "" };
  }

  return {
    open(name, attributes) {
      if (cell) {
        if (name === "v" || name === "f") textOf = name;
        if (name === "f") cell.formulaType ||= attributes.t;
        inline.open(name);
        return;
      }
      if (AFTER_MERGES.has(name)) throw PART_READ;
      switch (name) {
        case "row": {
          row = attributes.r === undefined ? row + 1 : Number(attributes.r);
          if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) throw new BadSheet();
          col = 0;
          const format = attributes.s === undefined ? undefined : formatOf(parseInt(attributes.s, 10) || 0);
          if (format) into.rowFormats.set(row, format);
          break;
        }
        case "c":
          openCell(attributes);
          break;
        case "col": {
          const format = formatOf(parseInt(attributes.style, 10) || 0);
          const min = Number(attributes.min);
          const max = Number(attributes.max);
          // At most 16,384 columns, however many `<col>` elements: the first to name a column gives its format.
          for (let c = Math.max(min, 1); format && c <= Math.min(max, MAX_COL); c++) {
            if (!into.columnFormats.has(c)) into.columnFormats.set(c, format);
          }
          break;
        }
        case "mergeCell": {
          const range = attributes.ref === undefined ? undefined : decodeRange(attributes.ref);
          if (range) into.merges.push(range);
          break;
        }
      }
    },
    close(name) {
      if (name === "mergeCells") throw PART_READ;
      if (!cell) return;
      if (name === "c") {
        store(cell);
        cell = undefined;
      } else {
        if (name === textOf) textOf = undefined;
        inline.close(name);
      }
    },
    text(text) {
      if (!cell) return;
      if (textOf === "v") cell.value += text;
      else if (textOf === "f") cell.formulaText += text;
      else inline.textIn(text);
    },
  };
}
