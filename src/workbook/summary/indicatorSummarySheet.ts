/**
 * "Tổng hợp chỉ tiêu", a working sheet beside Phụ lục II: for each figure the appendix prints, its verdict, how many
 * of the expected units it was made from, which units are missing, and where each number came from.
 */
import { unitNameList } from "../../domain/texts/report";
import type { Catalog, Indicator } from "../../domain/catalog/types";
import type { ConsolidatedIndicator, Consolidation } from "../../domain/consolidation/types";
import { appendixFigure } from "../../domain/report/appendixFigure";
import { address } from "../model/addresses";
import { mergeCells, setCell } from "../model/buildSheet";
import type { Sheet, Workbook } from "../model/types";
import { outlineRows } from "../templates/outlineRows";
import { PART_TITLES } from "../../domain/texts/templates";
import { sourceText } from "./sourceText";
import { createWorkingSheet, finishTable } from "./summaryLayout";
import type { SummaryStyleId } from "./summaryStyles";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";
import { figureChange } from "../../domain/history/describeChange";
import { previousColumns } from "./previousColumns";
import { targetColumn } from "./targetColumn";

const WIDTHS = [6, 46, 16, 12, 11, 40, 40];
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
  input: IndicatorSummaryInput,
) {
  const { unitNames, inMatrix } = input;
  const many = inMatrix.has(result.id) ? summaryTexts.sources.manyInMatrix : undefined;
  const sub = indicator.parentId !== undefined;
  const missing = unitNameList(
    result.missingUnitIds.map((unitId) =>
      texts.missingUnit(unitNames.get(unitId) ?? unitId, result.missingReasons?.[unitId]),
    ),
  );
  setCell(sheet, row, 1, indicator.stt, sub ? "cellItalicCenter" : "cellCenter");
  setCell(sheet, row, 2, indicator.name, sub ? "cellItalic" : "cell");
  setCell(sheet, row, 3, appendixFigure(indicator, result), "cellCenter");
  setCell(sheet, row, 4, summaryTexts.verdicts[result.met], VERDICT_STYLES[result.met]);
  setCell(sheet, row, 5, texts.reporting(result.reporting, result.expected), "cellCenter");
  setCell(sheet, row, 6, missing === "" ? null : missing, "cell");
  setCell(sheet, row, 7, sourceText(result.sources, unitNames, many), "cell");
}

export function addIndicatorSummarySheet(workbook: Workbook, input: IndicatorSummaryInput): Sheet {
  const { catalog, consolidation } = input;
  const previous = previousColumns(consolidation);
  const applied = targetColumn(consolidation);
  const headers = [...texts.headers, ...(previous?.headers ?? []), ...(applied ? [applied.header] : [])];
  const widths = [...WIDTHS, ...(previous?.widths ?? []), ...(applied ? [applied.width] : [])];
  const { sheet, headerRow } = createWorkingSheet(SUMMARY_SHEETS.indicators, { ...texts, headers }, consolidation);
  const columns = widths.length;
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
      setCell(sheet, row, 1, line.item.stt, "cellCenter");
      mergeCells(sheet, `B${row}:${address(row, columns)}`, line.item.name, "cell");
    } else {
      const result = results.get(line.item.id) as ConsolidatedIndicator;
      itemRow(sheet, row, line.item, result, input);
      previous?.write(sheet, row, WIDTHS.length + 1, result.previous?.display, figureChange(result, line.item.measure));
      applied?.write(sheet, row, WIDTHS.length + (previous?.widths.length ?? 0) + 1, line.item, result);
    }
  }
  finishTable(workbook, sheet, { widths, header: { first: headerRow, last: headerRow }, lastRow: row });
  workbook.sheets.push(sheet);
  return sheet;
}
