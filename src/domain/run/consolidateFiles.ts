/**
 * The whole engine in one call, each step in its own folder: the files' fates (consolidation), the figures
 * (consolidation), their sentences (report), then the earlier periods (history).
 */
import { judgingDay } from "../catalog/catalogInForce";
import { withAppliedTargets } from "../consolidation/appliedTargets";
import { checkFileRead, type CheckedFile, type FileRead } from "../consolidation/checkFileRead";
import { fileOutcomes, type ConsolidationRun } from "../consolidation/fileOutcomes";
import { otherPeriodOfMostFiles } from "../consolidation/otherPeriod";
import type { Consolidation, FileOutcome } from "../consolidation/types";
import { consolidateWithHistory } from "../history/consolidateWithHistory";
import { previousFigures, previousValueOf } from "../history/previousFigures";
import type { ConsolidationHistory } from "../history/types";
import type { ReceiptCorrections } from "../receipts/types";
import { consolidateAndReport } from "../report/reportConsolidation";
import type { ValidationContext } from "../validation/validationContext";

export { checkFileRead, type CheckedFile, type ConsolidationRun, type FileRead };

/** What files are consolidated under: validation's context and the officer's receipt times by file name. */
export type ConsolidationContext = ValidationContext & { receipts?: ReceiptCorrections };

/**
 * Keeps each unit's latest of the checked files and consolidates. Files that could not be read still appear
 * (rejected) so the officer sees every file's fate.
 */
export function consolidateCheckedFiles(
  asRead: CheckedFile[],
  context: ConsolidationContext,
  history?: ConsolidationHistory,
): ConsolidationRun {
  const { files, findings, checkedFiles } = fileOutcomes(asRead, context.receipts);
  const { catalog, period, asOf, documentsSince } = context;
  const alone = consolidateAndReport({ catalog, period, asOf, files, ...(documentsSince ? { documentsSince } : {}) });
  const consolidation = history ? withHistory(context, alone, files, history) : alone;
  const otherPeriod = otherPeriodOfMostFiles(checkedFiles, period);
  return { consolidation, findings, files, ...(otherPeriod ? { otherPeriod } : {}) };
}

/** Compared with, and completed by, the earlier periods, under the catalog the period is judged by. */
function withHistory(
  { catalog, period, asOf }: ValidationContext,
  alone: Consolidation,
  files: FileOutcome[],
  history: ConsolidationHistory,
): Consolidation {
  const day = judgingDay(period, asOf);
  const consolidation = consolidateWithHistory(catalog, alone, files, history);
  // Carried figures make the indicators again: the targets applied are told of them afresh.
  return { ...consolidation, indicators: withAppliedTargets(consolidation.indicators, catalog, day) };
}

/**
 * The whole engine in one call: validate every read file, keep each unit's latest, consolidate. With a history,
 * cumulative counts are checked against each unit's last figure of the year, as the command line's --history does.
 */
export function consolidateFiles(
  reads: FileRead[],
  context: ConsolidationContext,
  history?: ConsolidationHistory,
): ConsolidationRun {
  const checking = history
    ? {
        ...context,
        previousValue: previousValueOf(previousFigures(context.catalog, history.records, context.period, context.asOf)),
      }
    : context;
  return consolidateCheckedFiles(
    reads.map((read) => checkFileRead(read, checking)),
    context,
    history,
  );
}
