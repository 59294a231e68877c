/** Whether a unit's "Khó khăn, vướng mắc" or "Đề xuất, kiến nghị" says there is none ("Không", "Không có", "-"). */
import { foldForMatching } from "./cellText";

/** "không" or "ko", then only words that name what there is none of ("có", "khó khăn", "phát sinh", "ý kiến", …). */
const NONE_WORDS = new Set([
  "co",
  "gi",
  "kho",
  "khan",
  "vuong",
  "mac",
  "de",
  "xuat",
  "kien",
  "nghi",
  "y",
  "va",
  "phat",
  "sinh",
]);
const NEGATIONS = new Set(["khong", "ko"]);

/**
 * True for "", "-", "…", "Không", "không.", "KHÔNG CÓ", "Không có khó khăn, vướng mắc", "Không phát sinh",
 * "Không có đề xuất, kiến nghị"; false as soon as the text names something ("Không có kinh phí", "Thiếu nhân lực").
 */
export function saysNothing(text: string): boolean {
  const words = foldForMatching(text.normalize("NFC"))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
  if (words.length === 0) return true;
  const [first, ...rest] = words;
  return NEGATIONS.has(first) && rest.every((word) => NONE_WORDS.has(word));
}
