/** The roll-ups an officer may ask for in a plan year, and the one offered first: the quarter of the latest month recorded. */
import { parsePeriod, periodOf } from "../language/parsePeriod";
import { periodChoices } from "../language/periodChoices";
import type { Period } from "../language/types";

/** Quý I–IV, 6 tháng đầu năm and cuối năm, and the year: the periods made from the months, not from forms. */
export function rollUpChoices(year: number): Period[] {
  return periodChoices(year).filter((period) => period.kind !== "month");
}

/** The latest month among recorded period codes: "2026-06" of 2026-04, 2026-06 and 2026-Q1; none without a month. */
export function latestMonth(codes: Iterable<string>): Period | undefined {
  let latest: Period | undefined;
  for (const code of new Set(codes)) {
    const parsed = parsePeriod(code);
    if (parsed.ok && parsed.value.kind === "month" && (!latest || parsed.value.start > latest.start)) {
      latest = parsed.value;
    }
  }
  return latest;
}

/** The roll-up a period belongs to first: tháng 5/2026 → quý II/2026; a quarter, half or year is its own. */
export function rollUpOf(period: Period): Period {
  if (period.kind !== "month") return period;
  return periodOf("quarter", period.year, Math.ceil(period.index / 3)) as Period;
}
