/** What a cell holds and how it shows: formulas, number formats, validation bounds, styles by id. */
import { TEXT_NUMBER_FORMAT } from "../safeText";
import type { CellStyle, CellValue, FormulaValue, StyleRef, ValidationRule, Workbook } from "./types";

export function formula(text: string, result?: FormulaValue["result"]): FormulaValue {
  const body = text.startsWith("=") ? text.slice(1) : text;
  return result === undefined ? { formula: body } : { formula: body, result };
}

export function isFormula(value: CellValue): value is FormulaValue {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}

/** Shown for a date whose style names no format: the Vietnamese day/month/year order. */
export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

/** The number format a cell is written with: text stays text (see safeText.ts), dates show as dates. */
export function cellNumberFormat(value: CellValue, style: CellStyle | undefined): string | undefined {
  if (typeof value === "string") return TEXT_NUMBER_FORMAT;
  if (value instanceof Date) return style?.numberFormat ?? DEFAULT_DATE_FORMAT;
  return style?.numberFormat;
}

export type NumericRule = Extract<ValidationRule, { kind: "whole" | "decimal" }>;

/** "≥ min" alone, or "between min and max". */
export function numericRuleBounds(rule: NumericRule): { operator: "between" | "greaterThanOrEqual"; values: number[] } {
  return rule.max === undefined
    ? { operator: "greaterThanOrEqual", values: [rule.min] }
    : { operator: "between", values: [rule.min, rule.max] };
}

export function resolveStyle(workbook: Pick<Workbook, "styles">, ref: StyleRef | undefined): CellStyle | undefined {
  if (ref === undefined) return undefined;
  if (typeof ref !== "string") return ref;
  const style = workbook.styles[ref];
  if (!style) throw new Error(`Unknown style id: ${ref}`);
  return style;
}
