/** The officer's word on when a file came wins over whatever the file says. */
import type { ReceiptCorrections, ReceiptSource } from "./types";

interface Received {
  file: string;
  receivedAt: string;
  receiptSource?: ReceiptSource;
}

/** Each file the officer gave a time for takes it, marked as the officer's; the others stay as read. */
export function correctReceipts<T extends Received>(files: T[], corrections: ReceiptCorrections = {}): T[] {
  return files.map((file) =>
    Object.hasOwn(corrections, file.file)
      ? { ...file, receivedAt: corrections[file.file], receiptSource: "officer" as const }
      : file,
  );
}
