/** "Tổng hợp chỉ tiêu": the report's Phụ lục II, with the verdict, the units counted and where each figure came from. */
import type { Catalog, Indicator } from "../../domain/catalog/types";
import type { ConsolidatedIndicator, Consolidation } from "../../domain/consolidation/types";
import { address, mergeCells, setCell, type Sheet, type Workbook } from "../model";
import { outlineRows } from "../templates/outlineRows";
import { PART_TITLES } from "../../domain/texts/templates";
import { sourceText } from "./sourceText";
import { createAppendixSheet, finishTable } from "./summaryLayout";
import type { SummaryStyleId } from "./summaryStyles";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";

const WIDTHS = [6, 46, 16, 14, 22, 18, 12, 11, 30];
const texts = summaryTexts.indicators;

export interface IndicatorSummaryInput {
  catalog: Catalog;
  consolidation: Consolidation;
  unitNames: Map<string, string>;
  /** Indicators with a column in "Chi tiết theo đơn vị", where many sources are shown unit by unit. */
  inMatrix: Set<string>;
}

const VERDICT_STYLES: Record<ConsolidatedIndicator["met"], SummaryStyleId> = {
  met: "cellCenter",
  not_met: "summaryRedText",
  no_data: "cellCenter",
};

function itemRow(
  sheet: Sheet,
  row: number,
  indicator: Indicator,
  result: ConsolidatedIndicator,
  source: string | null,
) {
  const sub = indicator.parentId !== undefined;
  setCell(sheet, row, 1, indicator.stt, sub ? "cellItalicCenter" : "cellCenter");
  setCell(sheet, row, 2, indicator.name, sub ? "cellItalic" : "cell");
  setCell(sheet, row, 3, indicator.result2025, "cellCenter");
  setCell(sheet, row, 4, indicator.target2026, "cellCenter");
  setCell(sheet, row, 5, indicator.lead.raw, "cell");
  setCell(sheet, row, 6, result.display, "cellCenter");
  setCell(sheet, row, 7, summaryTexts.verdicts[result.met], VERDICT_STYLES[result.met]);
  setCell(sheet, row, 8, texts.reporting(result.reporting, result.expected), "cellCenter");
  setCell(sheet, row, 9, source, "cell");
}

/** A heading such as II.8 prints its STT and name; its sub-rows 8.1–8.4 carry the figures. */
function parentRow(sheet: Sheet, row: number, indicator: Indicator) {
  setCell(sheet, row, 1, indicator.stt, "cellCenter");
  setCell(sheet, row, 2, indicator.name, "cell");
  for (let col = 3; col <= WIDTHS.length; col++) setCell(sheet, row, col, null, "cell");
}

export function addIndicatorSummarySheet(workbook: Workbook, input: IndicatorSummaryInput): Sheet {
  const { catalog, consolidation, unitNames, inMatrix } = input;
  const { sheet, headerRow } = createAppendixSheet(SUMMARY_SHEETS.indicators, texts, consolidation.period);
  const columns = WIDTHS.length;
  const results = new Map(consolidation.indicators.map((result) => [result.id, result]));
  const items = catalog.indicators.filter((indicator) => results.has(indicator.id));
  let row = headerRow;
  for (const line of outlineRows(items, catalog.indicators)) {
    row++;
    if (line.kind === "part") {
      mergeCells(sheet, `A${row}:${address(row, columns)}`, PART_TITLES[line.part as Indicator["part"]], "group");
    } else if (line.kind === "group") {
      setCell(sheet, row, 1, line.group, "groupCenter");
      mergeCells(sheet, `B${row}:${address(row, columns)}`, line.title, "group");
    } else if (line.kind === "parent") {
      parentRow(sheet, row, line.item);
    } else {
      const result = results.get(line.item.id) as ConsolidatedIndicator;
      const many = inMatrix.has(result.id) ? summaryTexts.sources.manyInMatrix : undefined;
      itemRow(sheet, row, line.item, result, sourceText(result.sources, unitNames, many));
    }
  }
  finishTable(workbook, sheet, { widths: WIDTHS, header: { first: headerRow, last: headerRow }, lastRow: row });
  workbook.sheets.push(sheet);
  return sheet;
}
