/**
 * One unit file checked against the catalog and the period: file rules first (the first broken one rejects
 * the file with one finding), then every indicator and task row. A bad cell never rejects the file: its
 * value is only left out of what consolidation receives.
 */
import type { Indicator, Task } from "../catalog/types";
import type { CellInput, CellRef, IndicatorEntry, Submission, TaskEntry } from "../submission/types";
import type { CheckedIndicator, CheckedTask, SubmissionCheck, UnitRemark } from "./checkedTypes";
import { checkDocuments } from "./checkDocuments";
import { fileRuleContext } from "./fileContext";
import { fileNoteRules, fileRules } from "./fileRules";
import { indicatorRuleContext } from "./indicatorContext";
import { indicatorRules } from "./indicatorRules";
import { cellLines } from "./readCell";
import { firstBreach, runRules, type Breach } from "./rule";
import { taskRuleContext } from "./taskContext";
import { taskRules } from "./taskRules";
import type { Finding } from "./types";
import type { ValidationContext } from "./validationContext";
import { validationTexts } from "../texts/validation";

export type { CheckedIndicator, CheckedTask, SubmissionCheck } from "./checkedTypes";
export type { ValidationContext } from "./validationContext";
export { selectLatest, type LatestSelection, type Replacement, type SentFile } from "./selectLatest";

type Subject = NonNullable<Finding["subject"]>;

export function validateSubmission(sent: Submission, ctx: ValidationContext): SubmissionCheck {
  const fileCtx = fileRuleContext(sent, ctx);
  // A unit merged into another reports as that unit from the merger on: its findings and figures are the successor's.
  const submission = fileCtx.unit && fileCtx.unit.id !== sent.unitId ? { ...sent, unitId: fileCtx.unit.id } : sent;
  const rejection = firstBreach(fileRules, fileCtx);
  if (rejection) {
    // A form whose identity disagrees is not the named unit's word: it must not replace that unit's own report.
    const owner = rejection.code === "identity_mismatch" ? undefined : fileCtx.unit;
    return {
      file: submission.file,
      ...(owner ? { unitId: owner.id } : {}),
      status: "rejected",
      findings: [toFinding(submission, rejection)],
      indicators: [],
      tasks: [],
    };
  }
  // The file rules matched every row to the unit's form content, so each id is found here.
  const indicators = new Map(fileCtx.content?.indicators.map((indicator) => [indicator.id, indicator]));
  const tasks = new Map(fileCtx.content?.tasks.map((task) => [task.id, task]));
  const indicatorChecks = submission.indicators.flatMap((entry) => {
    const indicator = indicators.get(entry.indicatorId);
    return indicator ? [checkIndicator(submission, indicator, entry, ctx)] : [];
  });
  const taskChecks = submission.tasks.flatMap((entry) => {
    const task = tasks.get(entry.taskId);
    return task ? [checkTask(submission, task, entry, ctx)] : [];
  });
  const documents = submission.documents ? checkDocuments(submission.documents, fileCtx.validation) : undefined;
  const documentFindings = (documents?.breaches ?? []).map(({ row, breach }) =>
    toFinding(submission, breach, undefined, validationTexts.document.subject(row)),
  );
  const notes = runRules(fileNoteRules, fileCtx).map((breach) => toFinding(submission, breach));
  return {
    file: submission.file,
    unitId: submission.unitId,
    status: "accepted",
    findings: [
      ...notes,
      ...[...indicatorChecks, ...taskChecks].flatMap((check) => check.findings),
      ...documentFindings,
    ],
    indicators: indicatorChecks.map((check) => check.checked),
    tasks: taskChecks.map((check) => check.checked),
    ...(documents ? { documents: documents.documents } : {}),
  };
}

