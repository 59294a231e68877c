/** The report's Phụ lục I: the documents issued in the window, numbered in date order (STT | Văn bản, as 003). */
import type { Consolidation } from "../../../domain/consolidation/types";
import { periodLabel } from "../../../domain/language/parsePeriod";
import { SUMMARY_SHEETS, summaryTexts } from "../../../domain/texts/summary";
import type { Sheet, Workbook } from "../../model/types";
import { addAppendixSheet } from "./addAppendixSheet";
import { APPENDIX_WIDTH, type AppendixColumn } from "./appendixTable";

const STT_WIDTH = 6;
const COLUMNS: AppendixColumn[] = [
  { width: STT_WIDTH, align: "center" },
  { width: APPENDIX_WIDTH - STT_WIDTH, align: "left" },
];
const texts = summaryTexts.documents;

export function addDocumentAppendix(workbook: Workbook, consolidation: Consolidation): Sheet {
  // 003 titles this appendix "… TRONG THÁNG 5/2026", where the other appendices write "THÁNG 5 NĂM 2026".
  const heading = periodLabel(consolidation.period).toLocaleUpperCase("vi");
  return addAppendixSheet(workbook, {
    name: SUMMARY_SHEETS.appendixI,
    label: texts.label,
    title: texts.title(heading),
    columns: COLUMNS,
    sections: [
      {
        headings: [],
        headers: texts.headers,
        rows: consolidation.documents.map((document) => ({
          kind: "item" as const,
          cells: [String(document.stt), document.text],
        })),
      },
    ],
  });
}
