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
  const omitted = Object.entries(WORKBOOK_TEXTS.omitted)
    .filter(([feature]) => !capabilities.features[feature as HostFeature])
    .map(([, message]) => message);
  return readOpenWorkbook ? omitted : [...omitted, uiTexts.host.fileAccess];
}
