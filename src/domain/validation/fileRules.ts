/**
 * The rules a whole file must meet before any cell is read (DESIGN.md §4). They run in this order and the
 * first broken one rejects the file with one finding: later rules assume the earlier ones hold.
 */
import { FORM_TEMPLATE_ID, FORM_TEMPLATE_VERSION, formFingerprint } from "../forms/formContent";
import { parsePeriod, periodLabel } from "../language/parsePeriod";
import type { Period } from "../language/types";
import type { FormIdentity } from "../submission/types";
import type { FileRuleContext } from "./fileContext";
import { fixedEdits, indicatorFixedColumns, taskFixedEdits, type FixedEdit } from "./fixedColumns";
import { madeForBreach, shownBreach, type MadeForBreach, type ShownBreach } from "./identityChecks";
import { ruleRow, type Rule } from "./rule";
import { validationTexts } from "../texts/validation";

const texts = validationTexts.file;

const row = ruleRow<FileRuleContext>("file");
const nowhere = () => undefined;

type PeriodBreach = { written: string; expected: Period; period?: Period };

function periodBreach({ submission, validation }: FileRuleContext): PeriodBreach | false {
  const parsed = parsePeriod(submission.period);
  if (parsed.ok && parsed.value.code === validation.period.code) return false;
  return { written: submission.period, expected: validation.period, ...(parsed.ok ? { period: parsed.value } : {}) };
}

type CatalogBreach = { formYear: number; catalogYear: number };

function catalogBreach({ submission, validation, sent }: FileRuleContext): CatalogBreach | false {
  const { identity } = submission;
  if (!sent || !identity) return false;
  const formYear = identity.catalogYear;
  const catalogYear = validation.catalog.year;
  return (
    (formYear !== catalogYear || identity.fingerprint !== formFingerprint(sent, identity)) && {
      formYear,
      catalogYear,
    }
  );
}

type RowsBreach = { missing: string[]; added: string[]; repeated: string[] };

/**
 * The rows are those of the form as made: a task added after the form was made is no breach (see `tasksAddedLater`),
 * nor a row the catalog has withdrawn since; any other missing or added row is.
 */
function rowsBreach({ submission, content, sent }: FileRuleContext): RowsBreach | false {
  if (!content || !sent) return false;
  // Labels are made only for the rows found missing: this runs for every file, and almost none miss a row.
  const expected = [
    ...sent.indicators.map((indicator) => ({
      id: indicator.id,
      label: () => validationTexts.subject.indicator(indicator.name),
    })),
    ...sent.tasks.map((task) => ({ id: task.id, label: () => validationTexts.subject.task(task.name) })),
  ];
  const written = [
    ...submission.indicators.map((entry) => entry.indicatorId),
    ...submission.tasks.map((entry) => entry.taskId),
  ];
  const writtenIds = new Set(written);
  const expectedIds = new Set([
    ...expected.map((item) => item.id),
    ...content.indicators.map((indicator) => indicator.id),
    ...content.tasks.map((task) => task.id),
  ]);
  const missing = expected.filter((item) => !writtenIds.has(item.id)).map((item) => item.label());
  const added = written.filter((id) => !expectedIds.has(id));
  const repeated = [...new Set(written.filter((id, index) => written.indexOf(id) !== index))];
  return (missing.length > 0 || added.length > 0 || repeated.length > 0) && { missing, added, repeated };
}

type FixedBreach = { first: FixedEdit; count: number };

/** Locked cells against what the form printed when it was made (an old target stays the form's own). */
function fixedBreach({ submission, validation, sent }: FileRuleContext): FixedBreach | false {
  if (!sent) return false;
  const indicators = new Map(sent.indicators.map((indicator) => [indicator.id, indicator]));
  const tasks = new Map(sent.tasks.map((task) => [task.id, task]));
  const indicatorColumns = indicatorFixedColumns(validation.catalog.year);
  const edits = [
    ...submission.indicators.flatMap((entry) => {
      const indicator = indicators.get(entry.indicatorId);
      return indicator ? fixedEdits(entry.fixed, indicator, indicatorColumns) : [];
    }),
    ...submission.tasks.flatMap((entry) => {
      const task = tasks.get(entry.taskId);
      return task ? taskFixedEdits(entry, task) : [];
    }),
  ];
  return edits.length > 0 && { first: edits[0], count: edits.length };
}

