/** The rules a task row must meet (DESIGN.md §4), one row each; errors keep the status out of the summary. */
import { foldForMatching } from "../language/cellText";
import type { DeadlinePart, TaskStatus } from "../language/types";
import { figureText } from "../language/vietnameseNumber";
import type { CellInput, CellRef } from "../submission/types";
import { isDocumentProduct, namesDocumentNumber } from "./documentEvidence";
import { cellText, excelError } from "./readCell";
import { ruleRow, type Rule } from "./rule";
import type { TaskRuleContext } from "./taskContext";
import { columnHeaders } from "../texts/formColumns";
import { validationTexts } from "../texts/validation";

const texts = validationTexts.task;
const columns = columnHeaders;

const row = ruleRow<TaskRuleContext>("task");

/** Phrases of a description that say the opposite of the status chosen (folded: no accents, lower case). */
const CONTRADICTIONS: { status: TaskStatus; phrases: string[] }[] = [
  { status: "in_progress", phrases: ["chua trien khai"] },
  { status: "done", phrases: ["dang xay dung du thao", "dang trien khai", "chua hoan thanh"] },
  { status: "not_started", phrases: ["da hoan thanh"] },
];

const atStatus = (ctx: TaskRuleContext): CellRef => ctx.statusCell;
const atDescription = (ctx: TaskRuleContext): CellRef => ctx.entry.description ?? ctx.statusCell;

interface TaskInput {
  cell: CellInput;
  column: string;
}

function findInput(ctx: TaskRuleContext, test: (cell: CellInput) => boolean): TaskInput | false {
  const statusCells = ctx.parts?.map((part) => part.cell) ?? [ctx.entry.status];
  const inputs: TaskInput[] = [
    ...statusCells.map((cell) => ({ cell, column: columns.status })),
    ...(ctx.entry.progress ? [{ cell: ctx.entry.progress, column: columns.progress }] : []),
  ];
  return inputs.find((input) => test(input.cell)) ?? false;
}

function progressNumber(ctx: TaskRuleContext): number | undefined {
  return ctx.progressReading?.kind === "read" ? ctx.progressReading.value.number : undefined;
}

/** Recurring, or running "Thường xuyên" with no end: such a task, or part, is never finished for good. */
function runsWithoutEnd(part: DeadlinePart): boolean {
  return part.kind === "recurring" || (part.kind === "continuous" && part.to === undefined);
}

/** A task whose every part runs without end marked done; read by parts, the first such part marked done. */
function ongoingMarkedDone(ctx: TaskRuleContext): { deadline: string; cell: CellRef } | false {
  const { deadline } = ctx.task;
  if (ctx.parts) {
    const part = ctx.parts.find(
      ({ index }) => ctx.partStatuses?.[index] === "done" && runsWithoutEnd(deadline.parts[index]),
    );
    return part ? { deadline: deadline.parts[part.index].text, cell: part.cell } : false;
  }
  return (
    ctx.status === "done" && deadline.parts.every(runsWithoutEnd) && { deadline: deadline.raw, cell: atStatus(ctx) }
  );
}

function contradictingPhrase(ctx: TaskRuleContext): string | undefined {
  const folded = foldForMatching(ctx.description);
  const phrases = CONTRADICTIONS.find((row) => row.status === ctx.status)?.phrases ?? [];
  const phrase = phrases.find((candidate) => folded.includes(candidate));
  if (phrase === undefined) return undefined;
  // Folding keeps positions, so the phrase can be quoted as the officer wrote it.
  const start = folded.indexOf(phrase);
  return ctx.description.slice(start, start + phrase.length);
}

export const taskRules: Rule<TaskRuleContext, unknown>[] = [
  row({
    code: "error_value",
    severity: "error",
    check: (ctx) => findInput(ctx, (cell) => excelError(cell) !== undefined),
    message: ({ cell, column }: TaskInput) => validationTexts.cell.errorValue(column, excelError(cell) ?? ""),
    fix: validationTexts.cell.errorValueFix,
    cell: (_, input) => input.cell,
  }),
  row({
    code: "formula_input",
    severity: "warning",
    check: (ctx) => findInput(ctx, (cell) => cell.formula === true),
    message: ({ column }: TaskInput) => validationTexts.cell.formulaInput(column),
    fix: validationTexts.cell.formulaInputFix,
    cell: (_, input) => input.cell,
  }),
  row({
    code: "missing_status",
    severity: "error",
    check: (ctx) => ctx.statusReading.kind === "blank",
    message: () => texts.missingStatus,
    fix: texts.statusFix,
    cell: atStatus,
  }),
  row({
    code: "bad_status",
    severity: "error",
    check: ({ statusReading }) => statusReading.kind === "unknown" && statusReading.text,
    message: (text) => texts.badStatus(text),
    fix: texts.statusFix,
    cell: atStatus,
  }),
  row({
    code: "bad_progress",
    severity: "error",
    check: (ctx) => {
      const reading = ctx.progressReading;
      if (!reading || reading.kind === "excel_error") return false;
      const progress = progressNumber(ctx);
      return (progress === undefined || progress < 0 || progress > 100) && cellText(ctx.entry.progress);
    },
    message: (text) => texts.badProgress(text),
    fix: texts.badProgressFix,
    cell: (ctx) => ctx.entry.progress ?? ctx.statusCell,
  }),
  row({
    // The claim "done" is what lacks support, so the finding sits on the status and keeps it out of the summary.
    code: "missing_description",
    severity: "error",
    check: (ctx) => ctx.status === "done" && ctx.description === "",
    message: () => texts.missingDescription,
    fix: texts.missingDescriptionFix,
    cell: atStatus,
  }),
  row({
    code: "missing_document_number",
    severity: "warning",
    check: (ctx) =>
      ctx.status === "done" &&
      ctx.description !== "" &&
      isDocumentProduct(ctx.task.product) &&
      !namesDocumentNumber(ctx.description) &&
      ctx.task.product,
    message: (product) => texts.missingDocumentNumber(product),
    fix: texts.missingDocumentNumberFix,
    cell: atDescription,
  }),
  row({
    code: "overdue",
    severity: "warning",
    check: ({ classification }) => classification.overdue && classification.reason,
    message: (reason) => texts.overdue(reason),
    fix: texts.overdueFix,
    cell: atStatus,
  }),
  row({
    code: "ongoing_marked_done",
    severity: "warning",
    check: ongoingMarkedDone,
    message: ({ deadline }) => texts.ongoingMarkedDone(deadline),
    fix: texts.ongoingMarkedDoneFix,
    cell: (_, { cell }) => cell,
  }),
  row({
    code: "description_contradicts_status",
    severity: "warning",
    check: (ctx) => {
      const phrase = contradictingPhrase(ctx);
      return ctx.status !== undefined && phrase !== undefined && { phrase, status: texts.statusNames[ctx.status] };
    },
    message: ({ phrase, status }) => texts.descriptionContradicts(phrase, status),
    fix: texts.descriptionContradictsFix,
    cell: atDescription,
  }),
  row({
    code: "progress_contradicts_status",
    severity: "warning",
    check: (ctx) => {
      const progress = progressNumber(ctx);
      if (ctx.status === undefined || progress === undefined) return false;
      const contradicts = (progress === 100 && ctx.status !== "done") || (progress === 0 && ctx.status === "done");
      return contradicts && { progress, status: texts.statusNames[ctx.status] };
    },
    message: ({ progress, status }) => texts.progressContradicts(figureText(progress, true), status),
    fix: texts.progressContradictsFix,
    cell: (ctx) => ctx.entry.progress ?? ctx.statusCell,
  }),
];
