/**
 * The one rule for which of a unit's files came last: the later receipt time, compared as instants (ISO texts
 * with different offsets or precisions compare right; unreadable ones as text), then the later file name, so
 * equal times still give one answer.
 */
export interface Arrival {
  file: string;
  receivedAt: string;
}

function compareTimes(a: string, b: string): number {
  const [timeA, timeB] = [Date.parse(a), Date.parse(b)];
  if (!Number.isNaN(timeA) && !Number.isNaN(timeB)) return Math.sign(timeA - timeB);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareArrival(a: Arrival, b: Arrival): number {
  const order = compareTimes(a.receivedAt, b.receivedAt);
  if (order !== 0) return order;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

export function latestArrival<T extends Arrival>(files: T[]): T | undefined {
  return files.reduce<T | undefined>(
    (latest, file) => (!latest || compareArrival(file, latest) > 0 ? file : latest),
    undefined,
  );
}