function checkIndicator(
  submission: Submission,
  indicator: Indicator,
  entry: IndicatorEntry,
  ctx: ValidationContext,
): { checked: CheckedIndicator; findings: Finding[] } {
  const ruleCtx = indicatorRuleContext(indicator, entry, submission.unitId, ctx);
  const breaches = runRules(indicatorRules, ruleCtx);
  const subject: Subject = { kind: "indicator", id: indicator.id };
  // Every indicator rule is about the one figure of the row, so any error leaves the whole figure out.
  const sound = !breaches.some((breach) => breach.severity === "error");
  const { value, comparison, belowLastYear } = ruleCtx;
  return {
    checked: {
      indicatorId: indicator.id,
      ...(sound && value ? { value } : {}),
      ...(sound && value?.numerator !== undefined ? { numerator: value.numerator } : {}),
      ...(sound && value?.denominator !== undefined ? { denominator: value.denominator } : {}),
      ...(sound && comparison ? { comparison } : {}),
      belowLastYear: sound && belowLastYear,
      cell: cellRef(entry.result),
      estimate: sound && value?.flags.estimate === true,
    },
    findings: withLabel(breaches, () => validationTexts.subject.indicator(indicator.name)).map(([breach, label]) =>
      toFinding(submission, breach, subject, label),
    ),
  };
}

/** Each breach with the row's label, made only when a rule broke: most rows of most files break none. */
function withLabel(breaches: Breach[], label: () => string): [Breach, string][] {
  if (breaches.length === 0) return [];
  const text = label();
  return breaches.map((breach) => [breach, text]);
}

function checkTask(
  submission: Submission,
  task: Task,
  entry: TaskEntry,
  ctx: ValidationContext,
): { checked: CheckedTask; findings: Finding[] } {
  const ruleCtx = taskRuleContext(task, entry, ctx);
  const breaches = runRules(taskRules, ruleCtx);
  const subject: Subject = { kind: "task", id: task.id };
  const soundAt = (cell: CellRef | undefined) =>
    !breaches.some((b) => b.severity === "error" && sameCell(b.cell, cell));
  // Read by parts, an error on any part's Tiến độ keeps the task's status out, as one on its own cell does.
  const statusSound = (ruleCtx.parts?.map((part) => part.cell) ?? [entry.status]).every(soundAt);
  const progress = ruleCtx.progressReading?.kind === "read" ? ruleCtx.progressReading.value.number : undefined;
  const { description } = ruleCtx;
  const difficulties = remarkOf(entry.difficulties);
  const proposals = remarkOf(entry.proposals);
  return {
    checked: {
      taskId: task.id,
      ...(ruleCtx.status && statusSound ? { status: ruleCtx.status } : {}),
      ...(ruleCtx.partStatuses && statusSound ? { partStatuses: ruleCtx.partStatuses } : {}),
      ...(progress !== undefined && soundAt(entry.progress) ? { progress } : {}),
      ...(description ? { description } : {}),
      ...(difficulties ? { difficulties } : {}),
      ...(proposals ? { proposals } : {}),
      overdue: ruleCtx.classification.overdue,
      bucket: ruleCtx.classification.bucket,
      statusCell: cellRef(entry.status),
    },
    findings: withLabel(breaches, () => validationTexts.subject.task(task.name)).map(([breach, label]) =>
      toFinding(submission, breach, subject, label),
    ),
  };
}

/** A free text beside the task, its lines kept, with its cell; none when the cell is empty. */
function remarkOf(input: CellInput | undefined): UnitRemark | undefined {
  const text = cellLines(input);
  return input && text ? { text, cell: cellRef(input) } : undefined;
}

function cellRef({ sheet, cell }: CellRef): CellRef {
  return { sheet, cell };
}

function sameCell(a: CellRef | undefined, b: CellRef | undefined): boolean {
  return a !== undefined && b !== undefined && a.sheet === b.sheet && a.cell === b.cell;
}

function toFinding(submission: Submission, breach: Breach, subject?: Subject, label?: string): Finding {
  return {
    file: submission.file,
    unit: submission.unitId,
    ...(breach.cell ? { sheet: breach.cell.sheet, cell: breach.cell.cell } : {}),
    severity: breach.severity,
    code: breach.code,
    message: label ? validationTexts.withSubject(label, breach.message) : breach.message,
    fix: breach.fix,
    ...(subject ? { subject } : {}),
  };
}
