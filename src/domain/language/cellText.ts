/** Cell text as the converted seeds and the filled forms deliver it, made ready for the value and target parsers. */
import { CYRILLIC_LOOKALIKES } from "./cyrillicLookalikes";

const HTML_TAG = /<[^>]*>/g;
const HTML_ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", ge: "≥", le: "≤" };
const HTML_ENTITY = /&(nbsp|amp|lt|gt|ge|le);/gi;
// The PDF conversion writes "≥ 80%" as "$\geq 80\%$" in some rows.
const LATEX_REPLACEMENTS: [RegExp, string][] = [
  [/\\geq?(?![a-z])/gi, "≥"],
  [/\\leq?(?![a-z])/gi, "≤"],
  [/\\%/g, "%"],
  [/\\[,;: ]/g, " "],
  [/\$/g, ""],
];

const MARKUP_START = /[<&\\$]/;

/** "58,65% <i>(dự kiến …)</i>" → "58,65% (dự kiến …)"; "$\geq 80\%$" → "≥ 80%". NFC, spaces collapsed, trimmed. */
export function cleanCellText(text: string): string {
  const normal = text.normalize("NFC");
  // Only <, &, \ and $ start a tag, an entity or a LaTeX command, and most cells hold none: spare them the passes.
  if (!MARKUP_START.test(normal)) return normal.replace(/\s+/g, " ").trim();
  const withoutTags = normal.replace(HTML_TAG, " ");
  const decoded = withoutTags.replace(HTML_ENTITY, (_, name: string) => HTML_ENTITIES[name.toLowerCase()]);
  const plain = LATEX_REPLACEMENTS.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), decoded);
  return plain.replace(/\s+/g, " ").trim();
}

/**
 * "Ước 99,8%" → "uoc 99,8%": lower case, no accents, đ → d, Cyrillic look-alikes → Latin. One character
 * for one character, so a position found in the folded text is the same position in the original.
 */
export function foldForMatching(text: string): string {
  let folded = "";
  for (const character of text) folded += foldCharacter(character);
  return folded;
}

// Texts use a few hundred distinct characters; each is folded once.
const foldedCharacters = new Map<string, string>();

function foldCharacter(character: string): string {
  const known = foldedCharacters.get(character);
  if (known !== undefined) return known;
  const lower = (CYRILLIC_LOOKALIKES[character] ?? character).toLowerCase();
  const folded = lower === "đ" ? "d" : lower.normalize("NFD").replace(/\p{M}/gu, "");
  const result = folded.length === character.length ? folded : character;
  foldedCharacters.set(character, result);
  return result;
}

/** "01 (Số liệu lũy kế)" → { main: "01", remarks: ["Số liệu lũy kế"] }. Unbalanced brackets stay in `main`. */
export function splitRemarks(text: string): { main: string; remarks: string[] } {
  const remarks: string[] = [];
  const main = text.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    const remark = inner.trim();
    if (remark !== "") remarks.push(remark);
    return " ";
  });
  return { main: main.replace(/\s+/g, " ").trim(), remarks };
}
