import { correctReceipts } from "../receipts/correctReceipts";
import type { SubmissionCheck } from "../validation/checkedTypes";
import { selectLatest } from "../validation/selectLatest";
import type { Finding } from "../validation/types";
import type { ValidationContext } from "../validation/validationContext";
import { checkFileRead, type CheckedFile, type FileRead } from "./checkFileRead";
import { consolidate } from "./consolidate";
import { otherPeriodOfMostFiles, type OtherPeriod } from "./otherPeriod";
import type { Consolidation, FileOutcome } from "./types";
import { consolidateWithHistory } from "../history/consolidateWithHistory";
import type { ConsolidationHistory } from "../history/types";
import { previousFigures, previousValueOf } from "../history/previousFigures";
import { judgingDay } from "../catalog/catalogInForce";
import { withAppliedTargets } from "./appliedTargets";

export { checkFileRead, type CheckedFile, type FileRead } from "./checkFileRead";

export interface ConsolidationRun {
  consolidation: Consolidation;
  /** Every finding of every file: reading, validation and replacement, in file order. */
  findings: Finding[];
  files: FileOutcome[];
  /** Set when most files are forms of another period than the one chosen: the run should not be used as is. */
  otherPeriod?: OtherPeriod;
}

type ReadableFile = Exclude<CheckedFile, { finding: Finding }>;

function count(findings: Finding[], severity: Finding["severity"]): number {
  return findings.filter((finding) => finding.severity === severity).length;
}

/** When and how a file was received, as the outcome carries it. */
type Receipt = Pick<FileOutcome, "receivedAt" | "receiptSource">;

function receiptOf({ receivedAt, receiptSource }: Receipt): Receipt {
  return { receivedAt, ...(receiptSource ? { receiptSource } : {}) };
}

/** The refusing finding's message: a rejected file carries only that one error. */
function reasonOf(findings: Finding[]): { reason?: string } {
  const refusal = findings.find((finding) => finding.severity === "error");
  return refusal ? { reason: refusal.message } : {};
}

function outcomeOf(check: SubmissionCheck, receipt: Receipt, replacedBy?: string): FileOutcome {
  return {
    file: check.file,
    unitId: check.unitId,
    ...receiptOf(receipt),
    status: replacedBy ? "replaced" : check.status,
    replacedBy,
    errors: count(check.findings, "error"),
    warnings: count(check.findings, "warning"),
    indicators: check.indicators,
    tasks: check.tasks.map((task) => ({ ...task, cell: task.statusCell })),
    ...(check.documents ? { documents: check.documents } : {}),
    ...(check.status === "rejected" ? reasonOf(check.findings) : {}),
  };
}

function unreadableOutcome(file: string, receipt: Receipt, finding: Finding): FileOutcome {
  return {
    file,
    unitId: undefined,
    ...receiptOf(receipt),
    status: "rejected",
    errors: 1,
    warnings: 0,
    indicators: [],
    tasks: [],
    reason: finding.message,
  };
}

/**
 * Keeps each unit's latest of the checked files and consolidates. Files that could not be read still appear
 * (rejected) so the officer sees every file's fate.
 */
export function consolidateCheckedFiles(
  asRead: CheckedFile[],
  context: ValidationContext,
  history?: ConsolidationHistory,
): ConsolidationRun {
  // The officer's receipt times replace the files' own before anything compares or judges them.
  const checkedFiles = correctReceipts(asRead, context.receipts);
  const readable: ReadableFile[] = [];
  const findings: Finding[] = [];
  const unreadable: FileOutcome[] = [];
  for (const checked of checkedFiles) {
    if ("finding" in checked) {
      findings.push(checked.finding);
      unreadable.push(unreadableOutcome(checked.file, checked, checked.finding));
      continue;
    }
    readable.push(checked);
    findings.push(...checked.notes, ...checked.check.findings);
  }
  const { replaced } = selectLatest(readable);
  const newerOf = new Map(replaced.map((r) => [r.older, r.newer]));
  findings.push(...replaced.map((r) => r.finding));
  const files = [...readable.map((read) => outcomeOf(read.check, read, newerOf.get(read.check.file))), ...unreadable];
  const { catalog, period, asOf, documentsSince } = context;
  const alone = consolidate({ catalog, period, asOf, files, ...(documentsSince ? { documentsSince } : {}) });
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
  context: ValidationContext,
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
