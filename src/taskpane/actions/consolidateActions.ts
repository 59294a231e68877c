import type { Catalog } from "../../domain/catalog/types";
import { validationContextOf, type CheckContext } from "../../domain/run/checkContext";
import type { CheckedFile } from "../../domain/consolidation/checkFileRead";
import type { ConsolidationRun } from "../../domain/consolidation/fileOutcomes";
import { previousFigures } from "../../domain/history/previousFigures";
import { latestMonth } from "../../domain/history/rollUpChoice";
import type { ConsolidationHistory } from "../../domain/history/types";
import { registerCorrections } from "../../domain/receipts/registerCorrections";
import { uiTexts } from "../../domain/texts/ui";
import { registerReceiptCells } from "../../workbook/summary/registerReceiptCells";
import type { Period } from "../../domain/language/types";
import { throwIfCancelled } from "../common/throwIfCancelled";
import { saveFile, XLSX_MIME } from "../files/saveFile";
import type { WriteToWorkbook } from "./templateActions";
import { importForms, type FormImporter } from "./importForms";
import type { OperationContext } from "../common/useOperation";
import type {
  ChosenFileReads,
  ConsolidateActions,
  ConsolidationOutcome,
  RunOptions,
  SummaryOptions,
  WorkbookForms,
  WorkbookHistory,
} from "./types";
import { pageSettings, settingsReceiptStore, type ReceiptStore } from "./receiptStore";

// The reader, the engine and the summary builder load when first used: the first paint stays small.
export const loadReader = () => import("./readChosenFiles");
export const loadEngine = () => import("../../domain/run/consolidateFiles");
export const loadSheetReader = () => import("./readWorkbookFormSheets");
const loadHistoryRun = () => import("./consolidateWithWorkbookHistory");
const loadRollUp = () => import("./rollUpFromWorkbook");
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
  /** The workbook's "Dữ liệu các kỳ": each run is compared with it, carries from it and is recorded in it. */
  history?: WorkbookHistory;
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
    history,
  }: ConsolidateHost = {},
): ConsolidateActions {
  /**
   * The files checked (against the earlier figures a history gives, when there is one), then consolidated with the
   * kept receipt times plus the ones typed into the register sheet since it was written (kept from now on), and with
   * the workbook's history.
   */
  async function consolidateChecked(
    check: (context: CheckContext) => Promise<CheckedFile[]>,
    { carryForward = true, ...options }: RunOptions,
    operation: OperationContext,
  ): Promise<ConsolidationOutcome> {
    const { consolidateCheckedFiles } = await loadEngine();
    const checkContext: CheckContext = { catalog, ...options };
    const kept = receipts.corrections();
    const run = async (earlier?: ConsolidationHistory): Promise<ConsolidationRun> => {
      const previous = earlier && previousFigures(catalog, earlier.records, options.period, options.asOf);
      const checked = await check(previous ? { ...checkContext, previousFigures: previous } : checkContext);
      const table = readRegisterSheet ? await readRegisterSheet() : undefined;
      const typed = table
        ? registerCorrections(
            registerReceiptCells(table),
            new Map(
              checked.map((file) => [file.file, [file.receivedAt, ...(kept[file.file] ? [kept[file.file]] : [])]]),
            ),
            workbookForms?.name ?? uiTexts.check.workbookName,
          )
        : { corrections: {}, findings: [] };
      if (Object.keys(typed.corrections).length > 0) await receipts.save(typed.corrections);
      const validation = { catalog, ...options, receipts: { ...kept, ...typed.corrections } };
      const result = consolidateCheckedFiles(checked, validation, earlier);
      return typed.findings.length === 0 ? result : { ...result, findings: [...typed.findings, ...result.findings] };
    };
    if (!history) return run();
    const { consolidateWithWorkbookHistory } = await loadHistoryRun();
    return consolidateWithWorkbookHistory(catalog, history, carryForward, run, operation);
  }

  // The month's summary and a quarter's alike: built, then swapped in whole, so a failed write leaves the old one.
  const writeSummary =
    writeToWorkbook &&
    (async (run: ConsolidationRun, context: OperationContext, options?: SummaryOptions) =>
      writeToWorkbook(await summaryModel(catalog, run, options, workbookForms?.name), context));

  return {
    async consolidate(files, options, context) {
      // The engine loads while the files are read.
      const [{ checkChosenFiles }] = await Promise.all([loadReader(), loadEngine()]);
      return consolidateChecked(
        (checkContext) => checkChosenFiles(files, checkContext, context, cache),
        options,
        context,
      );
    },

    saveReceipts: (corrections) => receipts.save(corrections),

    consolidateSheets: workbookForms
      ? async (options, context) => {
          const [{ readWorkbookFormSheets }, { checkFileRead }] = await Promise.all([loadSheetReader(), loadEngine()]);
          const reads = await readWorkbookFormSheets(workbookForms, catalog, context);
          return consolidateChecked(
            async (checkContext) => reads.map((read) => checkFileRead(read, validationContextOf(checkContext))),
            options,
            context,
          );
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

    writeSummaryToWorkbook: writeSummary,

    rollUpToWorkbook:
      history && writeSummary
        ? async (period, asOf, context) => {
            const { rollUpFromWorkbook } = await loadRollUp();
            const write = (run: ConsolidationRun) => writeSummary(run, context);
            return rollUpFromWorkbook(catalog, history, { period, asOf }, write, context);
          }
        : undefined,

    // Read when the panel opens: kept off the roll-up's module, which loads the engine only when a report is asked for.
    latestRecordedMonth: history
      ? async () => {
          const read = await history.read();
          return read.ok ? latestMonth(read.value.map((record) => record.period)) : undefined;
        }
      : undefined,
  };
}
