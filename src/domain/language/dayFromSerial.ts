import type { IsoDate } from "./types";

/**
 * A spreadsheet's day count (the 1900 system, counted from 30/12/1899, so exact from 1/3/1900 on, past the
 * system's phantom 29/2/1900) → the day: 46152 → "2026-05-10".
 */
export function dayFromSerial(serial: number): IsoDate {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000)).toISOString().slice(0, 10);
}
