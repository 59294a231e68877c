/** Receipt times the officer typed into the register sheet, told apart from the times the sheet was written with. */
import type { Finding } from "../validation/types";
import { receiptTexts } from "../texts/receipts";
import { parseReceiptTime, receiptTimeText } from "./receiptTime";
import type { ReceiptCorrections } from "./types";

/** One register row as read back: the unit's file, the time cell's text and where that cell is. */
export interface RegisterReceiptEntry {
  file: string;
  text: string;
  sheet: string;
  cell: string;
}

/**
 * `known`: for each file, the times the sheet may show without a new word from the officer — the file's own
 * and the correction already kept. A time equal to one of them, to the minute, is the sheet as it was written;
 * any other is the officer's correction. A time that does not read is a warning naming its cell.
 */
export function registerCorrections(
  entries: RegisterReceiptEntry[],
  known: ReadonlyMap<string, readonly string[]>,
  workbook: string,
): { corrections: ReceiptCorrections; findings: Finding[] } {
  const corrections: Record<string, string> = {};
  const findings: Finding[] = [];
  for (const { file, text, sheet, cell } of entries) {
    const times = known.get(file);
    if (times === undefined) continue;
    const parsed = parseReceiptTime(text);
    if (!parsed.ok) {
      const message = receiptTexts.sheetCell(sheet, cell, parsed.issues[0].message);
      findings.push({ file: workbook, sheet, cell, severity: "warning", code: "receipt_time_unreadable", message });
      continue;
    }
    const shown = receiptTimeText(parsed.value);
    if (!times.some((time) => receiptTimeText(time) === shown)) corrections[file] = parsed.value;
  }
  return { corrections, findings };
}
