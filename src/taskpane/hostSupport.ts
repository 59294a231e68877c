import { uiTexts } from "../domain/texts/ui";
import type { HostCapabilities, HostFeature } from "../workbook/excel/hostCapabilities";
import { WORKBOOK_TEXTS } from "../domain/texts/workbook";

/** What the Excel running the pane can do, as far as the pane's features go. */
export interface HostSupport {
  capabilities: HostCapabilities;
  /** Whether Office hands the add-in the open workbook's bytes (the check of the open workbook needs them). */
  readOpenWorkbook: boolean;
}

/** What this Excel lacks, in plain Vietnamese, one sentence per feature; empty when it lacks nothing. */
export function lackingFeatures({ capabilities, readOpenWorkbook }: HostSupport): string[] {
  const { features } = capabilities;
  const omitted = Object.entries(WORKBOOK_TEXTS.omitted)
    .filter(([feature]) => !features[feature as HostFeature])
    .map(([, message]) => message);
  const texts = uiTexts.host;
  return [
    ...omitted,
    ...(features.readSheets ? [] : [texts.readSheets]),
    ...(features.insertWorksheetsFromBase64 ? [] : [texts.importSheets]),
    // The open workbook is checked from its sheets where they can be read, else from its file.
    ...(features.readSheets || readOpenWorkbook ? [] : [texts.fileAccess]),
  ];
}
