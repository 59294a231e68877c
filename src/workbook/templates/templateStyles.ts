/** The named styles every template shares: one style object per look, referenced by id from each cell. */
import type { Borders, CellStyle, Workbook } from "../model/types";
import { ND30_FONT } from "./printSetupNd30";

const THIN: Borders = {
  top: { line: "thin" },
  bottom: { line: "thin" },
  left: { line: "thin" },
  right: { line: "thin" },
};
const TABLE_FONT_SIZE = 12;
const INPUT_FILL = "FFF2CC";
const NOT_APPLICABLE_FILL = "D9D9D9";
const HEADER_FILL = "DDEBF7";

const body = { name: ND30_FONT, size: TABLE_FONT_SIZE };
const cell: CellStyle = { font: body, borders: THIN, vertical: "top", wrap: true };
const input: CellStyle = { ...cell, fill: INPUT_FILL, locked: false };

export const TEMPLATE_STYLES = {
  appendixLabel: { font: { name: ND30_FONT, size: 14, bold: true }, horizontal: "center", vertical: "middle" },
  title: { font: { name: ND30_FONT, size: 14, bold: true }, horizontal: "center", vertical: "middle", wrap: true },
  subtitle: { font: { name: ND30_FONT, size: 13, italic: true }, horizontal: "center", vertical: "middle", wrap: true },
  hint: { font: { name: ND30_FONT, size: 11, italic: true }, vertical: "middle" },
  header: {
    font: { ...body, bold: true },
    fill: HEADER_FILL,
    borders: THIN,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  },
  cell,
  cellCenter: { ...cell, horizontal: "center" },
  cellItalic: { ...cell, font: { ...body, italic: true } },
  cellItalicCenter: { ...cell, font: { ...body, italic: true }, horizontal: "center" },
  group: { ...cell, font: { ...body, bold: true } },
  groupCenter: { ...cell, font: { ...body, bold: true }, horizontal: "center" },
  input: { ...input, horizontal: "center" },
  /** "@" keeps "02" or "10/5/2026" typed in a text column as the text the unit wrote. */
  inputText: { ...input, numberFormat: "@" },
  /** The Vietnamese day order, for a date typed or picked as a date. */
  inputDate: { ...input, horizontal: "center", numberFormat: "dd/mm/yyyy" },
  notApplicable: { ...cell, fill: NOT_APPLICABLE_FILL },
  coverLabel: { font: { name: ND30_FONT, size: 13 }, vertical: "middle", wrap: true },
  coverValue: { font: { name: ND30_FONT, size: 13, bold: true }, vertical: "middle", wrap: true },
  coverInput: {
    font: { name: ND30_FONT, size: 13 },
    borders: THIN,
    fill: INPUT_FILL,
    locked: false,
    numberFormat: "@",
  },
  coverHeading: { font: { name: ND30_FONT, size: 13, bold: true }, vertical: "middle" },
  coverText: { font: { name: ND30_FONT, size: 13 }, vertical: "top", wrap: true },
  coverNumber: { font: { name: ND30_FONT, size: 13 }, vertical: "top", horizontal: "right" },
} satisfies Record<string, CellStyle>;

export type TemplateStyleId = keyof typeof TEMPLATE_STYLES;

export function addTemplateStyles(workbook: Workbook): void {
  Object.assign(workbook.styles, TEMPLATE_STYLES);
}
