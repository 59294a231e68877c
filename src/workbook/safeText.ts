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

/** Characters that make a spreadsheet read an entry as a formula (OWASP's CSV-injection list). */
const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];

export function startsLikeFormula(text: string): boolean {
  return FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger));
}

/** XML 1.0 forbids these (a file containing them is "repaired" by Excel); tab, LF and CR stay. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** The text as a cell stores it: NFC, without characters a workbook file cannot hold. */
export function neutraliseText(text: string): string {
  return text.normalize("NFC").replace(FORBIDDEN_IN_XML, "");
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
