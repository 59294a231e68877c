/**
 * A file's own part of consolidation, done as soon as it is read: validation looks at one file only, so a reader
 * can run it and keep, instead of the whole submission, the verdict and the few fields choosing the latest needs.
 */
import type { ReceiptSource } from "../receipts/types";
import type { Submission } from "../submission/types";
import type { SubmissionCheck } from "../validation/checkedTypes";
import type { Finding } from "../validation/types";
import type { ValidationContext } from "../validation/validationContext";
import { validateSubmission } from "../validation/validateSubmission";

/** What a reader made of one file: a submission (with notes), or one finding saying why it is not one. */
export type FileRead =
  | { file: string; receivedAt: string; receiptSource?: ReceiptSource; submission: Submission; notes: Finding[] }
  | { file: string; receivedAt: string; receiptSource?: ReceiptSource; finding: Finding };

/** A read file after validation (plain data): the verdict, the reader's notes and what tells resends apart. */
export type CheckedFile =
  | {
      file: string;
      receivedAt: string;
      receiptSource?: ReceiptSource;
      /** Set when the file names a unit of the register. */
      unitId?: string;
      period: string;
      check: SubmissionCheck;
      notes: Finding[];
    }
  | { file: string; receivedAt: string; receiptSource?: ReceiptSource; finding: Finding };

export function checkFileRead(read: FileRead, context: ValidationContext): CheckedFile {
  if ("finding" in read) return read;
  const { submission, notes } = read;
  const check = validateSubmission(submission, context);
  return {
    file: submission.file,
    receivedAt: String(submission.receivedAt),
    ...(read.receiptSource ? { receiptSource: read.receiptSource } : {}),
    ...(check.unitId !== undefined ? { unitId: check.unitId } : {}),
    period: submission.period,
    check,
    notes,
  };
}
