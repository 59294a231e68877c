import type { Submission } from "../submission/types";
import type { SubmissionCheck } from "../validation/checkedTypes";
import { selectLatest, type CheckedSubmission } from "../validation/selectLatest";
import type { Finding } from "../validation/types";
import type { ValidationContext } from "../validation/validationContext";
import { validateSubmission } from "../validation/validateSubmission";
import { consolidate } from "./consolidate";
import type { Consolidation, FileOutcome } from "./types";

/** What a reader made of one file: a submission (with notes), or one finding saying why it is not one. */
export type FileRead =
  | { file: string; receivedAt: string; submission: Submission; notes: Finding[] }
  | { file: string; receivedAt: string; finding: Finding };

export interface ConsolidationRun {
  consolidation: Consolidation;
  /** Every finding of every file: reading, validation and replacement, in file order. */
  findings: Finding[];
  files: FileOutcome[];
}

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
  };
}

function unreadableOutcome(file: string, receivedAt: string): FileOutcome {
  return { file, unitId: undefined, receivedAt, status: "rejected", errors: 1, warnings: 0, indicators: [], tasks: [] };
}

/**
 * The whole engine in one call: validate every read file, keep each unit's latest, consolidate.
 * Files that could not be read still appear (rejected) so the officer sees every file's fate.
 */
export function consolidateFiles(reads: FileRead[], context: ValidationContext): ConsolidationRun {
  const checked: CheckedSubmission[] = [];
  const findings: Finding[] = [];
  const unreadable: FileOutcome[] = [];
  for (const read of reads) {
    if ("finding" in read) {
      findings.push(read.finding);
      unreadable.push(unreadableOutcome(read.file, read.receivedAt));
      continue;
    }
    const check = validateSubmission(read.submission, context);
    checked.push({ check, submission: read.submission });
    findings.push(...read.notes, ...check.findings);
  }
  const { replaced } = selectLatest(checked);
  const newerOf = new Map(replaced.map((r) => [r.older, r.newer]));
  findings.push(...replaced.map((r) => r.finding));
  const files = [
    ...checked.map(({ check, submission }) => outcomeOf(check, String(submission.receivedAt), newerOf.get(check.file))),
    ...unreadable,
  ];
  const consolidation = consolidate({ catalog: context.catalog, period: context.period, asOf: context.asOf, files });
  return { consolidation, findings, files };
}
