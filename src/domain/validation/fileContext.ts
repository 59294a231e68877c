/** What the file rules look at: the submission, and the unit and form content it claims to be. */
import { catalogInForce, catalogVersions, judgingDay, successorOf } from "../catalog/catalogInForce";
import type { Catalog, Indicator, Task, Unit } from "../catalog/types";
import { formContentFor, formFingerprint, type FormContent } from "../forms/formContent";
import type { Submission } from "../submission/types";
import { fixedEdits, indicatorFixedColumns, taskFixedEdits } from "./fixedColumns";
import type { ValidationContext } from "./validationContext";

export interface FileRuleContext {
  submission: Submission;
  /** The validation context with the catalog in force on the period's judging day (the plan itself without changes). */
  validation: ValidationContext;
  /** The unit the file names, when it is in the register; a unit merged since is the unit it was merged into. */
  unit?: Unit;
  /** What that unit's form holds under the catalog the period is judged by. */
  content?: FormContent;
  /**
   * What the form was made with: the unit's content under the catalog in force when it was made (any catalog in
   * force from the period's first day to the as-of day), or `content`, or `content` less `addedLater` when the file
   * lacks task rows and its fingerprint says it was not made with them.
   */
  sent?: FormContent;
  /** Tasks added to the catalog after the form was made: the file lacks them and its fingerprint never had them. */
  addedLater: Task[];
  /** Indicators a dated change added after the form was made: the catalog it was made with had not got them. */
  indicatorsAddedLater?: Indicator[];
}

export function fileRuleContext(submission: Submission, validation: ValidationContext): FileRuleContext {
  const day = judgingDay(validation.period, validation.asOf);
  const judged = catalogInForce(validation.catalog, day);
  const judging = judged === validation.catalog ? validation : { ...validation, catalog: judged };
  const unitId = successorOf(validation.catalog, submission.unitId, day);
  const unit = judged.units.find((candidate) => candidate.id === unitId);
  if (!unit) return { submission, validation: judging, addedLater: [] };
  const content = formContentFor(judged, unit.id);
  const written = new Set(submission.tasks.map((entry) => entry.taskId));
  const made = madeWith(submission, catalogVersions(validation.catalog, validation.period, validation.asOf));
  if (made) {
    const printed = new Set(made.tasks.map((task) => task.id));
    const addedLater = content.tasks.filter((task) => !printed.has(task.id) && !written.has(task.id));
    const madeIndicators = new Set(made.indicators.map((indicator) => indicator.id));
    const indicatorsAddedLater = content.indicators.filter((indicator) => !madeIndicators.has(indicator.id));
    return { submission, validation: judging, unit, content, sent: made, addedLater, indicatorsAddedLater };
  }
  const missing = content.tasks.filter((task) => !written.has(task.id));
  // A form made with every task and lacking a row had it deleted: that stays a changed form (rows_changed).
  if (missing.length === 0 || submission.identity?.fingerprint === formFingerprint(content, submission)) {
    return { submission, validation: judging, unit, content, sent: content, addedLater: [] };
  }
  const sent = { ...content, tasks: content.tasks.filter((task) => written.has(task.id)) };
  return { submission, validation: judging, unit, content, sent, addedLater: missing };
}

/**
 * When the catalog changed over the period, the unit's content under the catalog the form was made with: the one
 * its fingerprint was made from, or (a form copied as sheets has none) the one whose rows and locked cells it shows
 * unchanged. Undefined when the catalog did not change (the plan is then the only candidate) or none fits.
 */
function madeWith(submission: Submission, versions: Catalog[]): FormContent | undefined {
  if (versions.length < 2) return undefined;
  const { identity } = submission;
  const contents = versions.map((version) => formContentFor(version, submission.unitId));
  if (identity) return contents.find((content) => formFingerprint(content, identity) === identity.fingerprint);
  return contents.find((content) => showsUnchanged(submission, content, versions[0].year));
}

/** The file has exactly the content's rows, and every locked cell as the content prints it. */
function showsUnchanged(submission: Submission, content: FormContent, year: number): boolean {
  const ids = [...content.indicators, ...content.tasks].map((item) => item.id);
  const written = [...submission.indicators.map((e) => e.indicatorId), ...submission.tasks.map((e) => e.taskId)];
  if (ids.length !== written.length || !written.every((id) => ids.includes(id))) return false;
  const indicators = new Map(content.indicators.map((indicator) => [indicator.id, indicator]));
  const tasks = new Map(content.tasks.map((task) => [task.id, task]));
  const columns = indicatorFixedColumns(year);
  return (
    submission.indicators.every((entry) => {
      const indicator = indicators.get(entry.indicatorId);
      return indicator !== undefined && fixedEdits(entry.fixed, indicator, columns).length === 0;
    }) &&
    submission.tasks.every((entry) => {
      const task = tasks.get(entry.taskId);
      return task !== undefined && taskFixedEdits(entry, task).length === 0;
    })
  );
}
