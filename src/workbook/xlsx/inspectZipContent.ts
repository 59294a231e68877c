/**
 * A zip's entries judged as a submitted workbook: limits first (so a bomb is refused on its declared sizes),
 * then whether it is an .xlsx at all, then the parts the reader ignores and must say so (macros, links to
 * other workbooks, embedded objects).
 */
import { success, type Result } from "../../domain/result";
import { INSPECT_LIMITS } from "./inspectLimits";
import type { ZipEntry } from "./inspectZipDirectory";

/** What a zip that is not an .xlsx most likely is, so the officer can tell the unit. */
export type ZipContent = "docx" | "pptx" | "ods" | "xlsb" | "zip";

export type ZipProblem =
  | { code: "compression_ratio"; entry: string; ratio: number; uncompressedSize: number }
  | { code: "expands_too_large"; uncompressedSize: number }
  | { code: "sheet_too_large"; entry: string; uncompressedSize: number }
  | { code: "encrypted_workbook" }
  | { code: "duplicate_entry"; entry: string }
  | { code: "not_xlsx"; content: ZipContent };

/** Parts of a readable workbook that are never run nor followed. */
export interface IgnoredParts {
  macros: boolean;
  externalLinks: number;
  embeddedObjects: number;
}

/** A workbook's zip: the parts ignored in it; else the problem. */
export type ZipVerdict = Result<IgnoredParts, { problem: ZipProblem }>;

const CONTENT_TYPES = "[content_types].xml";
const WORKBOOK = "xl/workbook.xml";
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const MACROS = /^xl\/vbaproject\.bin$/;
const EXTERNAL_LINK = /^xl\/externallinks\/externallink\d*\.xml$/;
/** OLE objects and ActiveX controls (one binary each): programs, or files of other programs, inside the workbook. */
const EMBEDDED_OBJECT = /^xl\/(embeddings\/[^/]+|activex\/activex\d*\.bin)$/;

/** Zip entry names are case-sensitive, but the writers of these files do not agree on case. */
function lowerNames(entries: ZipEntry[]): string[] {
  return entries.map((entry) => entry.name.toLowerCase());
}

function ratioOf(entry: ZipEntry): number {
  return entry.uncompressedSize / Math.max(entry.compressedSize, 1);
}

function limitProblem(entries: ZipEntry[]): ZipProblem | undefined {
  const bomb = entries.find(
    (entry) =>
      entry.uncompressedSize >= INSPECT_LIMITS.ratioCheckedFrom && ratioOf(entry) > INSPECT_LIMITS.compressionRatio,
  );
  if (bomb) {
    return {
      code: "compression_ratio",
      entry: bomb.name,
      ratio: Math.round(ratioOf(bomb)),
      uncompressedSize: bomb.uncompressedSize,
    };
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > INSPECT_LIMITS.uncompressedBytes) return { code: "expands_too_large", uncompressedSize: total };
  const sheet = entries.find(
    (entry) => WORKSHEET.test(entry.name.toLowerCase()) && entry.uncompressedSize > INSPECT_LIMITS.sheetBytes,
  );
  if (sheet) return { code: "sheet_too_large", entry: sheet.name, uncompressedSize: sheet.uncompressedSize };
  return undefined;
}

function zipContent(names: string[]): ZipContent {
  if (names.includes("word/document.xml")) return "docx";
  if (names.includes("ppt/presentation.xml")) return "pptx";
  if (names.includes("content.xml") && names.includes("mimetype")) return "ods";
  if (names.includes("xl/workbook.bin")) return "xlsb";
  return "zip";
}

export function inspectZipContent(entries: ZipEntry[]): ZipVerdict {
  const limit = limitProblem(entries);
  if (limit) return { ok: false, problem: limit };
  if (entries.some((entry) => entry.encrypted)) return { ok: false, problem: { code: "encrypted_workbook" } };
  const names = lowerNames(entries);
  // Two entries of one name: readers disagree on which one counts, so altered figures could hide behind one.
  const twice = names.findIndex((name, i) => names.indexOf(name) !== i);
  if (twice >= 0) return { ok: false, problem: { code: "duplicate_entry", entry: entries[twice].name } };
  if (!names.includes(CONTENT_TYPES) || !names.includes(WORKBOOK)) {
    return { ok: false, problem: { code: "not_xlsx", content: zipContent(names) } };
  }
  return success({
    macros: names.some((name) => MACROS.test(name)),
    externalLinks: names.filter((name) => EXTERNAL_LINK.test(name)).length,
    embeddedObjects: names.filter((name) => EMBEDDED_OBJECT.test(name)).length,
  });
}
