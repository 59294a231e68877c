/** What the file rules look at: the submission, and the unit and form content it claims to be. */
import type { Unit } from "../catalog/types";
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
}

export function fileRuleContext(submission: Submission, validation: ValidationContext): FileRuleContext {
  const unit = validation.catalog.units.find((candidate) => candidate.id === submission.unitId);
  return {
    submission,
    validation,
    ...(unit ? { unit, content: formContentFor(validation.catalog, unit.id) } : {}),
  };
}
