/**
 * A consolidation inside Excel with the open workbook's "Dữ liệu các kỳ", as the command line's --history does with
 * its file: the earlier periods read first, the run compared with them (and carrying from them when the officer
 * allows), then the period's rows replacing its old ones. Loaded with the engine.
 */
import type { Catalog } from "../../domain/catalog/types";
import type { ConsolidationRun } from "../../domain/consolidation/fileOutcomes";
import { historyRecords } from "../../domain/history/historyRecords";
import { replacePeriod } from "../../domain/history/replacePeriod";
import type { ConsolidationHistory, HistoryRecord } from "../../domain/history/types";
import { periodLabel } from "../../domain/language/parsePeriod";
import { failure, type ParseResult } from "../../domain/result";
import { HISTORY_SHEET, historyTexts } from "../../domain/texts/history";
import { throwIfCancelled } from "../common/throwIfCancelled";
import type { OperationContext } from "../common/useOperation";
import type { ConsolidationOutcome, WorkbookHistory } from "./types";

/** The sheet's records, or its issues: a failure of Excel itself is one more issue, never a throw. */
export async function readHistory(history: WorkbookHistory): Promise<ParseResult<HistoryRecord[]>> {
  try {
    return await history.read();
  } catch {
    // Office's own message is in English and says little to the officer.
    return failure("history.read_failed", historyTexts.readFailed(HISTORY_SHEET));
  }
}

/**
 * A sheet that cannot be read is neither used nor written (writing it would drop the periods it holds); forms of
 * another period make no record of this one. `consolidate` runs the engine with the history it is given.
 */
export async function consolidateWithWorkbookHistory(
  catalog: Catalog,
  history: WorkbookHistory,
  carryForward: boolean,
  consolidate: (history?: ConsolidationHistory) => Promise<ConsolidationRun>,
  context: OperationContext,
): Promise<ConsolidationOutcome> {
  const read = await readHistory(history);
  throwIfCancelled(context.signal);
  if (!read.ok) {
    const issues = read.issues.map((issue) => issue.message);
    return {
      ...(await consolidate()),
      history: { kind: "notRead", message: historyTexts.notRead(HISTORY_SHEET), issues },
    };
  }
  const run = await consolidate({ records: read.value, carryForward });
  if (run.otherPeriod) return run;
  const period = run.consolidation.period;
  const fresh = historyRecords(catalog, run.consolidation, run.files);
  throwIfCancelled(context.signal);
  try {
    await history.write(replacePeriod(read.value, fresh, period.code));
  } catch {
    return { ...run, history: { kind: "notWritten", message: historyTexts.notWritten(HISTORY_SHEET) } };
  }
  const message = historyTexts.recordedInSheet(HISTORY_SHEET, periodLabel(period), fresh.length);
  return { ...run, history: { kind: "recorded", message } };
}
