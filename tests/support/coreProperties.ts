/**
 * A real .xlsx with its docProps/core.xml changed the way a save by Excel or LibreOffice changes it: the
 * dcterms:modified time set, or the part left out (a workbook that records no save time).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const CORE = "docProps/core.xml";
const MODIFIED = /<dcterms:modified([^>]*)>[^<]*<\/dcterms:modified>/;

export function withSavedTime(xlsx: Uint8Array, modified: string | undefined): Uint8Array {
  const entries = unzipSync(xlsx);
  if (modified === undefined) {
    delete entries[CORE];
  } else {
    const xml = strFromU8(entries[CORE]);
    if (!MODIFIED.test(xml)) throw new Error("core.xml without dcterms:modified");
    entries[CORE] = strToU8(xml.replace(MODIFIED, `<dcterms:modified$1>${modified}</dcterms:modified>`));
  }
  return zipSync(entries);
}

/** The same .xlsx with core.xml replaced by the given text, stored as the given declared size allows. */
export function withCoreXml(xlsx: Uint8Array, xml: string): Uint8Array {
  const entries = unzipSync(xlsx);
  entries[CORE] = strToU8(xml);
  return zipSync(entries);
}
