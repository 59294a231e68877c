/**
 * Text files sent as workbooks: an HTML table or an XML Spreadsheet 2003 saved with an .xls name (what many
 * government systems export), or CSV. Told from the first 64 KB, after any byte-order mark and blank lines.
 */

export type TextKind = "html_table" | "xml_spreadsheet" | "csv";

const SNIFF_BYTES = 64 * 1024;
/** Markup is recognised in its first few kilobytes. */
const MARKUP_CHARS = 4096;
const CSV_LINES = 10;
/** Share of the first lines that must have the header's width (a wrapped cell may break one). */
const CSV_SAME_WIDTH = 0.8;
const CSV_SEPARATORS = [",", ";", "\t"];
const XML_SPREADSHEET_NAMESPACE = "urn:schemas-microsoft-com:office:spreadsheet";
const HTML_START = /^<(!doctype\s+html|html|head|body|table|meta)\b/;
const XML_START = /^<(\?xml|workbook)\b/;

/** Tab, line feed, form feed, carriage return, DOS end-of-file and escape occur in text; other controls do not. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1a, 0x1b]);

function isBinary(head: Uint8Array): boolean {
  return head.some((byte) => byte < 0x20 && !TEXT_CONTROLS.has(byte));
}

/** The decoder drops the byte-order mark itself. */
function decodeHead(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder("utf-16le").decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder("utf-16be").decode(head);
  return isBinary(head) ? undefined : new TextDecoder("utf-8").decode(head);
}

/** Fields of a line, quoted fields counted once whatever separators they hold. */
function fieldCount(line: string, separator: string): number {
  return line.replace(/"[^"]*"/g, "").split(separator).length;
}

/**
 * A header with at least two fields, then rows of the same width: prose with commas (a letter) has lines of
 * every width, a table exported as CSV has one.
 */
function looksLikeCsv(text: string): boolean {
  const lines = text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== "")
    .slice(0, CSV_LINES);
  if (lines.length < 2) return false;
  return CSV_SEPARATORS.some((separator) => {
    const width = fieldCount(lines[0], separator);
    const same = lines.filter((line) => fieldCount(line, separator) === width).length;
    return width >= 2 && same >= lines.length * CSV_SAME_WIDTH;
  });
}

export function textKind(bytes: Uint8Array): TextKind | undefined {
  const text = decodeHead(bytes)?.replace(/^[\s\ufeff]+/, "");
  if (!text) return undefined;
  const start = text.slice(0, MARKUP_CHARS).toLowerCase();
  if (HTML_START.test(start)) return "html_table";
  if (XML_START.test(start)) {
    if (start.includes(XML_SPREADSHEET_NAMESPACE)) return "xml_spreadsheet";
    return start.includes("<html") ? "html_table" : undefined;
  }
  return !start.startsWith("<") && looksLikeCsv(text) ? "csv" : undefined;
}
