/**
 * What a submitted file is, told from its bytes before any workbook parser sees it: a file that is not an .xlsx
 * workbook, or one too big or too expanding to open safely, gets one finding naming it; a workbook gets the
 * notes about the parts the reader will ignore. Never inflates anything and never throws.
 */
import { success, type Result } from "../../domain/result";
import type { Finding } from "../../domain/validation/types";
import { INSPECT_LIMITS } from "./inspectLimits";
import { oleKind } from "./inspectOle";
import { fileSignature } from "./inspectSignature";
import { textKind } from "./inspectText";
import { inspectTexts as texts } from "../../domain/texts/inspect";
import { sizeText } from "../../domain/language/fileSize";
import { formatVietnameseNumber } from "../../domain/language/vietnameseNumber";
import { readCentralDirectory } from "./inspectZipDirectory";
import { inspectZipContent, type IgnoredParts, type ZipProblem } from "./inspectZipContent";

export { INSPECT_LIMITS } from "./inspectLimits";

export type InspectCode =
  | "empty_file"
  | "file_too_large"
  | "truncated_file"
  | "too_many_entries"
  | "compression_ratio"
  | "expands_too_large"
  | "sheet_too_large"
  | "not_xlsx"
  | "encrypted_workbook"
  | "legacy_xls"
  | "html_table"
  | "xml_spreadsheet"
  | "csv_file"
  | "pdf_file"
  | "image_file"
  | "unreadable_file"
  | "duplicate_entry"
  | "crc_mismatch"
  | "size_mismatch";

export type InspectNoteCode = "macro_ignored" | "external_links_ignored" | "embedded_objects_ignored";

/** An .xlsx workbook: the notes on the parts the reader ignores; else the one finding refusing the file. */
export type InspectResult = Result<Finding[], { finding: Finding }>;

function refuse(file: string, code: InspectCode, message: string, fix: string): InspectResult {
  return { ok: false, finding: { file, severity: "error", code, message, fix } };
}

function note(file: string, code: InspectNoteCode, message: string, fix: string): Finding {
  return { file, severity: "warning", code, message, fix };
}

function zipProblemFinding(file: string, problem: ZipProblem): InspectResult {
  switch (problem.code) {
    case "compression_ratio":
      return refuse(
        file,
        problem.code,
        texts.compressionRatio(
          file,
          problem.entry,
          formatVietnameseNumber(problem.ratio),
          sizeText(problem.uncompressedSize),
        ),
        texts.suspiciousFix,
      );
    case "expands_too_large":
      return refuse(
        file,
        problem.code,
        texts.expandsTooLarge(file, sizeText(problem.uncompressedSize), sizeText(INSPECT_LIMITS.uncompressedBytes)),
        texts.suspiciousFix,
      );
    case "sheet_too_large":
      return refuse(
        file,
        problem.code,
        texts.sheetTooLarge(
          file,
          problem.entry,
          sizeText(problem.uncompressedSize),
          sizeText(INSPECT_LIMITS.sheetBytes),
        ),
        texts.fileTooLargeFix,
      );
    case "encrypted_workbook":
      return refuse(file, problem.code, texts.encryptedWorkbook(file), texts.encryptedWorkbookFix);
    case "not_xlsx":
      return refuse(file, problem.code, texts.notXlsx(file, problem.content), texts.resendFix);
    case "duplicate_entry":
      return refuse(file, problem.code, texts.duplicateEntry(file, problem.entry), texts.suspiciousFix);
  }
}

function ignoredNotes(file: string, { macros, externalLinks, embeddedObjects }: IgnoredParts): Finding[] {
  const notes: Finding[] = [];
  if (macros) notes.push(note(file, "macro_ignored", texts.macroIgnored(file), texts.macroIgnoredFix));
  if (externalLinks > 0) {
    const message = texts.externalLinksIgnored(file, externalLinks);
    notes.push(note(file, "external_links_ignored", message, texts.externalLinksIgnoredFix));
  }
  if (embeddedObjects > 0) {
    const message = texts.embeddedObjectsIgnored(file, embeddedObjects);
    notes.push(note(file, "embedded_objects_ignored", message, texts.embeddedObjectsIgnoredFix));
  }
  return notes;
}

