import type { IsoDate } from "./types";

/** Vietnam keeps UTC+7 all year (no daylight saving since 1975), so the province's day is UTC shifted by 7 hours. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The calendar day it is in Sơn La at `instant`: 2026-05-13T23:30Z is already 14/5 there. Defaults ("Tính đến ngày",
 * the command line's `--as-of`) use it, never the UTC day, which is yesterday before 07:00 in Vietnam.
 */
export function provinceDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
