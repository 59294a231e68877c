import { periodOf } from "./parsePeriod";
import type { IsoDate, Period, PeriodKind } from "./types";

/** Every period of a plan year an officer can report on, months first, then quarters, halves and the year. */
export function periodChoices(year: number): Period[] {
  const shapes: [PeriodKind, number][] = [
    ["month", 12],
    ["quarter", 4],
    ["half_year", 2],
    ["year", 1],
  ];
  return shapes.flatMap(([kind, count]) =>
    Array.from({ length: count }, (_, i) => periodOf(kind, year, i + 1)).filter((p): p is Period => p !== undefined),
  );
}

/** The month being reported on today, within the plan year (its first or last month outside it). */
export function defaultPeriodCode(today: IsoDate, year: number): string {
  const todayYear = Number(today.slice(0, 4));
  if (todayYear < year) return `${year}-01`;
  if (todayYear > year) return `${year}-12`;
  return today.slice(0, 7);
}