function inspectZipFile(bytes: Uint8Array, file: string): InspectResult {
  const directory = readCentralDirectory(bytes, INSPECT_LIMITS.zipEntries);
  if (!directory.ok) {
    switch (directory.problem) {
      case "truncated":
        return refuse(file, "truncated_file", texts.truncatedFile(file), texts.truncatedFileFix);
      case "damaged":
        return refuse(file, "unreadable_file", texts.damagedFile(file), texts.truncatedFileFix);
      case "too_many_entries":
        return refuse(
          file,
          "too_many_entries",
          texts.tooManyEntries(
            file,
            formatVietnameseNumber(directory.count),
            formatVietnameseNumber(INSPECT_LIMITS.zipEntries),
          ),
          texts.suspiciousFix,
        );
    }
  }
  const verdict = inspectZipContent(directory.value);
  if (!verdict.ok) return zipProblemFinding(file, verdict.problem);
  return success(ignoredNotes(file, verdict.value));
}

function inspectOleFile(bytes: Uint8Array, file: string): InspectResult {
  switch (oleKind(bytes)) {
    case "encrypted_workbook":
      return refuse(file, "encrypted_workbook", texts.encryptedWorkbook(file), texts.encryptedWorkbookFix);
    case "legacy_workbook":
      return refuse(file, "legacy_xls", texts.legacyXls(file), texts.resaveAsXlsxFix);
    case "other":
      return refuse(file, "unreadable_file", texts.unknownFormat(file), texts.resendFix);
  }
}

function inspectTextFile(bytes: Uint8Array, file: string): InspectResult {
  switch (textKind(bytes)) {
    case "html_table":
      return refuse(file, "html_table", texts.htmlTable(file), texts.exportedTableFix);
    case "xml_spreadsheet":
      return refuse(file, "xml_spreadsheet", texts.xmlSpreadsheet(file), texts.exportedTableFix);
    case "csv":
      return refuse(file, "csv_file", texts.csvFile(file), texts.exportedTableFix);
    case undefined:
      return refuse(file, "unreadable_file", texts.unknownFormat(file), texts.resendFix);
  }
}

/**
 * The refusal a file earns by its size alone. Callers that know the size before reading the bytes (a stat, a
 * browser File's size) ask first, so a 2 GB attachment is never loaded into memory.
 */
export function refuseBySize(byteLength: number, fileName: string): InspectResult | undefined {
  if (byteLength === 0) return refuse(fileName, "empty_file", texts.emptyFile(fileName), texts.emptyFileFix);
  if (byteLength <= INSPECT_LIMITS.fileBytes) return undefined;
  const message = texts.fileTooLarge(fileName, sizeText(byteLength), sizeText(INSPECT_LIMITS.fileBytes));
  return refuse(fileName, "file_too_large", message, texts.fileTooLargeFix);
}

export function inspectFile(bytes: Uint8Array, fileName: string): InspectResult {
  const bySize = refuseBySize(bytes.length, fileName);
  if (bySize) return bySize;
  const signature = fileSignature(bytes);
  switch (signature) {
    case "zip":
      return inspectZipFile(bytes, fileName);
    case "ole":
      return inspectOleFile(bytes, fileName);
    case "pdf":
      return refuse(fileName, "pdf_file", texts.pdfFile(fileName), texts.resendFix);
    case "png":
    case "jpeg":
    case "gif":
      return refuse(fileName, "image_file", texts.imageFile(fileName, signature), texts.resendFix);
    case undefined:
      return inspectTextFile(bytes, fileName);
  }
}
