/** The summary's own looks, built on the templates' styles: status colours, the compact matrix, report sentences. */
import type { CellStyle, Workbook } from "../model/types";
import { addTemplateStyles, TEMPLATE_STYLES } from "../templates/templateStyles";

const { cell, cellCenter, header, coverText } = TEMPLATE_STYLES;

/** Excel's own "Bad" and "Neutral" cell colours: officers know them, and they stay readable in grey print. */
const RED_FILL = "FFC7CE";
const RED_TEXT = "9C0006";
const AMBER_FILL = "FFEB9C";
const AMBER_TEXT = "9C5700";
/** The matrix has a column per indicator; a smaller font keeps more of it on one page. */
const MATRIX_FONT_SIZE = 9;

const matrixFont = { ...cell.font, size: MATRIX_FONT_SIZE };
/** The report's appendices print their header row without a fill, as the May 2026 report does. */
const { fill: _headerFill, ...appendixHeader } = header;

export const SUMMARY_STYLES = {
  summaryBad: { ...cellCenter, fill: RED_FILL, font: { ...cell.font, color: RED_TEXT } },
  summaryWarn: { ...cellCenter, fill: AMBER_FILL, font: { ...cell.font, color: AMBER_TEXT } },
  summaryRedText: { ...cellCenter, font: { ...cell.font, bold: true, color: RED_TEXT } },
  summarySentence: { ...coverText, horizontal: "justify" },
  summaryMatrixHeader: { ...header, font: { ...matrixFont, bold: true } },
  summaryMatrixName: { ...cell, font: matrixFont },
  summaryMatrixValue: { ...cellCenter, font: matrixFont },
  summaryMatrixMissing: { ...cellCenter, font: matrixFont, fill: AMBER_FILL },
  appendixHeader,
} satisfies Record<string, CellStyle>;

export type SummaryStyleId = keyof typeof SUMMARY_STYLES | keyof typeof TEMPLATE_STYLES;

export function addSummaryStyles(workbook: Workbook): void {
  addTemplateStyles(workbook);
  Object.assign(workbook.styles, SUMMARY_STYLES);
}
