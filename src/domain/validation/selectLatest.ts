/** A unit that sends again for the same period is taken at its latest word; the older file says it was replaced. */
import type { Submission } from "../submission/types";
import type { SubmissionCheck } from "./checkedTypes";
import type { Finding } from "./types";
import { validationTexts } from "./validationTexts";

export interface CheckedSubmission {
  check: SubmissionCheck;
  submission: Submission;
}

export interface Replacement {
  older: string;
  newer: string;
  unitId: string;
  /** The info finding that reports the older file. */
  finding: Finding;
}

export interface LatestSelection {
  /** The files that count, in the order given. */
  kept: CheckedSubmission[];
  replaced: Replacement[];
}

/**
 * For each unit and period the latest `receivedAt` wins, whatever its verdict: a rejected resend still
 * replaces, so the officer asks for a correct one instead of consolidating a file the unit withdrew.
 * Equal times fall back to file name order (the later name wins). Files of no known unit are all kept.
 */
export function selectLatest(checks: CheckedSubmission[]): LatestSelection {
  const latest = new Map<string, CheckedSubmission>();
  for (const item of checks) {
    const key = groupKey(item);
    if (key === undefined) continue;
    const current = latest.get(key);
    if (!current || isLater(item.submission, current.submission)) latest.set(key, item);
  }
  const kept: CheckedSubmission[] = [];
  const replaced: Replacement[] = [];
  for (const item of checks) {
    const key = groupKey(item);
    const winner = key === undefined ? item : latest.get(key);
    if (winner === undefined || winner === item) kept.push(item);
    else replaced.push(replacement(item, winner));
  }
  return { kept, replaced };
}

function groupKey({ check, submission }: CheckedSubmission): string | undefined {
  return check.unitId === undefined ? undefined : `${check.unitId}\u001f${submission.period}`;
}

function isLater(a: Submission, b: Submission): boolean {
  const order = compareTimes(String(a.receivedAt), String(b.receivedAt));
  return order !== 0 ? order > 0 : a.file > b.file;
}

/** ISO texts with different offsets or precisions compare as instants; unreadable ones as text. */
function compareTimes(a: string, b: string): number {
  const [timeA, timeB] = [Date.parse(a), Date.parse(b)];
  if (!Number.isNaN(timeA) && !Number.isNaN(timeB)) return Math.sign(timeA - timeB);
  return a < b ? -1 : a > b ? 1 : 0;
}

function replacement(older: CheckedSubmission, newer: CheckedSubmission): Replacement {
  const unitId = older.check.unitId ?? older.submission.unitId;
  const finding: Finding = {
    file: older.submission.file,
    unit: unitId,
    severity: "info",
    code: "replaced",
    message: validationTexts.replaced(older.submission.file, newer.submission.file),
    fix: validationTexts.replacedFix,
  };
  return { older: older.submission.file, newer: newer.submission.file, unitId, finding };
}
