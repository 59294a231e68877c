/** A problem found while parsing user or seed text; `path` names where (field, part index…). */
export interface ParseIssue {
  path: (string | number)[];
  code: string;
  /** Vietnamese, shown to the officer. */
  message: string;
}

/** Parsers return a typed result instead of throwing on bad input (after Zod's safeParse). */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ParseIssue[] };

export function success<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function failure<T>(code: string, message: string, path: (string | number)[] = []): ParseResult<T> {
  return { ok: false, issues: [{ path, code, message }] };
}
