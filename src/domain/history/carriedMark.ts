/** How a figure carried from an earlier period is marked wherever a working sheet shows it. */
import { parsePeriod, periodLabel } from "../language/parsePeriod";
import { historyTexts } from "../texts/history";

/** "2026-04" → "số liệu kỳ trước (tháng 4/2026)". */
export function carriedMark(periodCode: string): string {
  const period = parsePeriod(periodCode);
  return historyTexts.carriedMark(period.ok ? periodLabel(period.value) : periodCode);
}

/** The text followed by the mark when the figure was carried: "45/50 — số liệu kỳ trước (tháng 4/2026)". */
export function withCarriedMark(text: string, carriedFrom: string | undefined): string {
  return carriedFrom === undefined ? text : historyTexts.marked(text, carriedMark(carriedFrom));
}
