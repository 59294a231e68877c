/**
 * The Nghị định 30 print setup of each appendix (Phụ lục I to IV) — the working sheets are not for print — taken from the summary builder itself so the header
 * rows repeated on every page stay those the builder lays out, with the header's text to find them by. The
 * print area is left out: the sheets in the workbook hold other rows than this empty summary, and Excel
 * prints the used range without one.
 */
import type { Catalog } from "../../domain/catalog/types";
import { consolidateFiles } from "../../domain/run/consolidateFiles";
import { reportDeadline } from "../../domain/language/parsePeriod";
import type { Period } from "../../domain/language/types";
import type { SheetPrintSetup } from "../../workbook/excel/applyPrintSetupToSheets";
import { appendixSheetNames, buildSummaryWorkbook } from "../../workbook/summary/buildSummaryWorkbook";

export function summaryPrintSetups(catalog: Catalog, period: Period): SheetPrintSetup[] {
  const asOf = reportDeadline(period);
  const { consolidation } = consolidateFiles([], { catalog, period, asOf });
  const model = buildSummaryWorkbook({ catalog, consolidation, findings: [], generatedAt: new Date(0) });
  return model.sheets.flatMap(({ name, print, cells }) => {
    if (!print || !appendixSheetNames.includes(name)) return [];
    const { printArea: _, ...setup } = print;
    const header = print.titleRows && cells[`A${print.titleRows.first}`]?.value;
    return [{ sheet: name, print: setup, ...(typeof header === "string" ? { titleText: header } : {}) }];
  });
}
