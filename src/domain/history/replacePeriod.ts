/** Merging a period's new records into the history: running a period again replaces what it recorded before. */
import type { HistoryRecord } from "./types";

/**
 * Every record of other periods is kept as it was (an officer's own rows too); the period's records are replaced by
 * `fresh`, placed after the periods before it, so the table reads in time order however the periods were run.
 */
export function replacePeriod(existing: HistoryRecord[], fresh: HistoryRecord[], periodCode: string): HistoryRecord[] {
  const kept = existing.filter((record) => record.period !== periodCode);
  const firstLater = kept.findIndex((record) => record.period > periodCode && sameKind(record.period, periodCode));
  const at = firstLater === -1 ? kept.length : firstLater;
  return [...kept.slice(0, at), ...fresh, ...kept.slice(at)];
}

/** "2026-05" and "2026-12" are months; "2026-Q2" a quarter: codes of one kind sort in time order as text. */
function sameKind(a: string, b: string): boolean {
  return a.length === b.length && a.includes("Q") === b.includes("Q") && a.includes("H") === b.includes("H");
}
