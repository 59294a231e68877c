import { setFlagsFromString } from "node:v8";
import type { Catalog } from "../domain/catalog/types";
import { consolidateCheckedFiles, type ConsolidationRun } from "../domain/run/consolidateFiles";
import { describeConsolidation } from "../domain/report/describeConsolidation";
import type { IsoDate, Period } from "../domain/language/types";
import { previousFigures } from "../domain/history/previousFigures";
import type { ConsolidationHistory } from "../domain/history/types";
import type { ReceiptCorrections } from "../domain/receipts/types";
import { buildSummaryWorkbook } from "../workbook/summary/buildSummaryWorkbook";
import { splitSummaryWorkbook, workingFileName } from "../workbook/summary/splitSummaryWorkbook";
import { writeXlsx } from "../workbook/xlsx/writeXlsx";
import { writeXlsxStreamed } from "../workbook/xlsx/writeXlsxStreamed";
import type { CommandIo } from "./commandIo";
import { progressLine } from "./progressLine";
import type { CheckContext } from "./readFormFile";
import { checkSubmittedFiles, collectFiles } from "./readSubmittedFiles";
import { sourceFolder } from "./sourceFolder";
import { writeFileAtomically } from "./writeFileAtomically";

export interface ConsolidationJob {
  catalog: Catalog;
  period: Period;
  asOf: IsoDate;
  inputs: string[];
  /** First day of Phụ lục I's window; unset, consolidation's default. */
  documentsSince?: IsoDate;
  /** The summary workbook (the appendices; the working sheets go beside it); written only once everything else succeeded. */
  out?: string;
  json?: string;
  /** Phụ lục III keeps only the tasks with a result this period. */
  onlyReportedTasks?: boolean;
  /** Earlier periods' records (--history): compared with, carried forward, checked against. */
  history?: ConsolidationHistory;
  /** The officer's receipt times by file name (`--receipts`). */
  receipts?: ReceiptCorrections;
}

/** Where and how a summary is written: the appendices' file (the working sheets go beside it) and the JSON. */
export interface SummaryOutputs {
  out?: string;
  json?: string;
  /** Stamped as the files' dates, so the same input writes the same bytes. */
  asOf: IsoDate;
  onlyReportedTasks?: boolean;
  /** From the summary's folder to the units' files, so findings link to their cells. */
  sourceFolder?: string;
}

/** The appendices and the working sheets, as the bytes of their two files. */
async function summaryFiles(catalog: Catalog, run: ConsolidationRun, outputs: SummaryOutputs) {
  const { appendices, working } = splitSummaryWorkbook(
    buildSummaryWorkbook({
      catalog,
      consolidation: run.consolidation,
      findings: run.findings,
      generatedAt: new Date(`${outputs.asOf}T00:00:00Z`),
      ...(outputs.sourceFolder === undefined ? {} : { sourceFolder: outputs.sourceFolder }),
      onlyReportedTasks: outputs.onlyReportedTasks ?? false,
      rowsLater: true,
    }),
  );
  return { appendices: await writeXlsx(appendices), working: await writeXlsxStreamed(working) };
}

/** The summary's two workbooks and its JSON, all built in memory first, so a failure leaves the previous ones untouched. */
export async function writeSummaryOutputs(catalog: Catalog, run: ConsolidationRun, outputs: SummaryOutputs) {
  const summary = outputs.out ? await summaryFiles(catalog, run, outputs) : undefined;
  const json = outputs.json && {
    path: outputs.json,
    text: JSON.stringify(describeConsolidation(catalog, run), null, 2) + "\n",
  };
  if (outputs.out && summary) {
    await writeFileAtomically(outputs.out, summary.appendices);
    await writeFileAtomically(workingFileName(outputs.out), summary.working);
  }
  if (json) await writeFileAtomically(json.path, json.text);
}

/**
 * V8 lets the heap grow to up to four times what a full collection left before the next one. Reading thousands of
 * files, then consolidating and writing their summary, make garbage fast over a few hundred MB that stay alive, so
 * a country's run peaked anywhere from 450 to 650 MB by when collections happened to fall. Growing by 30% at most
 * keeps it under 500 MB. A month's files are read first at full speed: the flag cost 83 forms 4% of their time.
 */
function keepHeapTight(): void {
  setFlagsFromString("--heap-growing-percent=30");
}

/** From this many files on, the heap is kept tight while they are read too (readers started after share it). */
const MANY_FILES = 500;

/** The files named and inside the folders named, read and validated on every core, then consolidated. */
export async function consolidateInputs(
  inputs: string[],
  context: CheckContext,
  io: CommandIo,
  history?: ConsolidationHistory,
  receipts?: ReceiptCorrections,
): Promise<ConsolidationRun> {
  const files = await collectFiles(inputs);
  if (files.length >= MANY_FILES) keepHeapTight();
  const checked = await checkSubmittedFiles(files, context, progressLine(io));
  keepHeapTight();
  return consolidateCheckedFiles(checked, { ...context, ...(receipts ? { receipts } : {}) }, history);
}

/** Files → read and validate (on every core) → consolidate → summary workbook and JSON: the command's whole job. */
export async function runConsolidation(job: ConsolidationJob, io: CommandIo): Promise<ConsolidationRun> {
  const { catalog, period, asOf, documentsSince, history } = job;
  const run = await consolidateInputs(
    job.inputs,
    {
      catalog,
      period,
      asOf,
      ...(documentsSince ? { documentsSince } : {}),
      ...(history ? { previousFigures: previousFigures(catalog, history.records, period, asOf) } : {}),
    },
    io,
    history,
    job.receipts,
  );
  // Forms of another period are no month's summary: nothing is written, the command says which period they are.
  if (run.otherPeriod) return run;
  await writeSummaryOutputs(catalog, run, {
    ...job,
    ...(job.out ? { sourceFolder: await sourceFolder(job.inputs, job.out) } : {}),
  });
  return run;
}
