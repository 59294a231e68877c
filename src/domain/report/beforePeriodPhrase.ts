/** How section III names the time before the reported period: "trong quý I và trong tháng 4/2026" in May. */
import { periodLabel, ROMAN_QUARTERS } from "../language/parsePeriod";
import type { Period } from "../language/types";
import { beforePeriodTexts } from "../texts/report";

/**
 * Whole quarters first, then the months left over, as the May 2026 report writes it:
 * 2026-02 → "trong tháng 1/2026", 2026-05 → "trong quý I và trong tháng 4/2026",
 * 2026-06 → "trong quý I và trong tháng 4, 5/2026", 2026-Q3 → "trong quý I, quý II/2026",
 * 2026-H2 → "trong 6 tháng đầu năm 2026"; with nothing before it in the year: "trước tháng 1/2026".
 */
export function beforePeriodPhrase(period: Period): string {
  if (period.kind === "half_year" && period.index === 2) return beforePeriodTexts.firstHalf(period.year);
  const monthsBefore = Number(period.start.slice(5, 7)) - 1;
  const wholeQuarters = Math.floor(monthsBefore / 3);
  const pieces: string[] = [];
  if (wholeQuarters > 0) pieces.push(beforePeriodTexts.quarters(ROMAN_QUARTERS.slice(0, wholeQuarters)));
  const leftOver = Array.from({ length: monthsBefore - wholeQuarters * 3 }, (_, i) => wholeQuarters * 3 + i + 1);
  if (leftOver.length > 0) pieces.push(beforePeriodTexts.months(leftOver));
  return pieces.length === 0
    ? beforePeriodTexts.before(periodLabel(period))
    : beforePeriodTexts.within(pieces, period.year);
}
