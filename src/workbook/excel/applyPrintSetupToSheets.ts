/**
 * Applies each named sheet's print setup to the sheets of those names the open workbook has; the others are
 * reported absent. Three syncs whatever the number of sheets: names, then the top of column A (to find the
 * table's header), then every setup written.
 */
import type { PrintSetup } from "../model/types";
import { WORKBOOK_TEXTS } from "../../domain/texts/workbook";
import { applyPrintSetup } from "./applySheetSettings";
import type { HostCapabilities } from "./hostCapabilities";

export interface SheetPrintSetup {
  sheet: string;
  print: PrintSetup;
  /**
   * Column A's text in the first title row. Where the sheet has it higher or lower (a summary's register
   * has one to three sentences above its table), the title rows move with it.
   */
  titleText?: string;
}

export interface PrintSetupResult {
  /** The workbook's own spelling of each sheet set up. */
  applied: string[];
  absent: string[];
}

/** How far down column A the header row is looked for. */
export const TITLE_SEARCH_ROWS = 20;

interface Target {
  worksheet: Excel.Worksheet;
  setup: SheetPrintSetup;
  top?: Excel.Range;
}

function titleRowsFound({ setup, top }: Target): PrintSetup["titleRows"] {
  const { titleRows } = setup.print;
  if (!titleRows || !top || setup.titleText === undefined) return titleRows;
  const index = top.values.findIndex((row) => String(row[0]).trim() === setup.titleText);
  if (index < 0) return titleRows;
  const shift = index + 1 - titleRows.first;
  return { first: titleRows.first + shift, last: titleRows.last + shift };
}

export async function applyPrintSetupToSheets(
  context: Excel.RequestContext,
  setups: readonly SheetPrintSetup[],
  capabilities: HostCapabilities,
): Promise<PrintSetupResult> {
  if (!capabilities.features.pageLayout) throw new Error(WORKBOOK_TEXTS.omitted.pageLayout);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  // Excel compares sheet names without case.
  const present = new Map(sheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const targets: Target[] = [];
  const absent: string[] = [];
  for (const setup of setups) {
    const worksheet = present.get(setup.sheet.toLowerCase());
    if (worksheet) targets.push({ worksheet, setup });
    else absent.push(setup.sheet);
  }
  if (targets.length === 0) return { applied: [], absent };
  for (const target of targets) {
    if (target.setup.titleText === undefined) continue;
    target.top = target.worksheet.getRange(`A1:A${TITLE_SEARCH_ROWS}`);
    target.top.load("values");
  }
  await context.sync();
  for (const target of targets) {
    applyPrintSetup(target.worksheet, { ...target.setup.print, titleRows: titleRowsFound(target) });
  }
  await context.sync();
  return { applied: targets.map((target) => target.worksheet.name), absent };
}
