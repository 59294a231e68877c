/** A problem found while parsing user or seed text; `path` names where (field, part index…). */
export interface ParseIssue {
  path: (string | number)[];
  code: string;
  /** Vietnamese, shown to the officer. */
  message: string;
}

export type Success<T> = { ok: true; value: T };

/** Why not, as a record whose field names the failure in its layer's terms: `issues`, `finding`, `problem`… */
export type Failure<Why extends object> = { ok: false } & Why;

/**
 * What every reader and parser returns instead of throwing on bad input (after Zod's safeParse): the value, or
 * why not. One envelope for all; only the failure's record differs by layer.
 */
export type Result<T, Why extends object> = Success<T> | Failure<Why>;

/** A parser's result: the issues say what is wrong where. */
export type ParseResult<T> = Result<T, { issues: ParseIssue[] }>;

export function success<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function failure<T>(code: string, message: string, path: (string | number)[] = []): ParseResult<T> {
  return { ok: false, issues: [{ path, code, message }] };
}
