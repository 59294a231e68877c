/**
 * A quarter's, half-year's or year's report inside Excel, made from the open workbook's "Dữ liệu các kỳ" as the
 * command line's `report` makes it from --history: no form is read, and the summary is written as the month's is.
 * Loaded with the engine.
 */
import type { Catalog } from "../../domain/catalog/types";
import type { ConsolidationRun } from "../../domain/consolidation/fileOutcomes";
import { rollUpPeriod } from "../../domain/history/rollUpPeriod";
import type { IsoDate, Period } from "../../domain/language/types";
import { HISTORY_SHEET, historyTexts } from "../../domain/texts/history";
import { throwIfCancelled } from "../common/throwIfCancelled";
import type { OperationContext } from "../common/useOperation";
import { readHistory } from "./consolidateWithWorkbookHistory";
import type { RollUpOutcome, WorkbookHistory, WorkbookWriteOutcome } from "./types";

const refused = (message: string, issues: string[] = []): RollUpOutcome => ({ kind: "refused", message, issues });

/**
 * Nothing is written unless the period could be made: a sheet missing, empty or unreadable, or without a month of
 * the period, leaves the summary already in the workbook as it was; `writeSummary` swaps the new one in whole.
 */
export async function rollUpFromWorkbook(
  catalog: Catalog,
  history: WorkbookHistory,
  { period, asOf }: { period: Period; asOf: IsoDate },
  writeSummary: (run: ConsolidationRun) => Promise<WorkbookWriteOutcome>,
  context: OperationContext,
): Promise<RollUpOutcome> {
  const texts = historyTexts.rollUpPane;
  const read = await readHistory(history);
  throwIfCancelled(context.signal);
  if (!read.ok)
    return refused(
      texts.notRead(HISTORY_SHEET),
      read.issues.map((issue) => issue.message),
    );
  if (read.value.length === 0) return refused(texts.noHistory(HISTORY_SHEET));
  const rolled = rollUpPeriod(catalog, period, asOf, read.value);
  if (!rolled.ok)
    return refused(
      rolled.issues[0].message,
      rolled.issues.slice(1).map((issue) => issue.message),
    );
  const { consolidation, files, months, missingMonths } = rolled.value;
  const run: ConsolidationRun = { consolidation, findings: [], files };
  const written = await writeSummary(run);
  return { kind: "written", run, months, missingMonths, written };
}
