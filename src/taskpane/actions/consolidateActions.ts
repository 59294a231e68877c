import type { Catalog } from "../../domain/catalog/types";
import type { ConsolidationRun } from "../../domain/consolidation/consolidateFiles";
import type { Period } from "../../domain/language/types";
import { throwIfCancelled } from "../common/throwIfCancelled";
import { saveFile, XLSX_MIME } from "../files/saveFile";
import type { WriteToWorkbook } from "./templateActions";
import type { ConsolidateActions, WorkbookForms } from "./types";

// The reader (ExcelJS), the engine and the summary builder load when first used: the first paint stays small.
export const loadReader = () => import("./readChosenFiles");
export const loadEngine = () => import("../../domain/consolidation/consolidateFiles");
export const loadSheetReader = () => import("./readWorkbookFormSheets");
const loadSummary = () => import("../../workbook/summary/buildSummaryWorkbook");
const loadXlsxWriter = () => import("../../workbook/xlsx/writeXlsx");

/** "tong-hop-2026-05.xlsx", as the command line's demo names it. */
export function summaryFileName(period: Period): string {
  return `tong-hop-${period.code}.xlsx`;
}

async function summaryModel(catalog: Catalog, run: ConsolidationRun) {
  const { buildSummaryWorkbook } = await loadSummary();
  const { consolidation, findings } = run;
  // Dated by the as-of day, not the clock: the same files give the same summary, as on the command line.
  return buildSummaryWorkbook({
    catalog,
    consolidation,
    findings,
    generatedAt: new Date(`${consolidation.asOf}T00:00:00Z`),
  });
}

export function createConsolidateActions(
  catalog: Catalog,
  writeToWorkbook?: WriteToWorkbook,
  workbookForms?: WorkbookForms,
): ConsolidateActions {
  return {
    async consolidate(files, { period, asOf }, context) {
      const [{ readChosenFiles }, { consolidateFiles }] = await Promise.all([loadReader(), loadEngine()]);
      const reads = await readChosenFiles(files, context);
      return consolidateFiles(reads, { catalog, period, asOf });
    },

    consolidateSheets: workbookForms
      ? async ({ period, asOf }, context) => {
          const [{ readWorkbookFormSheets }, { consolidateFiles }] = await Promise.all([
            loadSheetReader(),
            loadEngine(),
          ]);
          const reads = await readWorkbookFormSheets(workbookForms, catalog, context);
          return consolidateFiles(reads, { catalog, period, asOf });
        }
      : undefined,

    async downloadSummary(run, context) {
      const [model, { writeXlsx }] = await Promise.all([summaryModel(catalog, run), loadXlsxWriter()]);
      const bytes = await writeXlsx(model);
      throwIfCancelled(context.signal);
      const fileName = summaryFileName(run.consolidation.period);
      saveFile(fileName, bytes, XLSX_MIME);
      return { fileName, count: 1 };
    },

    writeSummaryToWorkbook: writeToWorkbook
      ? async (run, context) => writeToWorkbook(await summaryModel(catalog, run), context)
      : undefined,
  };
}
