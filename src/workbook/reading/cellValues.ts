/** How a cell's stored value becomes what the validator reads, whichever library loaded it. */
import type { CellInput } from "../../domain/submission/types";

/** "" and spaces are a blank cell, as Excel shows them. */
export function textOrBlank(text: string): CellInput["raw"] {
  const normalised = text.normalize("NFC");
  return normalised.trim() === "" ? null : normalised;
}

/** A calendar date as the officer reads it, "2026-05-10"; dates are not expected in a form, the validator says so. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The format's codes, without quoted text and bracketed parts ([Red], [$-vi-VN], [h]). */
function formatCodes(format: string | undefined): string {
  return (format ?? "").replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
}

/** A "%" outside quotes: Excel then stores 87,6% as 0.876. */
export function isPercentFormat(format: string | undefined): boolean {
  return (format ?? "").replace(/"[^"]*"/g, "").includes("%");
}

/** A day or year code ("dd/mm/yyyy", "d mmmm yyyy"): the number stored is a day count. */
export function isDateFormat(format: string | undefined): boolean {
  return /[dy]/i.test(formatCodes(format));
}
