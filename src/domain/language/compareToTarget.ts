/**
 * A value against its target: met, not met (by how much), or no data (and why, in Vietnamese).
 *
 * - `shortBy` is the distance to meeting the target: target − value for "≥" and "increase_by",
 *   value − target for "≤", |value − target| for "=".
 * - "increase_by" compares the value with baseline + increase; the baseline is the previous year's result.
 * - Percent and money only compare with the same unit; count and unit-less numbers compare with each other.
 * - An estimate ("Ước") is compared like any value; the flag travels with the value, not the verdict.
 */
import type { MeasureUnit, ParsedValue, Target, TargetComparison } from "./types";
import { valueTexts } from "../texts/values";

export function compareToTarget(
  value: ParsedValue,
  target: Target,
  opts: { baseline?: number } = {},
): TargetComparison {
  if (value.number === undefined) return { status: "no_data", reason: value.reason?.text ?? valueTexts.noData };
  if (!unitsComparable(value.unit, target.unit)) {
    return { status: "no_data", reason: valueTexts.unitMismatch(target.unit, value.unit) };
  }
  const required = requiredLevel(target, opts.baseline);
  if (required === undefined) return { status: "no_data", reason: valueTexts.missingBaseline };
  const gap = distanceToTarget(value.number, target.op === "increase_by" ? ">=" : target.op, required);
  return gap <= 0 ? { status: "met" } : { status: "not_met", shortBy: gap };
}

function requiredLevel(target: Target, baseline: number | undefined): number | undefined {
  if (target.op !== "increase_by") return target.value;
  return baseline === undefined ? undefined : baseline + target.value;
}

function unitsComparable(valueUnit: MeasureUnit, targetUnit: MeasureUnit): boolean {
  const plain = (unit: MeasureUnit) => unit === "count" || unit === "none";
  return valueUnit === targetUnit || (plain(valueUnit) && plain(targetUnit));
}

function distanceToTarget(actual: number, op: ">=" | "<=" | "=", required: number): number {
  const raw = op === ">=" ? required - actual : op === "<=" ? actual - required : Math.abs(actual - required);
  // 70 − 67.1 is 2.9000000000000057 in binary; the report's figures have at most a few decimals.
  return Number(raw.toFixed(10));
}
