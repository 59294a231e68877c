/** Chosen files → each read and checked, on reader threads where the browser has them; loaded on demand. */
import { validationContextOf, type CheckContext } from "../../domain/run/checkContext";
import type { CheckedFile } from "../../domain/consolidation/checkFileRead";
import { refusedBySize } from "../../workbook/xlsx/incomingFile";
import { throwIfCancelled } from "../common/throwIfCancelled";
import type { OperationContext } from "../common/useOperation";
import { checkInWorkers, ReaderStopped, type FileJob } from "../reading/checkInWorkers";
import { keepReaders, readerCount, takeReaders, workersAvailable } from "../reading/readerPool";
import type { ChosenFile, ChosenFileReads } from "./types";

/** The files read here, on the page's thread, in turn: where there are no Web Workers (or they stopped). */
async function checkOnPage(jobs: FileJob[], context: CheckContext, signal: AbortSignal, onChecked: Checked) {
  // The reader loads here only when needed: with workers, the page never compiles it.
  const { checkIncomingFile } = await import("../../workbook/xlsx/readIncomingFile");
  const validation = validationContextOf(context);
  for (const { index, file } of jobs) {
    throwIfCancelled(signal);
    onChecked(index, await checkIncomingFile(file, validation));
  }
}

type Checked = (index: number, checked: CheckedFile[]) => void;

/** On reader threads where the browser has them: the page's thread stays free for the panels. */
async function checkJobs(jobs: FileJob[], context: CheckContext, signal: AbortSignal, onChecked: Checked) {
  if (!workersAvailable() || jobs.length === 0) return checkOnPage(jobs, context, signal, onChecked);
  const readers = await takeReaders(readerCount(jobs.length));
  const done = new Set<number>();
  try {
    await checkInWorkers(jobs, context, {
      readers,
      signal,
      onChecked: (index, checked) => {
        done.add(index);
        onChecked(index, checked);
      },
    });
    keepReaders(readers);
  } catch (error) {
    if (!(error instanceof ReaderStopped)) throw error;
    // A reader that cannot run here (a webview refusing workers, say) must not cost the officer the check.
    await checkOnPage(
      jobs.filter((job) => !done.has(job.index)),
      context,
      signal,
      onChecked,
    );
  }
}

/** What the check of a file depends on besides the file: a file checked against other terms is checked again. */
function checkedAgainst({ period, asOf, previousFigures }: CheckContext): string {
  return JSON.stringify([period.code, asOf, previousFigures ?? null]);
}

/**
 * Every file read and checked against `context`, the results in the files' order (a workbook of units' forms
 * gives one per form), with the count of files done. The workbook's last save (else the file's time) stands for
 * its receipt. A huge file is refused from its size alone, never loaded. A file found in `cache`, checked against
 * the same terms, is not read again.
 */
export async function checkChosenFiles(
  files: readonly ChosenFile[],
  context: CheckContext,
  operation: OperationContext,
  cache?: ChosenFileReads,
): Promise<CheckedFile[]> {
  const against = checkedAgainst(context);
  const results = files.map((file) => {
    const kept = cache?.get(file);
    return kept?.against === against ? kept.checked : undefined;
  });
  let done = results.filter(Boolean).length;
  const onChecked: Checked = (index, checked) => {
    results[index] = checked;
    cache?.set(files[index], { against, checked });
    operation.progress(++done, files.length);
  };
  operation.progress(done, files.length);
  const jobs: FileJob[] = [];
  for (const [index, file] of files.entries()) {
    if (results[index]) continue;
    // Refused here, a huge file is never loaded to be sent to a reader thread.
    const refused = refusedBySize(file);
    if (refused) onChecked(index, [refused]);
    else jobs.push({ index, file });
  }
  await checkJobs(jobs, context, operation.signal, onChecked);
  throwIfCancelled(operation.signal);
  return results.flatMap((checked) => checked ?? []);
}

export { warmReaders } from "../reading/readerPool";
