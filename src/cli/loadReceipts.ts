import { readFile } from "node:fs/promises";
import { readReceiptCorrections } from "../domain/receipts/receiptCorrections";
import type { ReceiptCorrections } from "../domain/receipts/types";
import { receiptTexts } from "../domain/texts/receipts";
import { UsageError } from "./options";

/** `--receipts FILE`: the officer's receipt times by file name, kept in a JSON file beside the units' files. */
export async function loadReceipts(file: string | undefined): Promise<ReceiptCorrections | undefined> {
  if (file === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(receiptTexts.fileUnreadable(file, (error as Error).message));
  }
  const read = readReceiptCorrections(value);
  if (!read.ok)
    throw new UsageError(read.issues.map((issue) => receiptTexts.fileUnreadable(file, issue.message)).join("\n"));
  return read.value;
}
