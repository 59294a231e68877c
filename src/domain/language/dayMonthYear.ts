/** Days as the pane shows and takes them, dd/mm/yyyy, whatever language the computer speaks. */
import { calendarDate } from "./parsePeriod";
import type { IsoDate } from "./types";

/** "2026-05-04" → "04/05/2026". */
export function formatDayMonthYear(date: IsoDate): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}

/** "04/05/2026", "4/5/2026", "04-05-2026", "04.05.2026" → "2026-05-04"; undefined when no such day. */
export function parseDayMonthYear(text: string): IsoDate | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  return calendarDate(Number(match[3]), Number(match[2]), Number(match[1]));
}
