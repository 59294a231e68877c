/**
 * The names a unit's imported form takes in the officer's workbook: "CT Xã Mường Sại", "NV Xã Mường Sại",
 * "VB Xã Mường Sại" and its hidden "_dinh_danh (n)", each unique (Excel compares names without case) and within Excel's 31 characters.
 */
import { importTexts } from "../../domain/texts/templates";
import { FORM_SHEETS } from "../templates/formLayout";

export interface ImportedSheetNames {
  indicators: string;
  tasks: string;
  /** Used only when the form has its (optional) "Văn bản" sheet. */
  documents: string;
  identity: string;
}

const MAX_SHEET_NAME = 31;
/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g;

/** `base`, or "base (2)", "base (3)" … shortened so the suffix fits; the name chosen is added to `taken`. */
export function uniqueSheetName(base: string, taken: Set<string>): string {
  const clean = base
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  let name = clean.slice(0, MAX_SHEET_NAME).trim();
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${clean.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

export function importedSheetNames(unitName: string, taken: Set<string>): ImportedSheetNames {
  return {
    indicators: uniqueSheetName(importTexts.indicatorsSheet(unitName), taken),
    tasks: uniqueSheetName(importTexts.tasksSheet(unitName), taken),
    documents: uniqueSheetName(importTexts.documentsSheet(unitName), taken),
    identity: uniqueSheetName(FORM_SHEETS.identity, taken),
  };
}
