/** Periods in the history: which came before, and the records of one. */
import { parsePeriod, periodOf } from "../language/parsePeriod";
import type { Period } from "../language/types";
import type { HistoryRecord } from "./types";

/** The period of the same kind just before: tháng 5/2026 → tháng 4/2026, tháng 1/2026 → tháng 12/2025, quý I → quý IV. */
export function previousPeriod(period: Period): Period {
  const before = periodOf(period.kind, period.year, period.index - 1);
  if (before) return before;
  const perYear = { month: 12, quarter: 4, half_year: 2, year: 1 }[period.kind];
  return periodOf(period.kind, period.year - 1, perYear) as Period;
}

/** The months a period spans, in time order: quý II/2026 → tháng 4, 5 and 6/2026. */
export function monthsOf(period: Period): Period[] {
  const first = Number(period.start.slice(5, 7));
  const last = Number(period.end.slice(5, 7));
  return Array.from({ length: last - first + 1 }, (_, i) => periodOf("month", period.year, first + i) as Period);
}

/** The records of one period, in the order kept. */
export function recordsOfPeriod(records: HistoryRecord[], code: string): HistoryRecord[] {
  return records.filter((record) => record.period === code);
}

/**
 * The recorded periods of the same kind as `period` that came before it, latest first: a monthly report compares
 * with the last month recorded (April, or March when April was never consolidated).
 */
export function earlierPeriods(records: HistoryRecord[], period: Period): Period[] {
  const codes = [...new Set(records.map((record) => record.period))];
  return codes
    .flatMap((code) => {
      const parsed = parsePeriod(code);
      return parsed.ok && parsed.value.kind === period.kind && parsed.value.end < period.start ? [parsed.value] : [];
    })
    .sort((a, b) => (a.start < b.start ? 1 : -1));
}

/** The periods of this one's year that came before it, latest first: cumulative figures start again each January. */
export function earlierPeriodsOfYear(records: HistoryRecord[], period: Period): Period[] {
  return earlierPeriods(records, period).filter((earlier) => earlier.year === period.year);
}
