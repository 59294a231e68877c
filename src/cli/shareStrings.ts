/**
 * Every form repeats the same texts (sheet names, addresses, the plan's names and targets), and each read makes
 * its own copies of them: thousands of files would keep thousands of copies. Swapping each string for one shared
 * copy keeps one.
 */

/** Replaces, in place, every string inside plain data (objects and arrays) by the copy `pool` already holds. */
export function shareStrings<T>(value: T, pool: Map<string, string>): T {
  return share(value, pool) as T;
}

function share(value: unknown, pool: Map<string, string>): unknown {
  if (typeof value === "string") {
    const shared = pool.get(value);
    if (shared !== undefined) return shared;
    pool.set(value, value);
    return value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = share(value[i], pool);
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = share(record[key], pool);
  }
  return value;
}
