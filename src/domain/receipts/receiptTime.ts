/** Receipt times read and written as the officer sees them: dd/mm/yyyy hh:mm in Sơn La's time (UTC+7). */
import { provinceDate } from "../language/provinceDate";
import type { IsoDate } from "../language/types";
import { failure, success, type ParseResult } from "../result";
import { receiptTexts } from "../texts/receipts";

/** Vietnam keeps UTC+7 all year, so a wall-clock time there is UTC plus 7 hours. */
const PROVINCE_OFFSET_MS = 7 * 60 * 60 * 1000;

const WITH_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
/** A spreadsheet's date-time serial, as a register cell Excel turned into a date reads back. */
const SERIAL = /^\d{5}(?:\.\d+)?$/;
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;

/** A wall-clock time in the province → the instant, or undefined when the calendar has no such moment. */
function provinceInstant(parts: number[]): Date | undefined {
  const [year, month, day, hours = 0, minutes = 0, seconds = 0] = parts;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const utc = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  if (new Date(utc).getUTCDate() !== day) return undefined;
  return new Date(utc - PROVINCE_OFFSET_MS);
}

/** Day count from 30/12/1899 (Excel's 1900 system), the fraction the time of day on Sơn La's clock, to the minute. */
function serialInstant(serial: number): Date {
  const minutes = Math.round(serial * 24 * 60);
  return new Date(Date.UTC(1899, 11, 30) + minutes * 60_000 - PROVINCE_OFFSET_MS);
}

const numbers = (match: RegExpExecArray, order: number[]) =>
  order.map((index) => match[index]).flatMap((part) => (part === undefined ? [] : [Number(part)]));

/**
 * The instant a receipt text stands for. An ISO time with a zone is that instant ("2026-05-08T01:30:00.000Z", as
 * readers record a file's time); a time without one is read as Sơn La's clock ("2026-05-08 08:30", "08/05/2026
 * 08:30", "8/5/2026", the day alone at 00:00), and so is a spreadsheet's date serial (46152.6875).
 */
export function receiptInstant(text: string): Date | undefined {
  const trimmed = text.trim();
  if (WITH_ZONE.test(trimmed) && /^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const instant = new Date(trimmed);
    return Number.isNaN(instant.getTime()) ? undefined : instant;
  }
  const iso = ISO_LOCAL.exec(trimmed);
  if (iso) return provinceInstant(numbers(iso, [1, 2, 3, 4, 5, 6]));
  if (SERIAL.test(trimmed)) return serialInstant(Number(trimmed));
  const dayFirst = DAY_FIRST.exec(trimmed);
  if (dayFirst) return provinceInstant(numbers(dayFirst, [3, 2, 1, 4, 5, 6]));
  return undefined;
}

/** What an officer typed as a receipt time → the ISO instant stored; a Vietnamese issue when it reads as none. */
export function parseReceiptTime(text: string): ParseResult<string> {
  const instant = receiptInstant(text);
  return instant ? success(instant.toISOString()) : failure("receipt_time", receiptTexts.unreadable(text));
}

/** "2026-05-08T01:30:00.000Z" → "08/05/2026 08:30", Sơn La's clock whatever the computer's; other text as it is. */
export function receiptTimeText(receivedAt: string): string {
  const instant = receiptInstant(receivedAt);
  if (!instant) return receivedAt;
  const [date, time] = new Date(instant.getTime() + PROVINCE_OFFSET_MS).toISOString().split("T");
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year} ${time.slice(0, 5)}`;
}

/** The province's calendar day of a receipt, which decides lateness; undefined when the time is unknown. */
export function receiptDay(receivedAt: string): IsoDate | undefined {
  const instant = receiptInstant(receivedAt);
  return instant ? provinceDate(instant) : undefined;
}
