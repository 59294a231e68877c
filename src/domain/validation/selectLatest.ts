/** A unit that sends again for the same period is taken at its latest word; the older file says it was replaced. */
import type { Finding } from "./types";
import { validationTexts } from "../texts/validation";
import { compareArrival } from "../submission/arrivalOrder";

/** What choosing among a unit's files looks at. */
export interface SentFile {
  file: string;
  /** Set when the file names a unit of the register. */
  unitId?: string;
  period: string;
  receivedAt: string;
}

export interface Replacement {
  older: string;
  newer: string;
  unitId: string;
  /** The info finding that reports the older file. */
  finding: Finding;
}

export interface LatestSelection<T extends SentFile = SentFile> {
  /** The files that count, in the order given. */
  kept: T[];
  replaced: Replacement[];
}

/**
 * For each unit and period the latest `receivedAt` wins, whatever its verdict: a rejected resend still
 * replaces, so the officer asks for a correct one instead of consolidating a file the unit withdrew.
 * Which came last is compareArrival's rule. Files of no known unit are all kept.
 */
export function selectLatest<T extends SentFile>(files: T[]): LatestSelection<T> {
  const latest = new Map<string, T>();
  for (const item of files) {
    if (item.unitId === undefined) continue;
    const key = groupKey(item.unitId, item.period);
    const current = latest.get(key);
    if (!current || compareArrival(item, current) > 0) latest.set(key, item);
  }
  const kept: T[] = [];
  const replaced: Replacement[] = [];
  for (const item of files) {
    const { unitId } = item;
    const winner = unitId === undefined ? undefined : latest.get(groupKey(unitId, item.period));
    if (unitId === undefined || winner === undefined || winner === item) kept.push(item);
    else replaced.push(replacement(item, winner, unitId));
  }
  return { kept, replaced };
}

function groupKey(unitId: string, period: string): string {
  return `${unitId}\u001f${period}`;
}

function replacement(older: SentFile, newer: SentFile, unitId: string): Replacement {
  const finding: Finding = {
    file: older.file,
    unit: unitId,
    severity: "info",
    code: "replaced",
    message: validationTexts.replaced(older.file, newer.file),
    fix: validationTexts.replacedFix,
  };
  return { older: older.file, newer: newer.file, unitId, finding };
}
