/**
 * A validation rule is a row of data (after DHIS2's validation rules): what it is called, how much it
 * matters, the check, the message and the fix. Adding a rule means adding a row to one of the tables
 * (fileRules, indicatorRules, taskRules); `runRules` and `firstBreach` are the whole engine.
 */
import type { CellRef } from "../submission/types";
import type { Severity } from "./types";
import type { FindingCode } from "../texts/findingKinds";

export type RuleScope = "indicator" | "task" | "file" | "document";

export interface Rule<Context, Detail> {
  code: FindingCode;
  severity: Severity;
  appliesTo: RuleScope;
  /** `false` when the rule holds; otherwise what was found, handed on to `message` and `cell`. */
  check(ctx: Context): Detail | false;
  message(detail: Detail): string;
  fix: string;
  /** The cell the finding points at, when there is one. */
  cell(ctx: Context, detail: Detail): CellRef | undefined;
}

/**
 * The row maker of one table: the rows share the table's scope, and each keeps its own detail type
 * (the table only needs `check` and `message` to agree with each other, not with the other rows).
 */
export function ruleRow<Context>(appliesTo: RuleScope) {
  return <Detail>(rule: Omit<Rule<Context, Detail>, "appliesTo">): Rule<Context, unknown> =>
    ({ ...rule, appliesTo }) as Rule<Context, unknown>;
}

/** What a broken rule reports, before the engine adds file, unit and subject. */
export interface Breach {
  code: FindingCode;
  severity: Severity;
  message: string;
  fix: string;
  cell?: CellRef;
}

function evaluate<Context>(rule: Rule<Context, unknown>, ctx: Context): Breach | undefined {
  const detail = rule.check(ctx);
  if (detail === false) return undefined;
  const cell = rule.cell(ctx, detail);
  return {
    code: rule.code,
    severity: rule.severity,
    message: rule.message(detail),
    fix: rule.fix,
    ...(cell ? { cell: { sheet: cell.sheet, cell: cell.cell } } : {}),
  };
}

/** Every rule of the table that is broken, in table order. */
export function runRules<Context>(rules: readonly Rule<Context, unknown>[], ctx: Context): Breach[] {
  return rules.flatMap((rule) => evaluate(rule, ctx) ?? []);
}

/** The first broken rule only: a file that fails one file rule is rejected with one clear finding. */
export function firstBreach<Context>(rules: readonly Rule<Context, unknown>[], ctx: Context): Breach | undefined {
  for (const rule of rules) {
    const breach = evaluate(rule, ctx);
    if (breach) return breach;
  }
  return undefined;
}
