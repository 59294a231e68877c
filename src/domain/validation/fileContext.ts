/** What the file rules look at: the submission, and the unit and form content it claims to be. */
import type { Task, Unit } from "../catalog/types";
import { formContentFor, formFingerprint, type FormContent } from "../forms/formContent";
import type { Submission } from "../submission/types";
import type { ValidationContext } from "./validationContext";

export interface FileRuleContext {
  submission: Submission;
  validation: ValidationContext;
  /** The unit the file names, when it is in the register. */
  unit?: Unit;
  /** What that unit's form holds under the catalog in use. */
  content?: FormContent;
  /**
   * What the form was made with: `content`, or `content` less `addedLater` when the file lacks task rows and its
   * fingerprint says it was not made with them.
   */
  sent?: FormContent;
  /** Tasks added to the catalog after the form was made: the file lacks them and its fingerprint never had them. */
  addedLater: Task[];
}

export function fileRuleContext(submission: Submission, validation: ValidationContext): FileRuleContext {
  const unit = validation.catalog.units.find((candidate) => candidate.id === submission.unitId);
  if (!unit) return { submission, validation, addedLater: [] };
  const content = formContentFor(validation.catalog, unit.id);
  const written = new Set(submission.tasks.map((entry) => entry.taskId));
  const missing = content.tasks.filter((task) => !written.has(task.id));
  // A form made with every task and lacking a row had it deleted: that stays a changed form (rows_changed).
  if (missing.length === 0 || submission.identity?.fingerprint === formFingerprint(content, submission)) {
    return { submission, validation, unit, content, sent: content, addedLater: [] };
  }
  const sent = { ...content, tasks: content.tasks.filter((task) => written.has(task.id)) };
  return { submission, validation, unit, content, sent, addedLater: missing };
}
