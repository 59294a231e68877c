/** The rules an indicator row must meet (DESIGN.md §4), one row each; errors keep the value out of the summary. */
import { countBound, type CountBound } from "../catalog/countBounds";
import type { ParsedValue } from "../language/types";
import { figureText } from "../language/vietnameseNumber";
import type { CellRef } from "../submission/types";
import { countCells, inputCells, reasonOf, type IndicatorRuleContext, type InputCell } from "./indicatorContext";
import { readCell } from "./readCell";
import { ruleRow, type Rule } from "./rule";
import { validationTexts } from "../texts/validation";

const texts = validationTexts.indicator;

/** The most a cached Tỷ lệ may differ from Tử số ÷ Mẫu số × 100: the form shows it to one decimal. */
const RATIO_TOLERANCE = 0.05;

const row = ruleRow<IndicatorRuleContext>("indicator");

const atSource = (ctx: IndicatorRuleContext): CellRef => ctx.source.cell;
const atDetailInput = (_: IndicatorRuleContext, detail: { input: InputCell }): CellRef => detail.input.cell;
const atDetail = <Detail extends { cell: CellRef }>(_: IndicatorRuleContext, detail: Detail): CellRef => detail.cell;

type CountDetail = { input: InputCell; value: ParsedValue };
type ReasonBesideNumber = { reasonCell: InputCell; numberCell: InputCell; reason: ParsedValue; number: number };

/** A value the rule has found to hold a number. */
type Figure = ParsedValue & { number: number };

/** 67.1 % → "67,1%", 1234 → "1.234". */
function shownFigure(value: Figure): string {
  return figureText(value.number, value.unit === "percent");
}

function findInput(ctx: IndicatorRuleContext, test: (input: InputCell) => boolean): InputCell | false {
  return inputCells(ctx).find(test) ?? false;
}

function ratioParts(ctx: IndicatorRuleContext): { numerator: number; denominator: number } | false {
  if (!ctx.ratio || ctx.source.reading.kind !== "read" || ctx.denominator?.reading.kind !== "read") return false;
  const numerator = ctx.source.reading.value.number;
  const denominator = ctx.denominator.reading.value.number;
  return numerator === undefined || denominator === undefined ? false : { numerator, denominator };
}

