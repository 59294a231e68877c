/**
 * The rules a row of the form's "Văn bản" table must meet, one row each: a số/ký hiệu, a real issue day (not
 * after the as-of day, in the plan's year or the year before) and a trích yếu. Errors keep the document out of
 * Phụ lục I; an unknown task code only warns, since the document itself is sound.
 */
import type { IsoDate } from "../language/types";
import { vietnameseDate } from "../language/vietnameseDate";
import type { CellInput, CellRef } from "../submission/types";
import type { DocumentRuleContext } from "./documentContext";
import { documentCells } from "./documentContext";
import { excelError } from "./readCell";
import { ruleRow, type Rule } from "./rule";
import type { FindingCode } from "../texts/findingKinds";
import { validationTexts } from "../texts/validation";

const texts = validationTexts.document;
const row = ruleRow<DocumentRuleContext>("document");

/** A rule's cell when the row's own cell is missing from the sheet: the first cell the row has. */
function at(ctx: DocumentRuleContext, cell: CellInput | undefined): CellRef | undefined {
  return cell ?? documentCells(ctx.entry)[0];
}

/** What a cell of the row that must hold a value of its kind is told: blank, or text that is no such value. */
interface RequiredValue {
  field: "number" | "date";
  codes: { missing: FindingCode; invalid: FindingCode };
  missing: string;
  invalid: (text: string) => string;
  fix: string;
}

/** The two rules of a cell the row must fill: one when it is blank, one when its text is no value of its kind. */
function requiredValue({ field, codes, missing, invalid, fix }: RequiredValue): Rule<DocumentRuleContext, unknown>[] {
  const text = (ctx: DocumentRuleContext) => (field === "number" ? ctx.numberText : ctx.dateText);
  const value = (ctx: DocumentRuleContext) => (field === "number" ? ctx.number : ctx.date);
  const cell = (ctx: DocumentRuleContext) => at(ctx, ctx.entry[field]);
  return [
    row({
      code: codes.missing,
      severity: "error",
      check: (ctx) => text(ctx) === "",
      message: () => missing,
      fix,
      cell,
    }),
    row({
      code: codes.invalid,
      severity: "error",
      check: (ctx) => (text(ctx) !== "" && value(ctx) === undefined ? text(ctx) : false),
      message: (written: string) => invalid(written),
      fix,
      cell,
    }),
  ];
}

export const documentRules: Rule<DocumentRuleContext, unknown>[] = [
  row({
    code: "document_error_value",
    severity: "error",
    check: (ctx) => documentCells(ctx.entry).find((cell) => excelError(cell) !== undefined) ?? false,
    message: (cell: CellInput) => texts.errorValue(excelError(cell) ?? ""),
    fix: texts.errorValueFix,
    cell: (_, cell) => cell,
  }),
  ...requiredValue({
    field: "number",
    codes: { missing: "document_number_missing", invalid: "document_number_invalid" },
    missing: texts.missingNumber,
    invalid: texts.badNumber,
    fix: texts.numberFix,
  }),
  ...requiredValue({
    field: "date",
    codes: { missing: "document_date_missing", invalid: "document_date_invalid" },
    missing: texts.missingDate,
    invalid: texts.badDate,
    fix: texts.dateFix,
  }),
  row({
    code: "document_date_future",
    severity: "error",
    check: (ctx) =>
      ctx.date !== undefined && ctx.date > ctx.validation.asOf ? { date: ctx.date, asOf: ctx.validation.asOf } : false,
    message: ({ date, asOf }: { date: IsoDate; asOf: IsoDate }) =>
      texts.futureDate(vietnameseDate(date), vietnameseDate(asOf)),
    fix: texts.futureDateFix,
    cell: (ctx) => at(ctx, ctx.entry.date),
  }),
  row({
    code: "document_date_outside_years",
    severity: "error",
    check: (ctx) => {
      const year = Number(ctx.date?.slice(0, 4));
      const plan = ctx.validation.catalog.year;
      // A day after the as-of day has its own finding above.
      const outside = ctx.date !== undefined && ctx.date <= ctx.validation.asOf && (year < plan - 1 || year > plan);
      return outside ? { date: ctx.date as IsoDate, plan } : false;
    },
    message: ({ date, plan }: { date: IsoDate; plan: number }) =>
      texts.outsideYears(vietnameseDate(date), plan - 1, plan),
    fix: texts.outsideYearsFix,
    cell: (ctx) => at(ctx, ctx.entry.date),
  }),
  row({
    code: "document_summary_missing",
    severity: "error",
    check: (ctx) => ctx.summary === "",
    message: () => texts.missingSummary,
    fix: texts.missingSummaryFix,
    cell: (ctx) => at(ctx, ctx.entry.summary),
  }),
  row({
    code: "document_repeated",
    severity: "warning",
    check: (ctx) => ctx.repeats ?? false,
    message: (earlier: string) => texts.repeated(earlier),
    fix: texts.repeatedFix,
    cell: (ctx) => at(ctx, ctx.entry.number),
  }),
  row({
    code: "document_task_unknown",
    severity: "warning",
    check: (ctx) => (ctx.unknownTaskIds.length > 0 ? ctx.unknownTaskIds : false),
    message: (codes: string[]) => texts.unknownTask(codes),
    fix: texts.unknownTaskFix,
    cell: (ctx) => at(ctx, ctx.entry.taskId),
  }),
];
