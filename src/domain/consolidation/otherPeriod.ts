/** Forms of another period than the one chosen: the officer picked the wrong month, or received the wrong files. */
import type { Period } from "../language/types";
import type { CheckedFile } from "./checkFileRead";

export interface OtherPeriod {
  /** The period most of the files are forms of ("2026-05"). */
  period: string;
  /** How many of the files are forms of it, of all the files chosen. */
  count: number;
  total: number;
}

/** The other period more than half of the chosen files are forms of; none when most files are of the chosen one. */
export function otherPeriodOfMostFiles(files: readonly CheckedFile[], chosen: Period): OtherPeriod | undefined {
  const counts = new Map<string, number>();
  for (const file of files) {
    if ("period" in file && file.period !== chosen.code) counts.set(file.period, (counts.get(file.period) ?? 0) + 1);
  }
  const [period, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return period !== undefined && count !== undefined && count * 2 > files.length
    ? { period, count, total: files.length }
    : undefined;
}
