/** Whether a figure meets its indicator's target, with last year's result as the base of "tăng tối thiểu …". */
import type { Indicator } from "../catalog/types";
import { compareToTarget } from "../language/compareToTarget";
import { parseValue } from "../language/parseValue";
import type { ParsedValue, TargetComparison } from "../language/types";
import { indicatorTexts } from "../texts/report";

export function targetVerdict(indicator: Indicator, figure: ParsedValue): TargetComparison {
  if (!indicator.target) return { status: "no_data", reason: indicatorTexts.noTarget };
  return compareToTarget(figure, indicator.target, { baseline: baselineOf(indicator) });
}

function baselineOf(indicator: Indicator): number | undefined {
  if (indicator.target?.op !== "increase_by") return undefined;
  const result2025 = parseValue(indicator.result2025, { measure: indicator.measure });
  return result2025.ok ? result2025.value.number : undefined;
}
