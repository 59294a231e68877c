/** The values the May 2026 province report printed (data/report-2026-05.json), read the way a unit would write them. */
import { parseValue } from "../domain/language/parseValue";
import type { ParsedValue } from "../domain/language/types";
import report from "./data/report-2026-05.json";

export interface ReportValues {
  indicators: Record<string, string>;
  tasks: Record<string, { status: string; description: string }>;
}

export const REPORT_2026_05: ReportValues = report;

/** A bare figure ("67,1%", "12", "01"): the form asks for it as a number, without the "%". */
const BARE_FIGURE = /^\d+(?:,\d+)?%?$/;

export function parsedReportValue(text: string): ParsedValue | undefined {
  const parsed = parseValue(text);
  return parsed.ok ? parsed.value : undefined;
}

/** What the lead unit types in the result cell: the number for a bare figure, else the text as printed. */
export function reportCellValue(text: string): string | number {
  const figure = parsedReportValue(text)?.number;
  return BARE_FIGURE.test(text) && figure !== undefined ? figure : text;
}
