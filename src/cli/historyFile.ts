/** `--history FILE.xlsx`: the workbook whose sheet "Dữ liệu các kỳ" the command reads before and writes after a run. */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Catalog } from "../domain/catalog/types";
import type { ConsolidationRun } from "../domain/consolidation/fileOutcomes";
import { historyRecords } from "../domain/history/historyRecords";
import { replacePeriod } from "../domain/history/replacePeriod";
import type { HistoryRecord } from "../domain/history/types";
import { HISTORY_SHEET, historyTexts } from "../domain/texts/history";
import { readHistoryFile, writeHistoryFile } from "../workbook/xlsx/historyWorkbook";
import type { CommandIo } from "./commandIo";
import { writeFileAtomically } from "./writeFileAtomically";

/** The workbook as read once: its bytes (kept to be written again) and its records. */
export interface HistoryFile {
  path: string;
  bytes?: Uint8Array;
  records: HistoryRecord[];
}

/** A file that does not exist yet is an empty history; one that cannot be read is printed and gives undefined. */
export async function openHistoryFile(path: string, io: CommandIo): Promise<HistoryFile | undefined> {
  let bytes: Uint8Array;
  try {
    const buffer = await readFile(path);
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { path, records: [] };
    io.error(historyTexts.unreadable(path, (error as Error).message));
    return undefined;
  }
  const read = await readHistoryFile(bytes, basename(path));
  if (read.ok) return { path, bytes, records: read.value };
  for (const issue of read.issues) io.error(issue.message);
  return undefined;
}

/** The run's records replace its period's in the workbook; false after printing why the workbook was not written. */
export async function recordRun(
  history: HistoryFile,
  catalog: Catalog,
  run: ConsolidationRun,
  modified: Date,
  io: CommandIo,
): Promise<boolean> {
  const period = run.consolidation.period;
  const fresh = historyRecords(catalog, run.consolidation, run.files);
  const records = replacePeriod(history.records, fresh, period.code);
  const written = await writeHistoryFile(history.bytes, records, basename(history.path), modified);
  if (!written.ok) {
    for (const issue of written.issues) io.error(issue.message);
    return false;
  }
  await writeFileAtomically(history.path, written.value);
  io.print(historyTexts.written(history.path, HISTORY_SHEET, period.code, fresh.length));
  return true;
}
