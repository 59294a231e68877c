import type { IsoDate } from "./types";

/** "2026-05-10" → "10/5/2026", "2026-05-06" → "06/5/2026": the way the seeds print a day ("ngày 06/5/2026"). */
export function vietnameseDate(date: IsoDate): string {
  const [year, month, day] = date.split("-");
  return `${day}/${Number(month)}/${year}`;
}
