/**
 * The summary as two files: the report's appendices, which is what gets printed, and the working sheets beside it.
 * Neither Excel nor LibreOffice has a "do not print this sheet" setting that both honour (printing a workbook prints
 * every visible sheet), so keeping the working sheets out of print honestly means keeping them out of the file.
 */
import type { Workbook } from "../model/types";
import { appendixSheetNames } from "./buildSummaryWorkbook";

export interface SplitSummary {
  appendices: Workbook;
  working: Workbook;
}

export function splitSummaryWorkbook(summary: Workbook): SplitSummary {
  const isAppendix = (name: string) => appendixSheetNames.includes(name);
  const part = (keep: boolean): Workbook => ({
    ...summary,
    sheets: summary.sheets.filter((sheet) => isAppendix(sheet.name) === keep),
    definedNames: summary.definedNames.filter((defined) => isAppendix(defined.sheet) === keep),
  });
  return { appendices: part(true), working: part(false) };
}

/** "tong-hop-2026-05.xlsx" → "tong-hop-2026-05-lam-viec.xlsx": the working sheets' file, next to the summary. */
export function workingFileName(summaryFile: string): string {
  return summaryFile.replace(/(\.xlsx)?$/i, "-lam-viec.xlsx");
}
