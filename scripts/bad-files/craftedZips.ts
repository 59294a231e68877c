/**
 * Archives crafted to hurt a reader that trusts them: zip bombs (one gigabyte-sized entry, or one small deflate
 * stream shared by many entries), a bomb spread over many modest entries, thousands of entries, one absurdly
 * large sheet. Each carries the parts that make a zip look like an .xlsx, so only the limits can refuse it.
 */
import { deflated, deflatedStream, stored, writeZip, type Alias, type PackedEntry } from "./rawZip";

const MIB = 1024 * 1024;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Chỉ tiêu" sheetId="1" r:id="rId1"/></sheets></workbook>`;

/** The parts every .xlsx has, so the archive passes for one until its sizes are read. */
function workbookParts(): PackedEntry[] {
  return [
    deflated("[Content_Types].xml", CONTENT_TYPES),
    deflated("_rels/.rels", ROOT_RELS),
    deflated("xl/workbook.xml", WORKBOOK),
  ];
}

function* zeros(total: number): Iterable<Uint8Array> {
  const chunk = new Uint8Array(MIB);
  for (let left = total; left > 0; left -= MIB) yield left >= MIB ? chunk : chunk.subarray(0, left);
}

/** One sheet of 1,100 MiB of zeros: deflate's best ratio (about 1,030 : 1) makes it a 1 MB file. */
export async function bombOneEntry(): Promise<Uint8Array> {
  const sheet = await deflatedStream("xl/worksheets/sheet1.xml", zeros(1100 * MIB));
  return writeZip([...workbookParts(), sheet]);
}

/**
 * One 9 MiB deflate stream of zeros (9 KB) that 122 central-directory entries all point at: 1.1 GB from a file of
 * a few kilobytes for every reader that goes by the central directory (the overlapping-files bomb; 9 MiB balances
 * the kernel against the directory's size).
 */
export async function bombOverlapping(): Promise<Uint8Array> {
  const kernel = await deflatedStream("xl/worksheets/sheet1.xml", zeros(9 * MIB));
  const aliases: Alias[] = Array.from({ length: 121 }, (_, i) => ({
    name: `xl/worksheets/sheet${i + 2}.xml`,
    of: kernel.name,
  }));
  return writeZip([...workbookParts(), kernel], aliases);
}

/** 250 black bitmaps of 900 KiB: each too small for the ratio check, 220 MiB together. */
export async function spreadOutBomb(): Promise<Uint8Array> {
  const bitmap = await deflatedStream("xl/media/image1.bmp", zeros(900 * 1024));
  const images = Array.from({ length: 250 }, (_, i) => ({ ...bitmap, name: `xl/media/image${i + 1}.bmp` }));
  return writeZip([...workbookParts(), ...images]);
}

/** 2,001 one-line drawings next to the workbook parts. */
export function tooManyEntries(): Uint8Array {
  const drawings = Array.from({ length: 2001 }, (_, i) => stored(`xl/drawings/drawing${i + 1}.xml`, "<xdr:wsDr/>"));
  return writeZip([...workbookParts(), ...drawings]);
}

function* sheetRows(rows: number): Iterable<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`,
  );
  const perChunk = 5000;
  for (let first = 1; first <= rows; first += perChunk) {
    let chunk = "";
    for (let r = first; r < Math.min(first + perChunk, rows + 1); r++) {
      chunk += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="s"><v>${r % 37}</v></c><c r="C${r}"><v>${((r * 7919) % 100000) / 100}</v></c></row>`;
    }
    yield encoder.encode(chunk);
  }
  yield encoder.encode("</sheetData></worksheet>");
}

/** 550,000 rows of figures: a 60 MB sheet that deflates to 10 MB, an ordinary ratio, under the file cap. */
export async function hugeSheet(): Promise<Uint8Array> {
  const sheet = await deflatedStream("xl/worksheets/sheet1.xml", sheetRows(550_000), 1);
  return writeZip([...workbookParts(), sheet]);
}
