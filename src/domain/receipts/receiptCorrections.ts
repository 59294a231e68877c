/** The officer's receipt times as stored (a JSON object, the pane's settings): file name → time as typed. */
import type { ParseIssue, ParseResult } from "../result";
import { receiptTexts } from "../texts/receipts";
import { parseReceiptTime } from "./receiptTime";
import type { ReceiptCorrections } from "./types";

/**
 * `{ "2026-05_xa-muong-sai.xlsx": "08/05/2026 14:30" }` → the corrections as instants; every entry that does not
 * read is an issue naming it, and none is used until all read.
 */
export function readReceiptCorrections(value: unknown): ParseResult<ReceiptCorrections> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, issues: [{ path: [], code: "receipt_file", message: receiptTexts.fileNotObject }] };
  }
  const corrections: Record<string, string> = {};
  const issues: ParseIssue[] = [];
  for (const [file, time] of Object.entries(value)) {
    const parsed = parseReceiptTime(typeof time === "string" ? time : String(time));
    if (parsed.ok) corrections[file] = parsed.value;
    else
      issues.push(
        ...parsed.issues.map((issue) => ({
          ...issue,
          path: [file],
          message: receiptTexts.fileEntry(file, issue.message),
        })),
      );
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: corrections };
}
