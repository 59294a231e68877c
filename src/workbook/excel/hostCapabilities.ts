/**
 * What the running Excel can do, read from its ExcelApi requirement sets
 * (Office 2016 has only 1.1, Office 2019 up to 1.7, Office 2021 up to 1.14).
 */
export type HostFeature =
  | "formatting"
  | "protection"
  | "sheetVisibility"
  | "definedNames"
  | "conditionalFormats"
  | "freezePanes"
  | "hyperlinks"
  | "dataValidation"
  | "pageLayout"
  | "insertWorksheetsFromBase64"
  | "readSheets";

/** The ExcelApi set each feature needs, as the Office.js reference gives it. */
export const FEATURE_REQUIREMENTS: Readonly<Record<HostFeature, string>> = {
  // Range.merge, format.columnWidth/rowHeight, format.protection.locked.
  formatting: "1.2",
  // Worksheet.protection.protect(options).
  protection: "1.2",
  // Worksheet.visibility is readable from 1.1 but settable from 1.2.
  sheetVisibility: "1.2",
  // NamedItemCollection.add.
  definedNames: "1.4",
  conditionalFormats: "1.6",
  freezePanes: "1.7",
  // Range.hyperlink.
  hyperlinks: "1.7",
  dataValidation: "1.8",
  // Worksheet.pageLayout, with headersFooters and zoom.
  pageLayout: "1.9",
  insertWorksheetsFromBase64: "1.13",
  // Worksheet.getUsedRangeOrNullObject and getItemOrNullObject: the form sheets and the catalog sheets read back.
  readSheets: "1.4",
};

/** The newest ExcelApi minor version we look for. */
const NEWEST_KNOWN_MINOR = 13;

export interface HostCapabilities {
  /** Highest ExcelApi 1.x supported without a gap, e.g. "1.7"; "1.0" when not even 1.1 is. */
  excelApi: string;
  features: Readonly<Record<HostFeature, boolean>>;
}

/** The shape of Office.context.requirements, so tests can pass their own. */
export interface RequirementSetSupport {
  isSetSupported(name: string, version?: string): boolean;
}

export function detectCapabilities(requirements: RequirementSetSupport): HostCapabilities {
  let minor = 0;
  while (minor < NEWEST_KNOWN_MINOR && requirements.isSetSupported("ExcelApi", `1.${minor + 1}`)) minor++;
  const features = Object.fromEntries(
    (Object.keys(FEATURE_REQUIREMENTS) as HostFeature[]).map((feature) => [
      feature,
      requirements.isSetSupported("ExcelApi", FEATURE_REQUIREMENTS[feature]),
    ]),
  ) as Record<HostFeature, boolean>;
  return { excelApi: `1.${minor}`, features };
}
