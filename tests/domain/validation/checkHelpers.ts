/** Runs validation on a built submission and picks findings out of the result. */
import type { Submission } from "../../../src/domain/submission/types";
import type { Finding } from "../../../src/domain/validation/types";
import {
  validateSubmission,
  type SubmissionCheck,
  type ValidationContext,
} from "../../../src/domain/validation/validateSubmission";
import { validationContext } from "./submissionBuilder";

export function check(submission: Submission, ctx: ValidationContext = validationContext()): SubmissionCheck {
  return validateSubmission(submission, ctx);
}

/** The one finding with this code; fails the test when there are none or several. */
export function theFinding(result: SubmissionCheck, code: string): Finding {
  const found = result.findings.filter((finding) => finding.code === code);
  if (found.length !== 1) {
    throw new Error(`expected one “${code}” finding, got ${found.length}: ${JSON.stringify(result.findings, null, 1)}`);
  }
  return found[0];
}

export function codes(result: SubmissionCheck): string[] {
  return result.findings.map((finding) => finding.code);
}
