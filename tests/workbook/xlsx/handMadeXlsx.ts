/**
 * .xlsx files made by hand, as other writers and attackers make them: parts written as XML text and zipped
 * with fflate, entries edited in place, or a zip's headers written byte by byte when they must lie.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>`;

export interface HandMadeBook {
  /** Each sheet's name, its `<sheetData>` content, and the elements before (cols) and after it (mergeCells). */
  sheets: { name: string; data: string; before?: string; after?: string }[];
  /** `<si>` items of the shared strings part. */
  sharedStrings?: string[];
  /** `<numFmt>` elements and the numFmtId of each cellXfs entry (index 0 is the default style). */
  styles?: { numFmts?: string; cellXfs: number[] };
  date1904?: boolean;
}

/** The parts of a workbook as text, by entry name. */
export function bookParts(book: HandMadeBook): Record<string, string> {
  const parts: Record<string, string> = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${RELS}">${book.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets>${book.sheets
      .map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  };
  const relationships = book.sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  book.sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<worksheet xmlns="${MAIN}">${sheet.before ?? ""}<sheetData>${sheet.data}</sheetData>${sheet.after ?? ""}</worksheet>`;
  });
  if (book.sharedStrings) {
    relationships.push(`<Relationship Id="rIdS" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/>`);
    parts["xl/sharedStrings.xml"] =
      `<sst xmlns="${MAIN}">${book.sharedStrings.map((si) => `<si>${si}</si>`).join("")}</sst>`;
  }
  if (book.styles) {
    relationships.push(`<Relationship Id="rIdT" Type="${RELS}/styles" Target="styles.xml"/>`);
    const xfs = book.styles.cellXfs.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0"/>`);
    parts["xl/styles.xml"] =
      `<styleSheet xmlns="${MAIN}"><numFmts>${book.styles.numFmts ?? ""}</numFmts><cellXfs>${xfs.join("")}</cellXfs></styleSheet>`;
  }
  parts["xl/_rels/workbook.xml.rels"] =
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join("")}</Relationships>`;
  return parts;
}

export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(parts)) files[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(files, { level: 6 });
}

export function handMadeXlsx(book: HandMadeBook): Uint8Array {
  return zipParts(bookParts(book));
}

/** The file's entries with `edit` applied to the text of each XML part. */
export function editXml(bytes: Uint8Array, edit: (name: string, xml: string) => string): Uint8Array {
  const parts: Record<string, string | Uint8Array> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    parts[name] = /\.(xml|rels)$/.test(name) ? edit(name, strFromU8(data)) : data;
  }
  return zipParts(parts);
}

/** One entry of a zip written byte by byte: its data as stored, and what its headers declare. */
export interface CraftedEntry {
  name: string;
  /** The deflated bytes (method 8). */
  deflated: Uint8Array;
  crc32: number;
  uncompressedSize: number;
}

/** The entry as an honest writer would declare it. */
export function honestEntry(name: string, data: Uint8Array | string): CraftedEntry {
  const bytes = typeof data === "string" ? strToU8(data) : data;
  return { name, deflated: deflateRawSync(bytes), crc32: crc32(bytes), uncompressedSize: bytes.length };
}

/** A zip of `entries` in order, each with the sizes and CRC it declares (true or not), names repeated if given so. */
export function craftZip(entries: CraftedEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc32, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc32, 16);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(entry.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.deflated));
    centrals.push(central, name);
    offset += 30 + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * A raw deflate stream of `bytes` zero bytes made in a few milliseconds: one megabyte of zeros deflated with a
 * sync flush (so it ends on a byte boundary) repeated, then an empty final block. Every back-reference
 * points at zeros, so the repeats are valid: ~1 KB per MB, 2 GB from ~2 MB.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: 2 /* Z_SYNC_FLUSH */ });
  const out = Buffer.alloc(chunk.length * megabytes + 2);
  for (let i = 0; i < megabytes; i++) chunk.copy(out, i * chunk.length);
  // An empty final block with fixed codes: BFINAL=1, BTYPE=01, end-of-block.
  out[chunk.length * megabytes] = 0x03;
  out[chunk.length * megabytes + 1] = 0x00;
  return new Uint8Array(out);
}

/** Issue 14's lying zip: a workbook whose one worksheet declares 1,000 bytes and inflates to 2 GB. */
export function lyingSizeBook(): Uint8Array {
  return craftZip(
    Object.entries(bookParts({ sheets: [{ name: "_dinh_danh", data: "" }] })).map(([name, xml]) =>
      name === "xl/worksheets/sheet1.xml"
        ? { name, deflated: deflatedZeros(2048), crc32: 0, uncompressedSize: 1000 }
        : honestEntry(name, xml),
    ),
  );
}

/** `bytes` with formatted empty cells at row 1,048,576 of every worksheet, whose dimension then says the whole grid. */
export function withFarCells(bytes: Uint8Array): Uint8Array {
  return editXml(bytes, (name, xml) =>
    name.startsWith("xl/worksheets/")
      ? xml
          .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
          .replace(
            "</sheetData>",
            '<row r="1048576"><c r="A1048576" s="1"/><c r="XFD1048576" s="1"/></row></sheetData>',
          )
      : xml,
  );
}
