/** A file's size as the officer reads it in a message. */
import { formatVietnameseNumber } from "./vietnameseNumber";

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/** 21 MB → "21 MB", 1.1 GB → "1,1 GB". */
export function sizeText(bytes: number): string {
  if (bytes >= GB) return `${formatVietnameseNumber(bytes / GB, { decimals: 1 })} GB`;
  if (bytes >= MB) return `${formatVietnameseNumber(bytes / MB, { decimals: 1 })} MB`;
  return `${formatVietnameseNumber(bytes / KB, { decimals: 1 })} KB`;
}
