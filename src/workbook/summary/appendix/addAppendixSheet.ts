/**
 * Writes an appendix exactly as the report prints it: "Phụ lục …", the title and the line naming the report it is
 * attached to, then each section's headings, header row and rows — and nothing else.
 */
import { summaryTexts } from "../../../domain/texts/summary";
import { address } from "../../model/addresses";
import { createSheet, mergeCells, setCell, setColumnWidths } from "../../model/buildSheet";
import { resolveStyle } from "../../model/cellFormats";
import type { Sheet, Workbook } from "../../model/types";
import { fitCappedRowHeights, wrappedRowHeight } from "../../templates/wrappedRowHeight";
import { addTitleBlock } from "../summaryLayout";
import { appendixPrint } from "./appendixPrint";
import type { AppendixColumn, AppendixRow, AppendixSheetSpec } from "./appendixTable";
import { splitTallText } from "./splitTallText";

/** A piece of a long cell is cut shorter than the cap, since the height is estimated from the text, not measured. */
const PIECE_HEIGHT = 340;

function cellStyle(column: AppendixColumn, italic: boolean): string {
  if (italic) return column.align === "center" ? "cellItalicCenter" : "cellItalic";
  return column.align === "center" ? "cellCenter" : "cell";
}

/** The item's cells over as many rows as its tallest text needs; the rows after the first leave STT empty. */
function itemLines(
  row: Extract<AppendixRow, { kind: "item" }>,
  columns: AppendixColumn[],
  fontSize: number,
): (string | null)[][] {
  const pieces = row.cells.map((value, i) =>
    value === null
      ? [null]
      : splitTallText(value, (piece) => wrappedRowHeight(piece, columns[i].width, fontSize) <= PIECE_HEIGHT),
  );
  const count = Math.max(...pieces.map((list) => list.length));
  return Array.from({ length: count }, (_, line) => pieces.map((list) => list[line] ?? null));
}

export function addAppendixSheet(workbook: Workbook, spec: AppendixSheetSpec): Sheet {
  const { columns, sections } = spec;
  const sheet = createSheet(spec.name);
  const last = columns.length;
  const fontSize = resolveStyle(workbook, "cell")?.font?.size ?? 12;
  let row = addTitleBlock(sheet, last, {
    label: spec.label,
    title: spec.title,
    subtitle: summaryTexts.attachedToReport,
  });
  let firstHeaderRow: number | undefined;
  for (const section of sections) {
    for (const heading of section.headings) {
      mergeCells(sheet, `A${row}:${address(row, last)}`, heading, "coverHeading");
      row++;
    }
    section.headers.forEach((header, i) => setCell(sheet, row, i + 1, header, "appendixHeader"));
    firstHeaderRow ??= row;
    row++;
    for (const line of section.rows) {
      if (line.kind === "group") {
        setCell(sheet, row, 1, line.stt, "groupCenter");
        mergeCells(sheet, `B${row}:${address(row, last)}`, line.title, "group");
        row++;
        continue;
      }
      for (const values of itemLines(line, columns, fontSize)) {
        values.forEach((value, i) => setCell(sheet, row, i + 1, value, cellStyle(columns[i], line.italic === true)));
        row++;
      }
    }
  }
  const headerRow = firstHeaderRow ?? row;
  setColumnWidths(
    sheet,
    columns.map((column) => column.width),
  );
  fitCappedRowHeights(workbook, sheet);
  const repeated = spec.repeatHeader !== false;
  if (repeated) sheet.frozen = { rows: headerRow, columns: 0 };
  sheet.print = appendixPrint(
    repeated ? { first: headerRow, last: headerRow } : undefined,
    `A1:${address(Math.max(row - 1, headerRow), last)}`,
  );
  workbook.sheets.push(sheet);
  return sheet;
}
