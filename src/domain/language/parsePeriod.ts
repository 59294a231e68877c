/** Reporting periods ("2026-05", "2026-Q2", "2026-H1", "2026") and the calendar arithmetic deadlines share. */
import { failure, success, type ParseResult } from "../result";
import { periodTexts } from "../texts/deadlines";
import type { IsoDate, Period, PeriodKind } from "./types";

export const ROMAN_QUARTERS = ["I", "II", "III", "IV"];

/** Months covered by one period of each kind, and how many such periods a year has. */
const PERIOD_SHAPES: Record<PeriodKind, { months: number; perYear: number }> = {
  month: { months: 1, perYear: 12 },
  quarter: { months: 3, perYear: 4 },
  half_year: { months: 6, perYear: 2 },
  year: { months: 12, perYear: 1 },
};

/**
 * The units report "trước ngày 11 hằng tháng" (plan, section V.6): the 11th is already late, so the last day
 * to send is the 10th of the month after the period; quarter, half-year and year reports ride on that monthly date.
 */
const REPORT_DAY = 10;

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The ISO date of a day written by an officer, or undefined when that day is not on the calendar (31/2/2026). */
export function calendarDate(year: number, month: number, day: number): IsoDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return isoDate(year, month, day);
}

/** The period of the given kind and index (month 1–12, quarter 1–4, half 1–2, year 1), or undefined if out of range. */
export function periodOf(kind: PeriodKind, year: number, index: number): Period | undefined {
  const { months, perYear } = PERIOD_SHAPES[kind];
  if (!Number.isInteger(index) || index < 1 || index > perYear) return undefined;
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    kind,
    year,
    index,
    start: isoDate(year, firstMonth, 1),
    end: isoDate(year, lastMonth, daysInMonth(year, lastMonth)),
    code: periodCode(kind, year, index),
  };
}

function periodCode(kind: PeriodKind, year: number, index: number): string {
  if (kind === "month") return `${year}-${pad2(index)}`;
  if (kind === "quarter") return `${year}-Q${index}`;
  if (kind === "half_year") return `${year}-H${index}`;
  return String(year);
}

const PERIOD_CODE = /^(?<year>\d{4})(?:-(?:(?<month>\d{1,2})|(?<letter>[QqHh])(?<index>\d)))?$/;

/** "2026-05" → tháng 5/2026, "2026-Q2" → quý II, "2026-H1" → 6 tháng đầu năm, "2026" → năm 2026. */
export function parsePeriod(code: string): ParseResult<Period> {
  const groups = code.trim().match(PERIOD_CODE)?.groups;
  const period = groups ? periodFromGroups(groups) : undefined;
  return period ? success(period) : failure("period.invalid", periodTexts.invalid(code));
}

function periodFromGroups(groups: Record<string, string | undefined>): Period | undefined {
  const year = Number(groups.year);
  if (groups.month !== undefined) return periodOf("month", year, Number(groups.month));
  if (groups.letter === undefined) return periodOf("year", year, 1);
  const kind = groups.letter.toUpperCase() === "Q" ? "quarter" : "half_year";
  return periodOf(kind, year, Number(groups.index));
}

/** The period as the report prints it: "tháng 5/2026", "quý II/2026", "6 tháng đầu năm 2026", "năm 2026". */
export function periodLabel(period: Period): string {
  if (period.kind === "month") return periodTexts.month(period.index, period.year);
  if (period.kind === "quarter") return periodTexts.quarter(ROMAN_QUARTERS[period.index - 1], period.year);
  if (period.kind === "half_year") {
    return period.index === 1 ? periodTexts.firstHalf(period.year) : periodTexts.secondHalf(period.year);
  }
  return periodTexts.year(period.year);
}

/**
 * Last day a unit may send its report for the period: the 10th of the period's last month (2026-05 →
 * 2026-05-10). The province reports mid-month on the month so far — the May 2026 report counts tasks as of
 * 14/5 — so units' "trước ngày 11 hằng tháng" falls inside the month being reported on.
 */
export function reportDeadline(period: Period): IsoDate {
  return isoDate(Number(period.end.slice(0, 4)), Number(period.end.slice(5, 7)), REPORT_DAY);
}

/** The year of a period code ("2026-05", "2026-Q2", "2026"): the plan whose forms the period's are. */
export function periodYear(code: string): number {
  return Number(code.slice(0, 4));
}
