import type { Catalog } from "../../domain/catalog/types";
import type { CheckedFile, ConsolidationRun } from "../../domain/consolidation/consolidateFiles";
import { registerCorrections } from "../../domain/receipts/registerCorrections";
import { uiTexts } from "../../domain/texts/ui";
import { registerReceiptCells } from "../../workbook/summary/registerReceiptCells";
import type { Period } from "../../domain/language/types";
import { throwIfCancelled } from "../common/throwIfCancelled";
import { saveFile, XLSX_MIME } from "../files/saveFile";
import type { WriteToWorkbook } from "./templateActions";
import { importForms, type FormImporter } from "./importForms";
import type { ChosenFileReads, ConsolidateActions, RunOptions, SummaryOptions, WorkbookForms } from "./types";
import { pageSettings, settingsReceiptStore, type ReceiptStore } from "./receiptStore";

// The reader, the engine and the summary builder load when first used: the first paint stays small.
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
  /** The reads of chosen files, shared with Kiểm tra so a file is read once. */
  reads?: ChosenFileReads;
  /** Where the officer's receipt times are kept; unset, for the page's life. */
  receipts?: ReceiptStore;
  /** The register sheet of the open workbook as text from A1, where the officer may have typed receipt times. */
  readRegisterSheet?: () => Promise<string[][] | undefined>;
}

export function createConsolidateActions(
  catalog: Catalog,
  {
    writeToWorkbook,
    workbookForms,
    importer,
    reads: cache,
    receipts = settingsReceiptStore(pageSettings()),
    readRegisterSheet,
  }: ConsolidateHost = {},
): ConsolidateActions {
  /**
   * The kept receipt times, plus the ones typed into the register sheet since it was written (kept from now on);
   * then the consolidation follows them.
   */
  async function consolidateReads(reads: CheckedFile[], options: RunOptions): Promise<ConsolidationRun> {
    const { consolidateCheckedFiles } = await loadEngine();
    const kept = receipts.corrections();
    const table = readRegisterSheet ? await readRegisterSheet() : undefined;
    const typed = table
      ? registerCorrections(
          registerReceiptCells(table),
          new Map(reads.map((read) => [read.file, [read.receivedAt, ...(kept[read.file] ? [kept[read.file]] : [])]])),
          workbookForms?.name ?? uiTexts.check.workbookName,
        )
      : { corrections: {}, findings: [] };
    if (Object.keys(typed.corrections).length > 0) await receipts.save(typed.corrections);
    const run = consolidateCheckedFiles(reads, { catalog, ...options, receipts: { ...kept, ...typed.corrections } });
    return typed.findings.length === 0 ? run : { ...run, findings: [...typed.findings, ...run.findings] };
  }

  return {
    async consolidate(files, options, context) {
      const [{ checkChosenFiles }] = await Promise.all([loadReader(), loadEngine()]);
      return consolidateReads(await checkChosenFiles(files, { catalog, ...options }, context, cache), options);
    },

    saveReceipts: (corrections) => receipts.save(corrections),

    consolidateSheets: workbookForms
      ? async (options, context) => {
          const [{ readWorkbookFormSheets }, { checkFileRead }] = await Promise.all([loadSheetReader(), loadEngine()]);
          const reads = await readWorkbookFormSheets(workbookForms, catalog, context);
          return consolidateReads(
            reads.map((read) => checkFileRead(read, { catalog, ...options })),
            options,
          );
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
