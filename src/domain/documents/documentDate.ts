/**
 * The day a document was issued, as a unit's cell gives it: a date cell (read as "2026-04-14"), a bare day count
 * (a date cell that lost its date format), or a text typed the Vietnamese way, "14/4/2026" or "14/04/2026".
 */
import { dayFromSerial } from "../language/dayFromSerial";
import { calendarDate } from "../language/parsePeriod";
import type { IsoDate } from "../language/types";

const VIETNAMESE_DAY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The day counts of 1/1/1900 and 31/12/9999: any other number is not a date. */
const SERIAL_RANGE = { min: 1, max: 2_958_465 };

/** The ISO day, or undefined when the cell does not hold a day of the calendar. */
export function readDocumentDate(raw: string | number | boolean | null): IsoDate | undefined {
  if (typeof raw === "number") return fromSerial(raw);
  if (typeof raw !== "string") return undefined;
  const text = raw.trim().replace(/^ngày\s+/iu, "");
  const iso = ISO_DAY.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vietnamese = VIETNAMESE_DAY.exec(text);
  if (vietnamese) return calendarDate(Number(vietnamese[3]), Number(vietnamese[2]), Number(vietnamese[1]));
  return undefined;
}

function fromSerial(serial: number): IsoDate | undefined {
  if (!Number.isInteger(serial) || serial < SERIAL_RANGE.min || serial > SERIAL_RANGE.max) return undefined;
  return dayFromSerial(serial);
}
