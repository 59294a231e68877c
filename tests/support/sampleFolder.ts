/**
 * Sample forms written to a folder as an officer receives them (each file dated when its unit sent it), and
 * what the engine makes of them in Node, read the way the pane reads chosen files: the end-to-end tests'
 * expected answers.
 */
import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Catalog } from "../../src/domain/catalog/types";
import { consolidateFiles, type ConsolidationRun } from "../../src/domain/run/consolidateFiles";
import type { ConsolidationHistory } from "../../src/domain/history/types";
import type { IsoDate, Period } from "../../src/domain/language/types";
import { sampleFileBytes } from "../../src/samples/sampleFile";
import type { SamplePlan } from "../../src/samples/samplePlan";
import { withFileReceipt } from "../../src/workbook/xlsx/fileReceipt";
import { readFileForConsolidation } from "../../src/workbook/xlsx/readSubmittedFile";

export async function writeSampleForms(folder: string, catalog: Catalog, plans: SamplePlan[]): Promise<string[]> {
  const paths: string[] = [];
  for (const plan of plans) {
    const path = join(folder, plan.fileName);
    writeFileSync(path, await sampleFileBytes(catalog, plan));
    const received = new Date(plan.receivedAt);
    utimesSync(path, received, received);
    paths.push(path);
  }
  return paths;
}

export async function consolidateInNode(
  paths: string[],
  context: { catalog: Catalog; period: Period; asOf: IsoDate },
  history?: ConsolidationHistory,
): Promise<ConsolidationRun> {
  const reads = [];
  for (const path of paths) {
    const bytes = new Uint8Array(readFileSync(path));
    const { mtime } = statSync(path);
    const read = await readFileForConsolidation(bytes, basename(path), mtime.toISOString(), context.catalog.units);
    reads.push(...withFileReceipt(read, mtime, bytes));
  }
  return consolidateFiles(reads, context, history);
}
