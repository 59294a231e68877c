/** One indicator row read once, so every rule of indicatorRules looks at the same reading. */
import type { Indicator } from "../catalog/types";
import { asksForNumeratorAndDenominator } from "../forms/formContent";
import { compareToTarget } from "../language/compareToTarget";
import { parseValue } from "../language/parseValue";
import type { ParsedValue, TargetComparison } from "../language/types";
import type { CellInput, IndicatorEntry } from "../submission/types";
import { readCell, type CellReading } from "./readCell";
import { comparesWithProvinceFigures } from "./comparesWithProvinceFigures";
import type { ValidationContext } from "./validationContext";
import { columnHeaders } from "../texts/formColumns";

/** A cell the unit types into, with its column's name for messages. */
export interface InputCell {
  cell: CellInput;
  column: string;
  reading: CellReading;
}

export interface IndicatorRuleContext {
  indicator: Indicator;
  entry: IndicatorEntry;
  unitId: string;
  validation: ValidationContext;
  /** A rate entered as Tử số and Mẫu số; the result cell is then our formula, not an input. */
  ratio: boolean;
  /** On a ratio row, the unit wrote in the result cell over the formula and left Tử số and Mẫu số empty. */
  typedOverRate: boolean;
  /** Where the figure or the reason for none is read: the result cell, or Tử số on a ratio row. */
  source: InputCell;
  /** Tử số, on a ratio row. */
  numerator?: InputCell;
  /** Mẫu số, on a ratio row. */
  denominator?: InputCell;
  /**
   * The reported figure (on a ratio row, Tử số ÷ Mẫu số × 100 when both are sound), or a reason for none.
   * A rate typed over the formula is no value: consolidation needs its Tử số and Mẫu số.
   */
  value?: ParsedValue;
  /** The catalog's "Kết quả năm 2025", parsed. */
  lastYear?: ParsedValue;
  /** The unit's figure can be held against the target and last year's result (see comparesWithProvinceFigures). */
  comparable: boolean;
  /** The figure against the 2026 target, when comparable. */
  comparison?: TargetComparison;
  /** The comparable figure is below last year's result: a status of progress, not a finding (DESIGN.md §4). */
  belowLastYear: boolean;
}

export function indicatorRuleContext(
  indicator: Indicator,
  entry: IndicatorEntry,
  unitId: string,
  validation: ValidationContext,
): IndicatorRuleContext {
  const ratio = asksForNumeratorAndDenominator(indicator);
  const result = input(entry.result, columnHeaders.result, indicator.measure);
  const parts = ratio ? ratioParts(entry) : undefined;
  const typedOverRate = parts !== undefined && isTypedOverRate(result, parts);
  const source = parts && !typedOverRate ? ratioSource(parts) : result;
  const written = parts && !typedOverRate ? ratioValue(parts, indicator.measure) : readValue(source.reading);
  // A rate typed over the formula has no Tử số and Mẫu số for consolidation to add up: only a reason stands.
  const value = typedOverRate && written?.number !== undefined ? undefined : written;
  const parsedLastYear = parseValue(indicator.result2025, { measure: indicator.measure });
  const lastYear = parsedLastYear.ok ? parsedLastYear.value : undefined;
  const comparable = comparesWithProvinceFigures(indicator, unitId);
  const comparison =
    comparable && value && indicator.target
      ? compareToTarget(value, indicator.target, { baseline: lastYear?.number })
      : undefined;
  const belowLastYear = comparable && value !== undefined && lastYear !== undefined && isBelow(value, lastYear);
  return {
    indicator,
    entry,
    unitId,
    validation,
    ratio,
    typedOverRate,
    source,
    ...(parts ? { numerator: parts.numerator, denominator: parts.denominator } : {}),
    ...(value ? { value } : {}),
    ...(lastYear ? { lastYear } : {}),
    comparable,
    ...(comparison ? { comparison } : {}),
    belowLastYear,
  };
}

