/** The values the May 2026 province report printed (data/report-2026-05.json), read the way a unit would write them. */
import { parseValue } from "../domain/language/parseValue";
import type { ParsedValue } from "../domain/language/types";
import report from "./data/report-2026-05.json";
import programmeReport from "./data/report-2026-05-programmes.json";

export interface ReportValues {
  indicators: Record<string, string>;
  tasks: Record<string, { status: string; description: string }>;
}

/**
 * 003 writes a note after one status ("Đang thực hiện (Bộ Khoa học và Công nghệ chưa có VB …)"); a unit picks the
 * status from the form's list, so the note moves to the end of its description.
 */
function asTyped({ status, description }: ReportValues["tasks"][string]): ReportValues["tasks"][string] {
  const noted = /^(.+?)\s*\((.+)\)$/.exec(status);
  return noted ? { status: noted[1], description: `${description} (${noted[2]})` } : { status, description };
}

/** The CĐS plan's values and those of the other programmes 003 prints (Phụ lục III part A, Phụ lục IV). */
export const REPORT_2026_05: ReportValues = {
  indicators: report.indicators,
  tasks: {
    ...report.tasks,
    ...Object.fromEntries(Object.entries(programmeReport).map(([id, value]) => [id, asTyped(value)])),
  },
};

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
