/** The form's "Chỉ tiêu" sheet: the unit's indicators with Kết quả thực hiện, and Tử số/Mẫu số for combined rates. */
import type { Catalog, Indicator } from "../../domain/catalog/types";
import { columnOf, indicatorColumns, type ColumnSpec, type IndicatorColumnKey } from "../../domain/forms/formColumns";
import { asksForNumeratorAndDenominator } from "../../domain/forms/formContent";
import { address } from "../model/addresses";
import { setCell, setRow } from "../model/buildSheet";
import { formula } from "../model/cellFormats";
import type { Sheet } from "../model/types";
import { createFormTable, finishFormTable, writeTitleRow } from "./formTable";
import { FORM_SHEETS, TABLE_HEADER_ROW } from "./formLayout";
import { belowTargetFormats, columnValidations, type InputKind } from "./inputRules";
import { outlineRows } from "./outlineRows";
import { PART_TITLES } from "../../domain/texts/templates";

/** Where each column sits; the plan's year changes two headers, never a position. */
const col = (key: IndicatorColumnKey) => columnOf(indicatorColumns(0), key);

/** ROUND(Tử số/Mẫu số×100, 2), empty until both are numbers and Mẫu số > 0; the unit sees how it is computed. */
export function ratioFormula(row: number): string {
  const numerator = address(row, col("numerator"));
  const denominator = address(row, col("denominator"));
  return `IF(AND(ISNUMBER(${numerator}),ISNUMBER(${denominator}),${denominator}>0),ROUND(${numerator}/${denominator}*100,2),"")`;
}

function resultKind(indicator: Indicator): InputKind {
  if (asksForNumeratorAndDenominator(indicator)) return "computedPercent";
  if (indicator.measure === "percent") return "percent";
  if (indicator.measure === "count") return "count";
  return "amount";
}

function writeIndicatorRow(sheet: Sheet, row: number, indicator: Indicator): void {
  const ratio = asksForNumeratorAndDenominator(indicator);
  setRow(sheet, row, [indicator.id, indicator.stt], "cellCenter");
  setCell(sheet, row, col("name"), indicator.name, indicator.parentId ? "cellItalic" : "cell");
  setRow(sheet, row, [indicator.result2025, indicator.target2026], "cellCenter", col("result2025"));
  setCell(sheet, row, col("result"), ratio ? formula(ratioFormula(row), "") : null, "input");
  setRow(sheet, row, [null, null], ratio ? "input" : "notApplicable", col("numerator"));
  setCell(sheet, row, col("note"), null, "inputText");
}

export function addIndicatorSheet(catalog: Catalog, indicators: Indicator[], title: string, unitLine: string): Sheet {
  const columns: readonly ColumnSpec[] = indicatorColumns(catalog.year);
  const sheet = createFormTable(FORM_SHEETS.indicators, columns, title, unitLine);
  const items: { row: number; indicator: Indicator }[] = [];
  let row = TABLE_HEADER_ROW;
  for (const line of outlineRows(indicators, catalog.indicators)) {
    row++;
    if (line.kind === "part") writeTitleRow(sheet, columns, row, "", PART_TITLES[line.part as "A" | "B"], true);
    else if (line.kind === "group") writeTitleRow(sheet, columns, row, line.group, line.title, true);
    else if (line.kind === "parent") writeTitleRow(sheet, columns, row, line.item.stt, line.item.name, false);
    else {
      writeIndicatorRow(sheet, row, line.item);
      items.push({ row, indicator: line.item });
    }
  }
  const ratioRows = items.filter(({ indicator }) => asksForNumeratorAndDenominator(indicator));
  sheet.validations.push(
    ...columnValidations(
      col("result"),
      items.map(({ row: r, indicator }) => ({ row: r, kind: resultKind(indicator) })),
    ),
    ...columnValidations(
      col("numerator"),
      ratioRows.map(({ row: r }) => ({ row: r, kind: "numerator" })),
      col("denominator"),
    ),
    ...columnValidations(
      col("denominator"),
      ratioRows.map(({ row: r }) => ({ row: r, kind: "denominator" })),
      col("numerator"),
    ),
    ...columnValidations(
      col("note"),
      items.map(({ row: r }) => ({ row: r, kind: "note" })),
    ),
  );
  sheet.conditionalFormats.push(...belowTargetFormats(col("result"), items));
  finishFormTable(sheet, columns, row);
  return sheet;
}
