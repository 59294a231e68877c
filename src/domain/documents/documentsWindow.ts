/** Which documents a report lists: those issued from `since` to the report's as-of day, both included. */
import type { IsoDate, Period } from "../language/types";

export interface DocumentsWindow {
  since: IsoDate;
  until: IsoDate;
}

const MONTHS_PER_PERIOD: Record<Period["kind"], number> = { month: 1, quarter: 3, half_year: 6, year: 12 };

/**
 * Without a date from the officer, the window opens on the last day before the previous period (31/3/2026 for
 * tháng 5/2026): the province reports mid-month, so documents issued after the previous report was made and
 * before its period ended would otherwise fall between two reports. The May 2026 report lists exactly that span
 * (31/3 to 11/5/2026); a document listed twice across two reports is the lesser harm, and the date is settable.
 */
export function defaultDocumentsSince(period: Period): IsoDate {
  const year = Number(period.start.slice(0, 4));
  const month = Number(period.start.slice(5, 7));
  // Day 0 of a month is the last day of the month before it.
  return new Date(Date.UTC(year, month - 1 - MONTHS_PER_PERIOD[period.kind], 0)).toISOString().slice(0, 10);
}

export function documentsWindow(period: Period, asOf: IsoDate, since?: IsoDate): DocumentsWindow {
  return { since: since ?? defaultDocumentsSince(period), until: asOf };
}

export function isInWindow(date: IsoDate, window: DocumentsWindow): boolean {
  return date >= window.since && date <= window.until;
}
