/** What the file rules look at: the submission, and the unit and form content it claims to be. */
import type { Task, Unit } from "../catalog/types";
import { formContentFor, type FormContent } from "../forms/formContent";
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
   * `content` less the tasks the file does not carry: a task or programme added to the catalog after the form
   * was sent is missing from it, and the form is checked against what it was made with.
   */
  sent?: FormContent;
  /** The tasks of `content` the file does not carry. */
  missingTasks: Task[];
}

export function fileRuleContext(submission: Submission, validation: ValidationContext): FileRuleContext {
  const unit = validation.catalog.units.find((candidate) => candidate.id === submission.unitId);
  if (!unit) return { submission, validation, missingTasks: [] };
  const content = formContentFor(validation.catalog, unit.id);
  const written = new Set(submission.tasks.map((entry) => entry.taskId));
  const missingTasks = content.tasks.filter((task) => !written.has(task.id));
  // The same content object when nothing is missing, so its fingerprint stays cached.
  const sent =
    missingTasks.length === 0 ? content : { ...content, tasks: content.tasks.filter((task) => written.has(task.id)) };
  return { submission, validation, unit, content, sent, missingTasks };
}
