/** Consecutive rows sharing a key, as one range: one validation or format rule per run instead of per row. */
export interface RowRun {
  key: string;
  first: number;
  last: number;
}

/** `rows` in ascending order; a gap or a change of key starts a new run. */
export function rowRuns(rows: { row: number; key: string }[]): RowRun[] {
  const runs: RowRun[] = [];
  for (const { row, key } of rows) {
    const current = runs[runs.length - 1];
    if (current && current.key === key && current.last === row - 1) current.last = row;
    else runs.push({ key, first: row, last: row });
  }
  return runs;
}
