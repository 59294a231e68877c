/**
 * A document's number and symbol (số, ký hiệu) as Nghị định 30/2020/NĐ-CP writes it: a number, a slash, then
 * letters joined by dashes — "2433/UBND-KGVX", "83/KH-UBND", "1055/QĐ-UBND"; a decree carries its year
 * ("142/2026/NĐ-CP"), a Party document its kind after the number ("57-NQ/TW").
 */
import { foldForMatching } from "../language/cellText";

/** The written text tidied: "Số: 2433 / UBND - KGVX" → "2433/UBND-KGVX"; undefined when it is not a số/ký hiệu. */
export function parseDocumentNumber(text: string): string | undefined {
  const tidy = text
    .normalize("NFC")
    .trim()
    .replace(/^s[ốo]\s*:?\s*/iu, "")
    .replace(/\s*([/-])\s*/g, "$1")
    .replace(/\s+/g, " ");
  return DOCUMENT_NUMBER.test(tidy) ? tidy : undefined;
}

const LETTERS = "[\\p{L}][\\p{L}\\p{N}&.]*";
const DOCUMENT_NUMBER = new RegExp(`^\\d{1,6}(?:/\\d{4})?(?:-\\p{L}+)?/${LETTERS}(?:-${LETTERS})*$`, "u");

/** The same document however it is typed: "1055/QĐ-UBND", "1055/qd-ubnd" and "1055 / QD-UBND" share one key. */
export function documentKey(number: string): string {
  return foldForMatching(number.normalize("NFC")).replace(/\s+/g, "");
}
