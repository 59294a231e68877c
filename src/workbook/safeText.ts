/**
 * Text from units is data, never a formula, number, date or link.
 *
 * Both writers give every string cell the text number format "@" and write the string as a
 * string: ExcelJS stores it as a shared string (never a formula, whatever its first character),
 * and Office.js treats an entry into an "@" cell as text (formula-like entries also get Excel's
 * invisible apostrophe marker, see officeTextEntry), so "=HYPERLINK(…)", "+1+1", "-2",
 * "@SUM(A1)", "02" and "10/5/2026" all stay the text the officer typed, shown unchanged.
 * We prefer "@" to an apostrophe prefix because it also stops "02" becoming 2 and keeps the
 * stored text identical to the source. No writer ever creates a hyperlink from a string.
 */
export const TEXT_NUMBER_FORMAT = "@";

/** XML 1.0 forbids these (a file containing them is "repaired" by Excel); tab, LF and CR stay. */
function isForbiddenInXml(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

/** Characters that make a spreadsheet read an entry as a formula (OWASP's CSV-injection list). */
const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];

export function startsLikeFormula(text: string): boolean {
  return FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger));
}

/** The text as a cell stores it: NFC, without characters a workbook file cannot hold. */
export function neutraliseText(text: string): string {
  return Array.from(text.normalize("NFC"))
    .filter((character) => !isForbiddenInXml(character.codePointAt(0) ?? 0))
    .join("");
}

/**
 * The entry Office.js is given for a text cell. Excel's entry rules swallow one leading
 * apostrophe as a "this is text" marker (it is not shown), so a formula-like text gets one as a
 * second guard next to "@", and a text that itself starts with an apostrophe gets a second.
 */
export function officeTextEntry(text: string): string {
  const clean = neutraliseText(text);
  return startsLikeFormula(clean) || clean.startsWith("'") ? `'${clean}` : clean;
}