export const fileRules: Rule<FileRuleContext, unknown>[] = [
  row({
    code: "wrong_template",
    severity: "error",
    check: ({ submission: { identity } }) =>
      identity !== undefined &&
      (identity.templateId !== FORM_TEMPLATE_ID || identity.templateVersion !== FORM_TEMPLATE_VERSION) &&
      identity,
    message: (identity: FormIdentity) =>
      texts.wrongTemplate(identity.templateId, identity.templateVersion, FORM_TEMPLATE_ID, FORM_TEMPLATE_VERSION),
    fix: texts.wrongTemplateFix,
    cell: nowhere,
  }),
  row({
    code: "unknown_unit",
    severity: "error",
    check: ({ unit, submission }) => !unit && submission.unitId,
    message: (unitId) => texts.unknownUnit(unitId),
    fix: texts.unknownUnitFix,
    cell: nowhere,
  }),
  row({
    code: "wrong_period",
    severity: "error",
    check: periodBreach,
    message: ({ written, expected, period }: PeriodBreach) =>
      period
        ? texts.wrongPeriod(periodLabel(period), periodLabel(expected))
        : texts.invalidPeriod(written, periodLabel(expected)),
    fix: texts.wrongPeriodFix,
    cell: nowhere,
  }),
  row({
    code: "identity_mismatch",
    severity: "error",
    check: madeForBreach,
    message: (breach: MadeForBreach) =>
      "madeFor" in breach
        ? texts.identityUnit(breach.unit.name, breach.madeFor.name)
        : texts.identityPeriod(breach.period, periodLabel(breach.madeForPeriod)),
    fix: texts.identityMismatchFix,
    cell: nowhere,
  }),
  row({
    code: "identity_mismatch",
    severity: "error",
    check: shownBreach,
    message: (breach: ShownBreach) =>
      "shownUnit" in breach
        ? texts.shownUnit(breach.shown.sheet, breach.shown.cell, breach.shownUnit, breach.unit.name)
        : texts.shownPeriod(breach.shown.sheet, breach.shown.cell, breach.shownPeriod, periodLabel(breach.period)),
    fix: texts.identityMismatchFix,
    cell: (_, { shown }: ShownBreach) => shown,
  }),
  row({
    code: "catalog_mismatch",
    severity: "error",
    check: catalogBreach,
    message: ({ formYear, catalogYear }: CatalogBreach) =>
      formYear !== catalogYear ? texts.catalogYear(formYear, catalogYear) : texts.catalogContent(catalogYear),
    fix: texts.catalogMismatchFix,
    cell: nowhere,
  }),
  row({
    code: "rows_changed",
    severity: "error",
    check: rowsBreach,
    message: ({ missing, added, repeated }: RowsBreach) => texts.rowsChanged(missing, added, repeated),
    fix: texts.rowsChangedFix,
    cell: nowhere,
  }),
  row({
    code: "fixed_edited",
    severity: "error",
    check: fixedBreach,
    message: ({ first, count }: FixedBreach) =>
      texts.fixedEdited(first.cell.cell, first.header, first.written, first.expected, count),
    fix: texts.fixedEditedFix,
    cell: (_, { first }) => first.cell,
  }),
];

type AddedLater = { tasks: string[]; programmes: string[] };

/** The tasks the form lacks, and the programmes it lacks entirely: all added to the catalog after it was made. */
function tasksAddedLater({ validation, sent, addedLater }: FileRuleContext): AddedLater | false {
  if (addedLater.length === 0) return false;
  const carried = new Set(sent?.tasks.map((task) => task.programmeId));
  const missingProgrammes = new Set(addedLater.map((task) => task.programmeId).filter((id) => !carried.has(id)));
  return {
    tasks: addedLater.map((task) => validationTexts.subject.task(task.name)),
    programmes: validation.catalog.programmes.filter((p) => missingProgrammes.has(p.id)).map((p) => p.title),
  };
}

/** What an accepted file is told about itself: information, never a reason to reject it. */
export const fileNoteRules: Rule<FileRuleContext, unknown>[] = [
  row({
    code: "tasks_added_later",
    severity: "info",
    check: tasksAddedLater,
    message: ({ tasks, programmes }: AddedLater) => texts.tasksAddedLater(tasks, programmes),
    fix: texts.tasksAddedLaterFix,
    cell: nowhere,
  }),
  row({
    code: "indicators_added_later",
    severity: "info",
    check: ({ indicatorsAddedLater = [] }) =>
      indicatorsAddedLater.length > 0 &&
      indicatorsAddedLater.map((indicator) => validationTexts.subject.indicator(indicator.name)),
    message: (indicators: string[]) => texts.indicatorsAddedLater(indicators),
    fix: texts.tasksAddedLaterFix,
    cell: nowhere,
  }),
];
