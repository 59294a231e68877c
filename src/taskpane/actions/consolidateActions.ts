import type { Catalog } from "../../domain/catalog/types";
import type { ConsolidationRun, FileRead } from "../../domain/consolidation/consolidateFiles";
import type { Period } from "../../domain/language/types";
import { throwIfCancelled } from "../common/throwIfCancelled";
import { saveFile, XLSX_MIME } from "../files/saveFile";
import type { WriteToWorkbook } from "./templateActions";
import { importForms, type FormImporter } from "./importForms";
import type { OperationContext } from "../common/useOperation";
import type {
  ConsolidateActions,
  ConsolidationOutcome,
  RunOptions,
  SummaryOptions,
  WorkbookForms,
  WorkbookHistory,
} from "./types";

// The reader (ExcelJS), the engine and the summary builder load when first used: the first paint stays small.
export const loadReader = () => import("./readChosenFiles");
export const loadEngine = () => import("../../domain/consolidation/consolidateFiles");
export const loadSheetReader = () => import("./readWorkbookFormSheets");
const loadHistoryRun = () => import("./consolidateWithWorkbookHistory");
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
  /** The workbook's "Dữ liệu các kỳ": each run is compared with it, carries from it and is recorded in it. */
  history?: WorkbookHistory;
}

/** The reads consolidated, with the workbook's history when there is one. */
async function consolidateReads(
  catalog: Catalog,
  reads: FileRead[],
  { carryForward = true, ...options }: RunOptions,
  history: WorkbookHistory | undefined,
  context: OperationContext,
): Promise<ConsolidationOutcome> {
  const { consolidateFiles } = await loadEngine();
  const validation = { catalog, ...options };
  if (!history) return consolidateFiles(reads, validation);
  const { consolidateWithWorkbookHistory } = await loadHistoryRun();
  return consolidateWithWorkbookHistory(
    catalog,
    history,
    carryForward,
    (records) => consolidateFiles(reads, validation, records),
    context,
  );
}

export function createConsolidateActions(
  catalog: Catalog,
  { writeToWorkbook, workbookForms, importer, history }: ConsolidateHost = {},
): ConsolidateActions {
  return {
    async consolidate(files, options, context) {
      // The engine loads while the files are read.
      const [{ readChosenFiles }] = await Promise.all([loadReader(), loadEngine()]);
      const reads = await readChosenFiles(files, catalog.units, context);
      return consolidateReads(catalog, reads, options, history, context);
    },

    consolidateSheets: workbookForms
      ? async (options, context) => {
          const [{ readWorkbookFormSheets }] = await Promise.all([loadSheetReader(), loadEngine()]);
          const reads = await readWorkbookFormSheets(workbookForms, catalog, context);
          return consolidateReads(catalog, reads, options, history, context);
        }
      : undefined,

    ...(history ? { keepsHistory: true } : {}),

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
