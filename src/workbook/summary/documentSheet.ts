/** "Văn bản ban hành": the report's Phụ lục I, the documents issued in the window, numbered in date order. */
import type { Consolidation } from "../../domain/consolidation/types";
import { periodLabel } from "../../domain/language/parsePeriod";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";
import { setCell, type Sheet, type Workbook } from "../model";
import { createAppendixSheet, finishTable } from "./summaryLayout";

const WIDTHS = [6, 120];
const texts = summaryTexts.documents;

export function addDocumentSheet(workbook: Workbook, consolidation: Consolidation): Sheet {
  // 003 titles this appendix "… TRONG THÁNG 5/2026", where the other appendices write "THÁNG 5 NĂM 2026".
  const heading = periodLabel(consolidation.period).toLocaleUpperCase("vi");
  const { sheet, headerRow } = createAppendixSheet(
    SUMMARY_SHEETS.documents,
    { ...texts, title: () => texts.title(heading) },
    consolidation.period,
  );
  let row = headerRow;
  for (const document of consolidation.documents) {
    row++;
    setCell(sheet, row, 1, document.stt, "cellCenter");
    setCell(sheet, row, 2, document.text, "cell");
  }
  finishTable(workbook, sheet, { widths: WIDTHS, header: { first: headerRow, last: headerRow }, lastRow: row });
  workbook.sheets.push(sheet);
  return sheet;
}
