/**
 * When a unit's workbook says it was last saved: docProps/core.xml's dcterms:modified, which Excel and
 * LibreOffice write on every save. Only that one zip entry is inflated, and never more than a few kilobytes.
 */
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";

const CORE_PROPERTIES = "docProps/core.xml";
/** core.xml holds a dozen short properties; anything larger is not one, and is not inflated. */
const MAX_CORE_BYTES = 64 * 1024;
const DCTERMS = "http://purl.org/dc/terms/";
/** A W3CDTF time with its zone, as both writers record it ("2026-05-08T01:30:00Z"). */
const W3CDTF = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function coreXml(bytes: Uint8Array): Uint8Array | undefined {
  try {
    // fflate inflates a chosen entry into a buffer of its declared size, which the filter caps.
    const entries = unzipSync(bytes, {
      filter: (entry) => entry.name === CORE_PROPERTIES && entry.originalSize <= MAX_CORE_BYTES,
    });
    return entries[CORE_PROPERTIES];
  } catch {
    return undefined;
  }
}

function modifiedText(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let inModified = false;
  let text = "";
  let found: string | undefined;
  parser.on("opentag", (tag) => {
    inModified = tag.uri === DCTERMS && tag.local === "modified";
    if (inModified) text = "";
  });
  parser.on("text", (chunk) => {
    if (inModified) text += chunk;
  });
  parser.on("closetag", (tag) => {
    if (tag.uri === DCTERMS && tag.local === "modified") found ??= text.trim();
    inModified = false;
  });
  try {
    parser.write(xml).close();
  } catch {
    return undefined;
  }
  return found;
}

/** The workbook's last-saved time as an ISO instant, or undefined when the file is no .xlsx or does not say. */
export function lastSavedTime(bytes: Uint8Array): string | undefined {
  const xml = coreXml(bytes);
  if (!xml) return undefined;
  const text = modifiedText(new TextDecoder("utf-8").decode(xml));
  if (text === undefined || !W3CDTF.test(text)) return undefined;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}
