import type { Catalog } from "../../domain/catalog/types";
import type { ConsolidationRun } from "../../domain/consolidation/consolidateFiles";
import type { Period } from "../../domain/language/types";
import { throwIfCancelled } from "../common/throwIfCancelled";
import { saveFile, XLSX_MIME } from "../files/saveFile";
import type { WriteToWorkbook } from "./templateActions";
import { importForms, type FormImporter } from "./importForms";
import type { ConsolidateActions, SummaryOptions, WorkbookForms } from "./types";

// The reader (ExcelJS), the engine and the summary builder load when first used: the first paint stays small.
export const loadReader = () => import("./readChosenFiles");
export const loadEngine = () => import("../../domain/consolidation/consolidateFiles");
export const loadSheetReader = () => import("./readWorkbookFormSheets");
const loadSummary = () => import("../../workbook/summary/buildSummaryWorkbook");
const loadSplit = () => import("../../workbook/summary/splitSummaryWorkbook");
const loadXlsxWriter = () => import("../../workbook/xlsx/writeXlsx");

/** "tong-hop-2026-05.xlsx", as the command line's demo names it. */
export function summaryFileName(period: Period): string {
  return `tong-hop-${period.code}.xlsx`;
}

/** `hostWorkbook`: the workbook the summary is written into, whose own form sheets its findings then link to. */
async function summaryModel(
  catalog: Catalog,
  run: ConsolidationRun,
  { onlyReportedTasks }: SummaryOptions = { onlyReportedTasks: false },
  hostWorkbook?: string,
) {
  const { buildSummaryWorkbook } = await loadSummary();
  const { consolidation, findings } = run;
  // Dated by the as-of day, not the clock: the same files give the same summary, as on the command line.
  return buildSummaryWorkbook({
    catalog,
    consolidation,
    findings,
    generatedAt: new Date(`${consolidation.asOf}T00:00:00Z`),
    onlyReportedTasks,
    ...(hostWorkbook !== undefined ? { hostWorkbook } : {}),
  });
}

/** What only Excel gives; outside it the panel reads files and downloads the summary. */
export interface ConsolidateHost {
  writeToWorkbook?: WriteToWorkbook;
  workbookForms?: WorkbookForms;
  importer?: FormImporter;
}

export function createConsolidateActions(
  catalog: Catalog,
  { writeToWorkbook, workbookForms, importer }: ConsolidateHost = {},
): ConsolidateActions {
  return {
    async consolidate(files, options, context) {
      const [{ readChosenFiles }, { consolidateFiles }] = await Promise.all([loadReader(), loadEngine()]);
      const reads = await readChosenFiles(files, catalog.units, context);
      return consolidateFiles(reads, { catalog, ...options });
    },

    consolidateSheets: workbookForms
      ? async (options, context) => {
          const [{ readWorkbookFormSheets }, { consolidateFiles }] = await Promise.all([
            loadSheetReader(),
            loadEngine(),
          ]);
          const reads = await readWorkbookFormSheets(workbookForms, catalog, context);
          return consolidateFiles(reads, { catalog, ...options });
        }
      : undefined,

    /** Two files, as the command line writes them: the appendices to print, the working sheets beside them. */
    async downloadSummary(run, context, options) {
      const [model, { writeXlsx }, { splitSummaryWorkbook, workingFileName }] = await Promise.all([
        summaryModel(catalog, run, options),
        loadXlsxWriter(),
        loadSplit(),
      ]);
      const { appendices, working } = splitSummaryWorkbook(model);
      const [appendixBytes, workingBytes] = [await writeXlsx(appendices), await writeXlsx(working)];
      throwIfCancelled(context.signal);
      const fileName = summaryFileName(run.consolidation.period);
      saveFile(fileName, appendixBytes, XLSX_MIME);
      saveFile(workingFileName(fileName), workingBytes, XLSX_MIME);
      return { fileName, count: 2, workingFileName: workingFileName(fileName) };
    },

    importFiles: importer ? (files, context) => importForms(files, catalog, importer, context) : undefined,

    writeSummaryToWorkbook: writeToWorkbook
      ? async (run, context, options) =>
          writeToWorkbook(await summaryModel(catalog, run, options, workbookForms?.name), context)
      : undefined,
  };
}