function isBelow(value: ParsedValue, lastYear: ParsedValue): boolean {
  if (lastYear.number === undefined) return false;
  const floor = { raw: lastYear.raw, op: ">=" as const, value: lastYear.number, unit: lastYear.unit };
  return compareToTarget(value, floor).status === "not_met";
}

/** The cells the unit types into on this row: the result, or Tử số and Mẫu số (and a rate typed over the formula). */
export function inputCells(ctx: IndicatorRuleContext): InputCell[] {
  if (!ctx.numerator || !ctx.denominator) return [ctx.source];
  return ctx.typedOverRate ? [ctx.source, ctx.denominator] : [ctx.numerator, ctx.denominator];
}

/** The cells that must hold counts: Tử số and Mẫu số on a ratio row, the result of a count indicator. */
export function countCells(ctx: IndicatorRuleContext): InputCell[] {
  if (ctx.numerator && ctx.denominator) return [ctx.numerator, ctx.denominator];
  return ctx.indicator.measure === "count" ? [ctx.source] : [];
}

function input(cell: CellInput, column: string, measure: Indicator["measure"]): InputCell {
  return { cell, column, reading: readCell(cell, measure) };
}

/** A Tử số or Mẫu số column missing from the file reads as blank, pointed at the row's result cell. */
function blankBeside(result: CellInput): CellInput {
  return { sheet: result.sheet, cell: result.cell, raw: null };
}

function readValue(reading: CellReading): ParsedValue | undefined {
  return reading.kind === "read" ? reading.value : undefined;
}

interface RatioParts {
  numerator: InputCell;
  denominator: InputCell;
}

function ratioParts(entry: IndicatorEntry): RatioParts {
  return {
    numerator: input(entry.numerator ?? blankBeside(entry.result), columnHeaders.numerator, "count"),
    denominator: input(entry.denominator ?? blankBeside(entry.result), columnHeaders.denominator, "count"),
  };
}

/** The form lets a unit without cases replace the rate's formula by a reason; Tử số and Mẫu số are then empty. */
function isTypedOverRate(result: InputCell, { numerator, denominator }: RatioParts): boolean {
  return (
    result.cell.formula !== true &&
    result.reading.kind !== "blank" &&
    numerator.reading.kind === "blank" &&
    denominator.reading.kind === "blank"
  );
}

/** Where the row's figure or reason is read: Tử số, or Mẫu số when only Mẫu số gives a reason for no number. */
function ratioSource({ numerator, denominator }: RatioParts): InputCell {
  return numerator.reading.kind === "blank" && reasonOf(denominator) ? denominator : numerator;
}

/** The reason for no number a Tử số or Mẫu số cell gives ("Chưa triển khai"), if it gives one. */
export function reasonOf(input: InputCell | undefined): ParsedValue | undefined {
  const value = input ? readValue(input.reading) : undefined;
  return value?.number === undefined ? value : undefined;
}

/**
 * A reason written in Tử số or Mẫu số stands for the row: the unit gave no number, and the figure counts it as
 * missing. Numbers give the rate only when 0 < Mẫu số and Tử số ≤ Mẫu số.
 */
function ratioValue(parts: RatioParts, measure: Indicator["measure"]): ParsedValue | undefined {
  const reason = reasonOf(parts.numerator) ?? reasonOf(parts.denominator);
  if (reason) return { ...reason, unit: measure };
  const written = readValue(parts.numerator.reading);
  if (!written) return undefined;
  const total = readValue(parts.denominator.reading);
  if (total?.number === undefined || written.number === undefined) return undefined;
  if (total.number <= 0 || written.number > total.number) return undefined;
  return {
    raw: `${written.raw}/${total.raw}`,
    number: (written.number / total.number) * 100,
    unit: "percent",
    numerator: written.number,
    denominator: total.number,
    flags: written.flags,
  };
}
