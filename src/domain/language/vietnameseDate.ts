import type { IsoDate } from "./types";

/** "2026-05-10" → "10/5/2026", "2026-05-06" → "06/5/2026": the way the seeds print a day ("ngày 06/5/2026"). */
export function vietnameseDate(date: IsoDate): string {
  const [year, month, day] = date.split("-");
  return `${day}/${Number(month)}/${year}`;
}

/** "2026-06-01" → "01/06/2026": day and month in two digits, as a form's date cell or a decision's "áp dụng từ" writes it. */
export function paddedVietnameseDate(date: IsoDate): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}
