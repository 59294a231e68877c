import { parseArgs } from "node:util";
import { calendarDate, parsePeriod } from "../domain/language/parsePeriod";
import type { IsoDate, Period } from "../domain/language/types";
import { cliTexts } from "../domain/texts/cli";

/** A mistake in the command line: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

export interface CommonOptions {
  period: Period;
  asOf: IsoDate;
  json?: string;
  out?: string;
  /** A catalog rows file (same shape as src/domain/catalog/data) used instead of the 2026 plan. */
  catalog?: string;
  /** Seed of the sample generator. */
  seed?: number;
  /** First day of Phụ lục I's documents; unset, consolidation picks its default. */
  documentsSince?: IsoDate;
  /** Phụ lục III keeps only the tasks with a result this period (`--only-reported-tasks`). */
  onlyReportedTasks: boolean;
  /** The workbook whose sheet "Dữ liệu các kỳ" holds earlier periods (`--history FILE.xlsx`), created when absent. */
  history?: string;
  /** Units missing this period contribute their last figures of the year, unless `--no-carry-forward`. */
  carryForward: boolean;
  /** The officer's receipt times, a JSON file of file name → "dd/mm/yyyy hh:mm" (`--receipts`). */
  receipts?: string;
  positionals: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseCommonOptions(argv: string[], today: IsoDate): CommonOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        period: { type: "string" },
        "as-of": { type: "string" },
        json: { type: "string" },
        out: { type: "string" },
        catalog: { type: "string" },
        seed: { type: "string" },
        "documents-since": { type: "string" },
        "only-reported-tasks": { type: "boolean" },
        history: { type: "string" },
        "no-carry-forward": { type: "boolean" },
        receipts: { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (!values.period) throw new UsageError(cliTexts.periodRequired);
  const period = parsePeriod(values.period);
  if (!period.ok) throw new UsageError(period.issues.map((i) => i.message).join("; "));
  const asOf = values["as-of"] ?? today;
  if (!ISO_DATE.test(asOf)) throw new UsageError(cliTexts.badAsOf(asOf));
  if (values.seed !== undefined && !/^\d+$/.test(values.seed)) throw new UsageError(cliTexts.badSeed(values.seed));
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  const documentsSince = parseDocumentsSince(values["documents-since"]);
  const onlyReportedTasks = values["only-reported-tasks"] === true;
  return {
    period: period.value,
    asOf,
    json: values.json,
    out: values.out,
    catalog: values.catalog,
    seed,
    ...(documentsSince ? { documentsSince } : {}),
    onlyReportedTasks,
    ...(values.history ? { history: values.history } : {}),
    carryForward: values["no-carry-forward"] !== true,
    ...(values.receipts === undefined ? {} : { receipts: values.receipts }),
    positionals,
  };
}

/** `--documents-since 2026-03-31`: a day of the calendar, or a usage error. */
export function parseDocumentsSince(text: string | undefined): IsoDate | undefined {
  if (text === undefined) return undefined;
  const [year, month, day] = text.split("-").map(Number);
  if (!ISO_DATE.test(text) || calendarDate(year, month, day) === undefined) {
    throw new UsageError(cliTexts.badDocumentsSince(text));
  }
  return text;
}
