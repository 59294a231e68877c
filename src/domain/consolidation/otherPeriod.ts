/** Forms of another period than the one chosen: the officer picked the wrong month, or received the wrong files. */
import { parsePeriod } from "../language/parsePeriod";
import type { Period } from "../language/types";
import type { CheckedFile } from "./checkFileRead";

export interface OtherPeriod {
  /** The period most of the files are forms of. */
  period: Period;
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
  const [code, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (code === undefined || count === undefined || count * 2 <= files.length) return undefined;
  // A form's period was parsed from its identity or title when it was read; one that does not parse names no period.
  const period = parsePeriod(code);
  return period.ok ? { period: period.value, count, total: files.length } : undefined;
}
