/** "Nội dung báo cáo": every sentence of the report in the report's order, each with its footnote beside it. */
import type { Consolidation } from "../../domain/consolidation/types";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";
import { address } from "../model/addresses";
import { mergeCells, setCell } from "../model/buildSheet";
import type { Sheet, Workbook } from "../model/types";
import { createWorkingSheet, finishTable } from "./summaryLayout";

const WIDTHS = [95, 60];
const texts = summaryTexts.reportText;

/** A heading row per section, then one row per sentence: the sentence, and its footnote ("¹ …") if it has one. */
export function addReportTextSheet(workbook: Workbook, consolidation: Consolidation): Sheet {
  const { sheet, headerRow } = createWorkingSheet(SUMMARY_SHEETS.reportText, texts, consolidation);
  const columns = WIDTHS.length;
  let row = headerRow;
  for (const section of consolidation.reportSections) {
    row++;
    mergeCells(sheet, `A${row}:${address(row, columns)}`, section.heading, "group");
    for (const sentence of section.sentences) {
      row++;
      setCell(sheet, row, 1, sentence.text, "cell");
      setCell(sheet, row, 2, sentence.footnote ?? null, "cell");
    }
  }
  finishTable(workbook, sheet, { widths: WIDTHS, header: { first: headerRow, last: headerRow }, lastRow: row });
  workbook.sheets.push(sheet);
  return sheet;
}
