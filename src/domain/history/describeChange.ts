/** The change since the previous period as the working sheets write it: "+2,1 điểm %", "+3", "Không đổi", "A → B". */
import type { ConsolidatedIndicator, ConsolidatedTask } from "../consolidation/types";
import type { MeasureUnit } from "../language/types";
import { formatVietnameseNumber } from "../language/vietnameseNumber";
import { historyTexts } from "../texts/history";

/** Undefined when either period has no figure: a number beside a reason is no change to speak of. */
export function figureChange(indicator: ConsolidatedIndicator, measure: MeasureUnit): string | undefined {
  const before = indicator.previous?.value;
  if (before === undefined || indicator.value === undefined) return undefined;
  // The figures carry at most two decimals; rounding drops binary tails such as 0.30000000000000004.
  const difference = Number((indicator.value - before).toFixed(2));
  if (difference === 0) return historyTexts.unchanged;
  const signed = `${difference > 0 ? "+" : ""}${formatVietnameseNumber(difference)}`;
  return historyTexts.change(signed, measure === "percent");
}

export function statusChange(task: ConsolidatedTask): string | undefined {
  const before = task.previous?.statusText;
  if (before === undefined) return undefined;
  return before === task.statusText ? historyTexts.unchanged : historyTexts.statusChange(before, task.statusText);
}
