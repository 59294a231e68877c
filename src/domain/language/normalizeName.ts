/**
 * Comparison keys for names of units, written the many ways officers write them.
 *
 * - `strict` keeps the diacritics: "Mường Lầm" and "Mường Lâm" differ. Case, old/new tone placement
 *   ("hoá"/"hóa", "Uỷ"/"Ủy"), Cyrillic look-alike letters, punctuation and spacing do not count, and
 *   "Ủy ban nhân dân" reads as its everyday abbreviation "UBND".
 * - `loose` also drops every diacritic and reads "đ" as "d": "Mường Lầm", "Mường Lâm", "muong lam"
 *   share one loose key. Use it only as a fallback, and only when exactly one candidate shares it.
 */
import { CYRILLIC_LOOKALIKES } from "./cyrillicLookalikes";

export interface NameKeys {
  strict: string;
  loose: string;
}

const CYRILLIC_PATTERN = new RegExp(`[${Object.keys(CYRILLIC_LOOKALIKES).join("")}]`, "g");

/** Vietnamese tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng). */
const TONE = "[\\u0300\\u0301\\u0303\\u0309\\u0323]";

/**
 * Old-style spelling puts the tone on the second vowel of an open "oa", "oe", "uy" ("hoá", "khoẻ", "thuỷ");
 * the new style puts it on the first ("hóa", "khỏe", "thủy"). In "quý" the "u" belongs to "qu", so it stays.
 * Both patterns work on lower-case NFD text.
 */
const OLD_STYLE_OA_OE = new RegExp(`o([ae])(${TONE})(?![\\p{L}\\p{M}])`, "gu");
const OLD_STYLE_UY = new RegExp(`(^|[^q])uy(${TONE})(?![\\p{L}\\p{M}])`, "gu");

function moveToneToFirstVowel(decomposed: string): string {
  return decomposed.replace(OLD_STYLE_OA_OE, "o$2$1").replace(OLD_STYLE_UY, "$1u$2y");
}

/** Letters and digits kept; every run of anything else (spaces, punctuation, "&", "-") becomes one space. */
function collapseSeparators(text: string): string {
  return text.replace(/[^\p{L}\p{M}\p{N}]+/gu, " ").trim();
}

const PEOPLES_COMMITTEE = /(^| )ủy ban nhân dân(?= |$)/g;

function strictKey(text: string): string {
  const latin = text.normalize("NFD").replace(CYRILLIC_PATTERN, (letter) => CYRILLIC_LOOKALIKES[letter]);
  return collapseSeparators(moveToneToFirstVowel(latin.toLowerCase()))
    .normalize("NFC")
    .replace(PEOPLES_COMMITTEE, "$1ubnd");
}

function looseKey(strict: string): string {
  return strict.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
}

/** normalizeName("Sở Văn hoá, Thể thao và Du lịch") → { strict: "sở văn hóa thể thao và du lịch", loose: "so van hoa the thao va du lich" } */
export function normalizeName(text: string): NameKeys {
  const strict = strictKey(text);
  return { strict, loose: looseKey(strict) };
}
