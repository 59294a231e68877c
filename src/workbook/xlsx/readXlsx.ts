/**
 * An .xlsx file read without building a workbook: the workbook part, its relationships, the shared strings
 * and the styles' number formats, then only the worksheets the caller chooses, each to a SheetGrid. Every
 * other entry is still inflated (and let go) so that its CRC-32 and size are checked too: an altered file
 * is refused, whichever part was altered.
 */
import { success, type Result } from "../../domain/result";
import type { SheetGrid } from "../reading/sheetGrid";
import { INSPECT_LIMITS } from "./inspectLimits";
import { readCentralDirectory, type ZipEntry } from "./inspectZipDirectory";
import type { CellFormat } from "./numberFormatsPart";
import { numberFormatsHandlers } from "./numberFormatsPart";
import { sharedStringsHandlers } from "./sharedStringsPart";
import { sparseGrid } from "./sparseGrid";
import { relationshipHandlers, workbookHandlers, type Relationship, type WorkbookPart } from "./workbookPart";
import { worksheetHandlers, type SheetCells, type SheetContext } from "./worksheetPart";
import { parseXmlEntry, type PartProblem, type XmlHandlers } from "./xmlEntry";
import { readEntryData } from "./zipEntryData";

/** Why the file cannot be read; `entry` names the zip entry at fault. */
export type XlsxProblem =
  | { code: "size_mismatch" | "crc_mismatch"; entry: string }
  /** Damaged zip or XML, or no workbook part: the file is not a workbook this reader can read. */
  | { code: "unreadable"; entry?: string };

export interface XlsxBook {
  /** Every worksheet's name, in tab order. */
  sheetNames: string[];
  /** The chosen worksheets by name. */
  grids: Map<string, SheetGrid>;
}

export type XlsxRead = Result<XlsxBook, { problem: XlsxProblem }>;

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELATIONSHIPS = "xl/_rels/workbook.xml.rels";

/** Entry names as parts are named: without a leading "/", and case-insensitive (OPC part names are). */
function partKey(name: string): string {
  return (name.startsWith("/") ? name.slice(1) : name).toLowerCase();
}

function failed(problem: PartProblem, entry: string): XlsxRead {
  const code = problem === "size_mismatch" || problem === "crc_mismatch" ? problem : "unreadable";
  return { ok: false, problem: { code, entry } };
}

class PartFailure extends Error {
  constructor(readonly read: XlsxRead) {
    super();
  }
}

/**
 * `chooseSheets` gets every worksheet's name and returns those to read. Never throws: a file that cannot be
 * read gives the problem.
 */
export function readXlsx(bytes: Uint8Array, chooseSheets: (names: string[]) => string[]): XlsxRead {
  const directory = readCentralDirectory(bytes, INSPECT_LIMITS.zipEntries);
  if (!directory.ok) return { ok: false, problem: { code: "unreadable" } };
  const entries = new Map<string, ZipEntry>();
  for (const entry of directory.value) entries.set(partKey(entry.name), entry);
  // The inspection names an entry present twice; a caller that skipped it still never reads such a file.
  if (entries.size !== directory.value.length) return { ok: false, problem: { code: "unreadable" } };
  const read = new Set<ZipEntry>();
  /** Parses the part named `name`; false when the file has no such part. */
  const parse = (name: string, handlers: XmlHandlers): boolean => {
    const entry = entries.get(partKey(name));
    if (!entry) return false;
    read.add(entry);
    const problem = parseXmlEntry(bytes, entry, handlers);
    if (problem) throw new PartFailure(failed(problem, entry.name));
    return true;
  };
  try {
    const workbook: WorkbookPart = { sheets: [], date1904: false };
    if (!parse(WORKBOOK, workbookHandlers(workbook))) return { ok: false, problem: { code: "unreadable" } };
    const relationships: Relationship[] = [];
    parse(WORKBOOK_RELATIONSHIPS, relationshipHandlers(relationships));
    const partOf = (kind: string, fallback: string) =>
      relationships.find((relationship) => relationship.kind === kind)?.part ?? fallback;
    const sharedStrings: string[] = [];
    parse(partOf("sharedStrings", "xl/sharedStrings.xml"), sharedStringsHandlers(sharedStrings));
    const formats: (CellFormat | undefined)[] = [];
    parse(partOf("styles", "xl/styles.xml"), numberFormatsHandlers(formats));
    const context: SheetContext = { sharedStrings, formats, date1904: workbook.date1904 };

    const sheets = workbook.sheets.flatMap(({ name, relationId }) => {
      const part = relationships.find((r) => r.id === relationId && r.kind === "worksheet")?.part;
      return part !== undefined && entries.has(partKey(part)) ? [{ name, part }] : [];
    });
    const sheetNames = sheets.map((sheet) => sheet.name);
    const chosen = new Set(chooseSheets(sheetNames));
    const grids = new Map<string, SheetGrid>();
    for (const { name, part } of sheets) {
      if (!chosen.has(name) || grids.has(name)) continue;
      const cells: SheetCells = {
        rows: new Map(),
        lastRow: 0,
        rowFormats: new Map(),
        columnFormats: new Map(),
        merges: [],
      };
      parse(part, worksheetHandlers(context, cells));
      grids.set(name, sparseGrid(name, cells));
    }
    for (const entry of directory.value) {
      if (read.has(entry)) continue;
      const problem = readEntryData(bytes, entry, () => undefined);
      if (problem) return failed(problem, entry.name);
    }
    return success({ sheetNames, grids });
  } catch (error) {
    if (error instanceof PartFailure) return error.read;
    throw error;
  }
}
