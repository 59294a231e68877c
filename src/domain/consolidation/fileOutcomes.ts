/**
 * Each checked file's fate before anything is added up: every unit's latest kept, the older ones named replaced,
 * the unreadable rejected.
 */
import { correctReceipts } from "../receipts/correctReceipts";
import type { ReceiptCorrections } from "../receipts/types";
import type { SubmissionCheck } from "../validation/checkedTypes";
import { selectLatest } from "../validation/selectLatest";
import type { Finding } from "../validation/types";
import type { CheckedFile } from "./checkFileRead";
import type { OtherPeriod } from "./otherPeriod";
import type { Consolidation, FileOutcome } from "./types";

/** What src/domain/run's consolidateFiles makes of the files: the consolidation, worded, and every file's fate. */
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

/** Every file's fate (each unit's latest kept, the older replaced) and every finding, in file order. */
export interface FileOutcomes {
  files: FileOutcome[];
  findings: Finding[];
  /** The files as read, their receipt times corrected by the officer's. */
  checkedFiles: CheckedFile[];
}

/**
 * Keeps each unit's latest of the checked files. Files that could not be read still appear (rejected) so the officer
 * sees every file's fate.
 */
export function fileOutcomes(asRead: CheckedFile[], receipts?: ReceiptCorrections): FileOutcomes {
  // The officer's receipt times replace the files' own before anything compares or judges them.
  const checkedFiles = correctReceipts(asRead, receipts);
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
  return { files, findings, checkedFiles };
}
