/**
 * Mutations of a real form, as a careless unit, a foreign program or an attacker would make them, done on the
 * file's own parts (the XML of its sheets, its zip). Each takes a few numbers from the fuzzer and returns the
 * mutant's bytes; the test then checks what the reader and the checks make of it.
 */
import { strFromU8, strToU8, unzipSync } from "fflate";
import { crc32 } from "node:zlib";
import { deflated, stored, writeZip, type PackedEntry } from "../../scripts/bad-files/rawZip";

export type Parts = Map<string, string>;

/** The fuzzer's choices for one mutant: which mutation, and numbers it uses to pick cells, rows and values. */
export interface Choice {
  mutation: MutationName;
  picks: number[];
  value: CellValue;
}

/** A value written into a cell: a number, a text (maybe hostile), a boolean or an error. */
export type CellValue =
  | { type: "number"; raw: string }
  | { type: "text"; text: string }
  | { type: "bool"; raw: "0" | "1" }
  | { type: "error"; raw: string };

export function unzipForm(bytes: Uint8Array): Parts {
  const parts: Parts = new Map();
  for (const [name, data] of Object.entries(unzipSync(bytes))) parts.set(name, strFromU8(data));
  return parts;
}

export function zipParts(parts: Parts, extra: PackedEntry[] = []): Uint8Array {
  return writeZip([...[...parts].map(([name, text]) => deflated(name, text)), ...extra]);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The part holding the sheet named `sheet`, through workbook.xml and its relationships. */
export function sheetPart(parts: Parts, sheet: string): string {
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const entry = [...workbook.matchAll(/<sheet\b[^>]*>/g)].find((m) => m[0].includes(`name="${sheet}"`));
  const id = entry?.[0].match(/r:id="([^"]+)"/)?.[1];
  const rels = parts.get("xl/_rels/workbook.xml.rels") ?? "";
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find((m) => m[0].includes(`Id="${id}"`));
  const target = rel?.[0].match(/Target="([^"]+)"/)?.[1];
  if (!target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

const CELL = /<c r="([A-Z]+)(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;

function pick<T>(items: T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

function cellXml(ref: string, value: CellValue): string {
  switch (value.type) {
    case "number":
      return `<c r="${ref}"><v>${value.raw}</v></c>`;
    case "text":
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value.text)}</t></is></c>`;
    case "bool":
      return `<c r="${ref}" t="b"><v>${value.raw}</v></c>`;
    case "error":
      return `<c r="${ref}" t="e"><v>${value.raw}</v></c>`;
  }
}

/** The table's body cells (below the header row holding "Mã"), in columns at or right of the first input. */
function bodyCells(xml: string, fromRow = 5): RegExpMatchArray[] {
  return [...xml.matchAll(CELL)].filter((m) => Number(m[2]) >= fromRow);
}

function editSheet(parts: Parts, sheet: string, edit: (xml: string) => string): Parts {
  const name = sheetPart(parts, sheet);
  const next = new Map(parts);
  next.set(name, edit(parts.get(name) ?? ""));
  return next;
}

const SHEETS = ["Chỉ tiêu", "Nhiệm vụ"] as const;

function renumberRow(rowXml: string, to: number): string {
  return rowXml.replace(/<row\b([^>]*?)\br="\d+"/, `<row$1r="${to}"`).replace(/(<c r="[A-Z]+)\d+"/g, `$1${to}"`);
}

function renameColumn(xml: string, from: string, to: string): string {
  return xml.replace(new RegExp(`<c r="${from}(\\d+)"`, "g"), `<c r="${to}$1"`);
}

type Mutation = (parts: Parts, picks: number[], value: CellValue) => Uint8Array;

const sheetOf = (picks: number[]) => SHEETS[picks[0] % SHEETS.length];

/** Each mutation by name: what a unit's file could be after it left our writer. */
export const MUTATIONS = {
  /** Any value of any type in a cell of the table's body, inputs and locked texts alike. */
  cellValue: (parts, picks, value) =>
    zipParts(
      editSheet(parts, sheetOf(picks), (xml) => {
        const target = pick(bodyCells(xml), picks[1]);
        return target ? xml.replace(target[0], cellXml(`${target[1]}${target[2]}`, value)) : xml;
      }),
    ),
  /** The catalog id (Mã, column A) blanked or replaced by a foreign one. */
  codeCell: (parts, picks, value) =>
    zipParts(
      editSheet(parts, sheetOf(picks), (xml) => {
        const target = pick(
          bodyCells(xml).filter((m) => m[1] === "A"),
          picks[1],
        );
        const text = picks[2] % 2 === 0 ? "" : value.type === "text" ? value.text : "CDS.IX.99";
        return target ? xml.replace(target[0], cellXml(`A${target[2]}`, { type: "text", text })) : xml;
      }),
    ),
  deleteRow: (parts, picks) =>
    zipParts(
      editSheet(parts, sheetOf(picks), (xml) => {
        const row = pick([...xml.matchAll(ROW)].slice(4), picks[1]);
        return row ? xml.replace(row[0], "") : xml;
      }),
    ),
  duplicateRow: (parts, picks) =>
    zipParts(
      editSheet(parts, sheetOf(picks), (xml) => {
        const row = pick([...xml.matchAll(ROW)].slice(4), picks[1]);
        return row ? xml.replace(row[0], row[0] + row[0]) : xml;
      }),
    ),
  swapRows: (parts, picks) =>
    zipParts(
      editSheet(parts, sheetOf(picks), (xml) => {
        const rows = [...xml.matchAll(ROW)].slice(4);
        const a = pick(rows, picks[1]);
        const b = pick(rows, picks[2]);
        if (!a || !b || a === b) return xml;
        const rowA = Number(a[0].match(/\br="(\d+)"/)?.[1]);
        const rowB = Number(b[0].match(/\br="(\d+)"/)?.[1]);
        return xml
          .replace(a[0], "\u0000A")
          .replace(b[0], "\u0000B")
          .replace("\u0000A", renumberRow(b[0], rowA))
          .replace("\u0000B", renumberRow(a[0], rowB));
      }),
    ),
  swapColumns: (parts, picks) =>
    zipParts(
      editSheet(parts, sheetOf(picks), (xml) => {
        const letters = "ABCDEFGHIJ";
        const from = letters[picks[1] % letters.length];
        const to = letters[picks[2] % letters.length];
        if (from === to) return xml;
        return renameColumn(renameColumn(renameColumn(xml, from, "ZZ"), to, from), "ZZ", to);
      }),
    ),
  mergeOverInputs: (parts, picks) =>
    zipParts(
      editSheet(parts, sheetOf(picks), (xml) => {
        const row = 5 + (picks[1] % 40);
        const merge = `<mergeCell ref="F${row}:H${row + (picks[2] % 3)}"/>`;
        return xml.includes("</mergeCells>")
          ? xml.replace("</mergeCells>", `${merge}</mergeCells>`)
          : xml.replace("</sheetData>", `</sheetData><mergeCells count="1">${merge}</mergeCells>`);
      }),
    ),
  missingSharedStrings: (parts) => {
    const next = new Map(parts);
    next.delete("xl/sharedStrings.xml");
    return zipParts(next);
  },
  sharedStringOutOfRange: (parts, picks) =>
    zipParts(
      editSheet(parts, sheetOf(picks), (xml) => {
        const target = pick([...xml.matchAll(/<c r="[A-Z]+\d+"[^>]*t="s"[^>]*><v>\d+<\/v><\/c>/g)], picks[1]);
        return target ? xml.replace(target[0], target[0].replace(/<v>\d+<\/v>/, `<v>${999_999 + picks[2]}</v>`)) : xml;
      }),
    ),
  styleOutOfRange: (parts, picks) =>
    zipParts(
      editSheet(parts, sheetOf(picks), (xml) => {
        const target = pick(bodyCells(xml), picks[1]);
        return target
          ? xml.replace(target[0], target[0].replace(/^<c r="([A-Z]+\d+)"/, `<c r="$1" s="${5000 + picks[2]}"`))
          : xml;
      }),
    ),
  invalidXml: (parts, picks) =>
    zipParts(
      editSheet(parts, sheetOf(picks), (xml) => {
        const at = picks[1] % xml.length;
        return picks[2] % 2 === 0 ? xml.slice(0, at) : `${xml.slice(0, at)}<<&${xml.slice(at)}`;
      }),
    ),
  hugeDimension: (parts, picks) =>
    zipParts(
      editSheet(parts, sheetOf(picks), (xml) =>
        xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
      ),
    ),
  farCell: (parts, picks) =>
    zipParts(
      editSheet(parts, sheetOf(picks), (xml) =>
        xml.replace("</sheetData>", `<row r="1048576"><c r="XFD1048576" s="1"/></row></sheetData>`),
      ),
    ),
  /** Text cells rewritten with control characters (escaped as Excel writes them) or in decomposed (NFD) Unicode. */
  textForm: (parts, picks) => {
    const next = new Map(parts);
    const strings = parts.get("xl/sharedStrings.xml");
    if (!strings) return zipParts(parts);
    const texts = [...strings.matchAll(/<t(?: [^>]*)?>([^<]+)<\/t>/g)];
    const target = pick(texts, picks[1]);
    if (!target) return zipParts(parts);
    const mangled = picks[2] % 2 === 0 ? target[1].normalize("NFD") : `${target[1]}_x0001__x001F_\t`;
    next.set("xl/sharedStrings.xml", strings.replace(target[0], target[0].replace(target[1], mangled)));
    return zipParts(next);
  },
  truncated: (parts, picks) => {
    const bytes = zipParts(parts);
    return bytes.slice(0, Math.max(1, picks[1] % bytes.length));
  },
  /** A sheet whose stored bytes were altered after its CRC was computed: a digit changed in place. */
  crcMismatch: (parts, picks) => {
    const name = sheetPart(parts, sheetOf(picks));
    const text = parts.get(name) ?? "";
    const entries = [...parts].filter(([other]) => other !== name).map(([other, data]) => deflated(other, data));
    const digits = [...text.matchAll(/<v>(\d)/g)];
    const target = pick(digits, picks[1]);
    const altered =
      target?.index === undefined
        ? text
        : text.slice(0, target.index + 3) + String((Number(target[1]) + 1) % 10) + text.slice(target.index + 4);
    const entry = { ...stored(name, altered), crc: crc32(strToU8(text)) };
    return writeZip([...entries, entry]);
  },
  /** The same sheet twice in the zip, the second with other figures. */
  duplicateEntry: (parts, picks, value) => {
    const name = sheetPart(parts, sheetOf(picks));
    const twin = editSheet(parts, sheetOf(picks), (xml) => {
      const target = pick(bodyCells(xml), picks[1]);
      return target ? xml.replace(target[0], cellXml(`${target[1]}${target[2]}`, value)) : xml;
    }).get(name);
    return zipParts(parts, [deflated(name, twin ?? "")]);
  },
} satisfies Record<string, Mutation>;

export type MutationName = keyof typeof MUTATIONS;

export function mutate(bytes: Uint8Array, choice: Choice): Uint8Array {
  return MUTATIONS[choice.mutation](unzipForm(bytes), choice.picks, choice.value);
}