export const indicatorRules: Rule<IndicatorRuleContext, unknown>[] = [
  row({
    code: "error_value",
    severity: "error",
    check: (ctx) => findInput(ctx, (input) => input.reading.kind === "excel_error"),
    message: (input: InputCell) =>
      validationTexts.cell.errorValue(input.column, input.reading.kind === "excel_error" ? input.reading.error : ""),
    fix: validationTexts.cell.errorValueFix,
    cell: (_, input) => input.cell,
  }),
  row({
    // The result cell of a ratio row is our formula; an input holding one may point at another file.
    code: "formula_input",
    severity: "warning",
    check: (ctx) => findInput(ctx, (input) => input.cell.formula === true),
    message: (input: InputCell) => validationTexts.cell.formulaInput(input.column),
    fix: validationTexts.cell.formulaInputFix,
    cell: (_, input) => input.cell,
  }),
  row({
    code: "missing_value",
    severity: "error",
    check: (ctx) => ctx.source.reading.kind === "blank" && { column: ctx.source.column },
    message: ({ column }) => texts.missingValue(column),
    fix: texts.missingValueFix,
    cell: atSource,
  }),
  row({
    code: "unreadable_value",
    severity: "error",
    check: (ctx) => findInput(ctx, (input) => input.reading.kind === "unreadable"),
    message: (input: InputCell) =>
      texts.unreadableValue(input.column, input.reading.kind === "unreadable" ? input.reading.message : ""),
    fix: texts.unreadableValueFix,
    cell: (_, input) => input.cell,
  }),
  row({
    code: "rate_without_parts",
    severity: "error",
    check: ({ typedOverRate, source }) =>
      typedOverRate &&
      source.reading.kind === "read" &&
      source.reading.value.number !== undefined &&
      source.reading.value,
    message: (written) => texts.rateWithoutParts(written.raw),
    fix: texts.rateWithoutPartsFix,
    cell: atSource,
  }),
  row({
    code: "missing_denominator",
    severity: "error",
    check: (ctx) =>
      ctx.ratio &&
      ctx.source.reading.kind === "read" &&
      ctx.source.reading.value.number !== undefined &&
      ctx.denominator?.reading.kind === "blank" && {
        cell: ctx.denominator.cell,
        numerator: ctx.source.reading.value.number,
      },
    message: ({ numerator }) => texts.missingDenominator(figureText(numerator)),
    fix: texts.missingDenominatorFix,
    cell: atDetail,
  }),
  row({
    code: "denominator_not_positive",
    severity: "error",
    check: (ctx) => {
      const parts = ratioParts(ctx);
      return parts && parts.denominator <= 0 && { cell: ctx.denominator?.cell ?? ctx.source.cell, ...parts };
    },
    message: ({ denominator }) => texts.denominatorNotPositive(figureText(denominator)),
    fix: texts.denominatorNotPositiveFix,
    cell: atDetail,
  }),
  row({
    code: "numerator_above_denominator",
    severity: "error",
    check: (ctx) => {
      const parts = ratioParts(ctx);
      return parts && parts.denominator > 0 && parts.numerator > parts.denominator && parts;
    },
    message: ({ numerator, denominator }) =>
      texts.numeratorAboveDenominator(figureText(numerator), figureText(denominator)),
    fix: texts.numeratorAboveDenominatorFix,
    cell: atSource,
  }),
  row({
    code: "ratio_mismatch",
    severity: "warning",
    check: (ctx) => {
      const shown = readCell(ctx.entry.result, "percent");
      const computed = ctx.ratio ? ctx.value : undefined;
      if (shown.kind !== "read" || shown.value.number === undefined || computed?.number === undefined) return false;
      const gap = Math.abs(shown.value.number - computed.number);
      return gap > RATIO_TOLERANCE && { shown: shown.value.number, computed: { ...computed, number: computed.number } };
    },
    message: ({ shown, computed }) =>
      texts.ratioMismatch(
        figureText(shown, true),
        figureText(computed.numerator ?? 0),
        figureText(computed.denominator ?? 0),
        shownFigure(computed),
      ),
    fix: texts.ratioMismatchFix,
    cell: (ctx) => ctx.entry.result,
  }),
  row({
    code: "percent_out_of_range",
    severity: "error",
    check: ({ value }) =>
      value?.unit === "percent" &&
      value.number !== undefined &&
      (value.number < 0 || value.number > 100) && { ...value, number: value.number },
    message: (value) => texts.percentOutOfRange(shownFigure(value)),
    fix: texts.percentOutOfRangeFix,
    cell: atSource,
  }),
  row({
    // "Có 8 người … trên 1 vạn dân" is a count with decimals: the catalog's 2025 result (7,26) says so.
    code: "bad_count",
    severity: "error",
    check: (ctx) => {
      const lastYear = ctx.lastYear?.number;
      const fractionsAllowed = !ctx.ratio && lastYear !== undefined && !Number.isInteger(lastYear);
      return (
        countCells(ctx)
          .flatMap((input) => (input.reading.kind === "read" ? [{ input, value: input.reading.value }] : []))
          .find(
            ({ value }) =>
              value.number !== undefined &&
              (value.unit === "percent" || value.number < 0 || (!Number.isInteger(value.number) && !fractionsAllowed)),
          ) ?? false
      );
    },
    message: ({ input, value }: CountDetail) =>
      value.unit === "percent"
        ? texts.percentInCount(input.column, value.raw)
        : texts.badCount(input.column, value.raw),
    fix: texts.badCountFix,
    cell: atDetailInput,
  }),
  row({
    // 1E+308 in a count would print "Infinity" and meet every target: a figure above the bound is a slip.
    code: "implausible_count",
    severity: "error",
    check: (ctx) => {
      const bound = countBound(ctx.validation.catalog, ctx.indicator.id);
      const over = countCells(ctx).find(
        (input) =>
          input.reading.kind === "read" &&
          input.reading.value.number !== undefined &&
          input.reading.value.number > bound.max,
      );
      return over?.reading.kind === "read" && { input: over, value: over.reading.value, bound };
    },
    message: ({ input, value, bound }: CountDetail & { bound: CountBound }) =>
      texts.implausibleCount(input.column, value.raw, figureText(bound.max), bound.basis),
    fix: texts.implausibleCountFix,
    cell: atDetailInput,
  }),
  row({
    // The row's reason stands for it (see ratioValue); the number beside it is not counted, and the unit is told.
    code: "reason_beside_number",
    severity: "warning",
    check: ({ ratio, typedOverRate, numerator, denominator }) => {
      if (!ratio || typedOverRate || !numerator || !denominator) return false;
      const [reasonCell, numberCell] = reasonOf(numerator) ? [numerator, denominator] : [denominator, numerator];
      const reason = reasonOf(reasonCell);
      const number = numberCell.reading.kind === "read" ? numberCell.reading.value.number : undefined;
      return reason !== undefined && number !== undefined && { reasonCell, numberCell, reason, number };
    },
    message: ({ reasonCell, numberCell, reason, number }: ReasonBesideNumber) =>
      texts.reasonBesideNumber(reasonCell.column, reason.raw, numberCell.column, figureText(number)),
    fix: texts.reasonBesideNumberFix,
    cell: (_, { reasonCell }: ReasonBesideNumber) => reasonCell.cell,
  }),
  row({
    // previousValue is only given for cumulative indicators, so any drop is a contradiction.
    code: "cumulative_decreased",
    severity: "warning",
    check: ({ value, unitId, indicator, validation }) => {
      const previous = validation.previousValue?.(unitId, indicator.id);
      return (
        value?.number !== undefined &&
        previous !== undefined &&
        value.number < previous && { value: { ...value, number: value.number }, previous }
      );
    },
    message: ({ value, previous }) =>
      texts.cumulativeDecreased(shownFigure(value), figureText(previous, value.unit === "percent")),
    fix: texts.cumulativeDecreasedFix,
    cell: atSource,
  }),
  row({
    code: "estimate",
    severity: "info",
    check: ({ value }) => value?.flags.estimate === true && value,
    message: (value) => texts.estimate(value.raw),
    fix: texts.estimateFix,
    cell: atSource,
  }),
];
