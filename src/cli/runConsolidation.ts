import type { Catalog } from "../domain/catalog/types";
import { consolidateFiles, type ConsolidationRun } from "../domain/consolidation/consolidateFiles";
import { describeConsolidation } from "../domain/report/describeConsolidation";
import type { IsoDate, Period } from "../domain/language/types";
import { buildSummaryWorkbook } from "../workbook/summary/buildSummaryWorkbook";
import { writeXlsx } from "../workbook/xlsx/writeXlsx";
import type { CommandIo } from "./commandIo";
import { progressLine } from "./progressLine";
import { collectFiles, readSubmittedFiles } from "./readSubmittedFiles";
import { writeFileAtomically } from "./writeFileAtomically";

export interface ConsolidationJob {
  catalog: Catalog;
  period: Period;
  asOf: IsoDate;
  inputs: string[];
  /** The summary workbook; written only once everything else succeeded. */
  out?: string;
  json?: string;
}

/** Files → read → validate → consolidate → summary workbook and JSON: the command line's whole job. */
export async function runConsolidation(job: ConsolidationJob, io: CommandIo): Promise<ConsolidationRun> {
  const files = await collectFiles(job.inputs);
  const reads = await readSubmittedFiles(files, progressLine(io));
  const run = consolidateFiles(reads, { catalog: job.catalog, period: job.period, asOf: job.asOf });
  // Everything is built in memory first, so a failure leaves the previous summary and JSON untouched.
  const summary = job.out
    ? await writeXlsx(
        buildSummaryWorkbook({
          catalog: job.catalog,
          consolidation: run.consolidation,
          findings: run.findings,
          generatedAt: new Date(`${job.asOf}T00:00:00Z`),
        }),
      )
    : undefined;
  const json = JSON.stringify(describeConsolidation(job.catalog, run), null, 2) + "\n";
  if (job.out && summary) await writeFileAtomically(job.out, summary);
  if (job.json) await writeFileAtomically(job.json, json);
  return run;
}
