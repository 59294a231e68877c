/** "Chi tiết theo đơn vị": units down, indicators across, each cell what the unit sent; the gaps shaded. */
import type { Consolidation, RegisterRow } from "../../domain/consolidation/types";
import { createSheet, mergeCells, setCell } from "../model/buildSheet";
import type { Cell, Sheet, Workbook } from "../model/types";
import type { MatrixColumn } from "./matrixColumns";
import { periodHeading } from "./periodHeading";
import { vietnameseDate } from "../../domain/language/vietnameseDate";
import { addTableRows, finishTable } from "./summaryLayout";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";
import { withCarriedMark } from "../../domain/history/carriedMark";

const texts = summaryTexts.matrix;
const HEADER_ROW = 4;
const FIRST_UNIT_ROW = HEADER_ROW + 2;
const FIRST_INDICATOR_COL = 3;
const UNIT_WIDTHS = [5, 24];
const INDICATOR_WIDTH = 9;
/** Enough of a name to recognise the indicator under its code; the full name is on "Tổng hợp chỉ tiêu". */
const SHORT_NAME_LETTERS = 48;

/** "Tỷ lệ thủ tục hành chính được tiếp nhận, giải quyết phi địa giới …": cut at a word, never inside one. */
export function shortName(name: string): string {
  if (name.length <= SHORT_NAME_LETTERS) return name;
  const cut = name.slice(0, SHORT_NAME_LETTERS + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, SHORT_NAME_LETTERS)).replace(/[,;:]$/, "")} …`;
}

function headerRows(sheet: Sheet, columns: MatrixColumn[]) {
  mergeCells(sheet, `A${HEADER_ROW}:A${HEADER_ROW + 1}`, texts.stt, "summaryMatrixHeader");
  mergeCells(sheet, `B${HEADER_ROW}:B${HEADER_ROW + 1}`, texts.unit, "summaryMatrixHeader");
  columns.forEach(({ indicator }, i) => {
    setCell(sheet, HEADER_ROW, FIRST_INDICATOR_COL + i, indicator.id, "summaryMatrixHeader");
    setCell(sheet, HEADER_ROW + 1, FIRST_INDICATOR_COL + i, shortName(indicator.name), "summaryMatrixHeader");
  });
}

/** One unit's row: its number, its name, and what it sent for each indicator, the expected but missing shaded. */
function unitCells(index: number, unit: RegisterRow, columns: MatrixColumn[]): [number, Cell][] {
  const cells: [number, Cell][] = [
    [1, { value: index, style: "summaryMatrixValue" }],
    [2, { value: unit.name, style: "summaryMatrixName" }],
  ];
  columns.forEach(({ expected, byUnit }, i) => {
    const source = byUnit.get(unit.unitId);
    const style = source === undefined && expected.has(unit.unitId) ? "summaryMatrixMissing" : "summaryMatrixValue";
    const value = source ? withCarriedMark(source.text, source.carriedFrom) : null;
    cells.push([FIRST_INDICATOR_COL + i, { value, style }]);
  });
  return cells;
}

/** With `rowsLater` (a summary written by the streaming writer), the units' rows are made only as they are written. */
export function addUnitMatrixSheet(
  workbook: Workbook,
  consolidation: Consolidation,
  columns: MatrixColumn[],
  { rowsLater = false } = {},
): Sheet {
  const sheet = createSheet(SUMMARY_SHEETS.matrix);
  setCell(sheet, 1, 1, texts.title(periodHeading(consolidation.period)), "coverHeading");
  setCell(sheet, 2, 1, summaryTexts.asOf(vietnameseDate(consolidation.asOf)), "hint");
  setCell(sheet, 3, 1, texts.legend, "hint");
  headerRows(sheet, columns);
  const rows = function* () {
    for (const [i, unit] of consolidation.register.entries()) {
      yield { row: FIRST_UNIT_ROW + i, cells: unitCells(i + 1, unit, columns) };
    }
  };
  addTableRows(workbook, sheet, rows, rowsLater);
  // The model prints on A4, either one page wide or at full size: full size spreads the columns over four bands
  // of pages with the unit names on the first only, so one page wide keeps names and shaded gaps together.
  finishTable(workbook, sheet, {
    widths: [...UNIT_WIDTHS, ...columns.map(() => INDICATOR_WIDTH)],
    header: { first: HEADER_ROW, last: HEADER_ROW + 1 },
    lastRow: FIRST_UNIT_ROW - 1 + consolidation.register.length,
    frozenColumns: UNIT_WIDTHS.length,
  });
  workbook.sheets.push(sheet);
  return sheet;
}
