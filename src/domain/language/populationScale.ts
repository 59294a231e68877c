/** How many people an indicator counts per, as its name says: "trên 01 vạn dân" → 10 000. */
import { foldForMatching } from "./cellText";
import { parseVietnameseNumber } from "./vietnameseNumber";

/** vạn = 10 000, nghìn/ngàn = 1 000, triệu = 1 000 000 (folded, without accents). */
const WORD_SCALES: Record<string, number> = { van: 10_000, nghin: 1_000, ngan: 1_000, trieu: 1_000_000 };

const PER_PEOPLE = /\btren\s+(\d[\d.,]*)?\s*(van|nghin|ngan|trieu)?\s*(?:nguoi\s+)?dan\b/;

/**
 * "… trên 01 vạn dân" → 10 000, "trên 1 vạn dân" → 10 000, "trên 1.000 dân" → 1 000, "trên 100.000 dân" → 100 000,
 * "trên 1 triệu dân" → 1 000 000; undefined when the name counts per nothing ("toàn tỉnh").
 */
export function populationScale(name: string): number | undefined {
  const match = PER_PEOPLE.exec(foldForMatching(name.normalize("NFC")));
  if (!match) return undefined;
  const [, digits, word] = match;
  if (digits === undefined && word === undefined) return undefined;
  const count = digits === undefined ? 1 : parseVietnameseNumber(digits);
  const number = typeof count === "number" ? count : count.ok ? count.value : 0;
  return number > 0 ? number * (word === undefined ? 1 : WORD_SCALES[word]) : undefined;
}
