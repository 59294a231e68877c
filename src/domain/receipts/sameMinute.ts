/** Files that all arrived in one minute were most likely saved together, not sent together. */
import { receiptTexts } from "../texts/receipts";
import { receiptTimeText } from "./receiptTime";
import type { ReceiptSource } from "./types";

/** Five files in one minute is more than units sending on their own would give. */
export const SAME_MINUTE_THRESHOLD = 5;

/**
 * A notice per minute shared by five or more files whose time the officer has not given: the minute an officer
 * saved a batch of e-mail attachments is no receipt time, and lateness would follow it.
 */
export function sameMinuteNotices(files: { receivedAt: string; receiptSource?: ReceiptSource }[]): string[] {
  const byMinute = new Map<string, number>();
  for (const file of files) {
    if (file.receiptSource === "officer" || file.receivedAt === "") continue;
    const minute = receiptTimeText(file.receivedAt);
    byMinute.set(minute, (byMinute.get(minute) ?? 0) + 1);
  }
  return [...byMinute]
    .filter(([, count]) => count >= SAME_MINUTE_THRESHOLD)
    .map(([minute, count]) => receiptTexts.sameMinute(count, minute));
}
