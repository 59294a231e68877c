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
import { catalogInForce, judgingDay } from "../catalog/catalogInForce";
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

function outcomeOf(check: SubmissionCheck, receivedAt: string, replacedBy?: string): FileOutcome {
  return {
    file: check.file,
    unitId: check.unitId,
    receivedAt,
    status: replacedBy ? "replaced" : check.status,
    replacedBy,
    errors: count(check.findings, "error"),
    warnings: count(check.findings, "warning"),
    indicators: check.indicators,
    tasks: check.tasks.map((task) => ({ ...task, cell: task.statusCell })),
    ...(check.documents ? { documents: check.documents } : {}),
  };
}

function unreadableOutcome(file: string, receivedAt: string): FileOutcome {
  return { file, unitId: undefined, receivedAt, status: "rejected", errors: 1, warnings: 0, indicators: [], tasks: [] };
}

/**
 * Keeps each unit's latest of the checked files and consolidates. Files that could not be read still appear
 * (rejected) so the officer sees every file's fate.
 */
export function consolidateCheckedFiles(
  checkedFiles: CheckedFile[],
  context: ValidationContext,
  history?: ConsolidationHistory,
): ConsolidationRun {
  const readable: ReadableFile[] = [];
  const findings: Finding[] = [];
  const unreadable: FileOutcome[] = [];
  for (const checked of checkedFiles) {
    if ("finding" in checked) {
      findings.push(checked.finding);
      unreadable.push(unreadableOutcome(checked.file, checked.receivedAt));
      continue;
    }
    readable.push(checked);
    findings.push(...checked.notes, ...checked.check.findings);
  }
  const { replaced } = selectLatest(readable);
  const newerOf = new Map(replaced.map((r) => [r.older, r.newer]));
  findings.push(...replaced.map((r) => r.finding));
  const files = [
    ...readable.map(({ check, receivedAt }) => outcomeOf(check, receivedAt, newerOf.get(check.file))),
    ...unreadable,
  ];
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
  const consolidation = consolidateWithHistory(catalogInForce(catalog, day), alone, files, history);
  // Carried figures make the indicators again: the targets applied are told of them afresh.
  return { ...consolidation, indicators: withAppliedTargets(consolidation.indicators, catalog, day) };
}

/** The whole engine in one call: validate every read file, keep each unit's latest, consolidate. */
export function consolidateFiles(reads: FileRead[], context: ValidationContext): ConsolidationRun {
  return consolidateCheckedFiles(
    reads.map((read) => checkFileRead(read, context)),
    context,
  );
}
