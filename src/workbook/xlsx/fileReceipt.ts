/** When a unit's file counts as received, before the officer says otherwise: its workbook's save, else its time. */
import type { FileRead } from "../../domain/consolidation/checkFileRead";
import type { ReceiptSource } from "../../domain/receipts/types";
import { lastSavedTime } from "./lastSavedTime";

export interface FileReceipt {
  receivedAt: string;
  receiptSource: ReceiptSource;
}

/**
 * The time the unit's workbook says it was last saved, which travels with the file through e-mail and Zalo;
 * else the file's own time, which is when the officer saved the attachment. `bytes` absent: the file's time.
 */
export function fileReceipt(fileTime: Date, bytes?: Uint8Array): FileReceipt {
  const saved = bytes && lastSavedTime(bytes);
  return saved
    ? { receivedAt: saved, receiptSource: "workbook" }
    : { receivedAt: fileTime.toISOString(), receiptSource: "file" };
}

/**
 * The reads of one file, each with the file's receipt. A file holding one unit's form is that unit's workbook;
 * one holding several is a collector's, whose last save is nobody's receipt, so its forms keep the file's time.
 */
export function withFileReceipt(reads: FileRead[], fileTime: Date, bytes: Uint8Array): FileRead[] {
  const receipt = reads.length === 1 ? fileReceipt(fileTime, bytes) : fileReceipt(fileTime);
  return reads.map((read) =>
    "submission" in read
      ? { ...read, ...receipt, submission: { ...read.submission, receivedAt: receipt.receivedAt } }
      : { ...read, ...receipt },
  );
}
