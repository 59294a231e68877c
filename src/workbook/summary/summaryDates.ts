/** Dates and times as the summary prints them. */

/**
 * "2026-05-08T09:05:00" → "08/05/2026 09:05": the wall-clock time as recorded, the same reading that decides
 * whether a file was late. A text the pattern does not fit is shown as it is.
 */
export function receivedTime(receivedAt: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(receivedAt);
  if (!match) return receivedAt;
  const [, year, month, day, hours, minutes] = match;
  const date = `${day}/${month}/${year}`;
  return hours === undefined ? date : `${date} ${hours}:${minutes}`;
}
