/** What a read file is checked against, as plain data: it can be posted to a reader thread or a Web Worker. */
import { previousValueOf } from "../history/previousFigures";
import type { PreviousFigures } from "../history/types";
import type { ValidationContext } from "../validation/validationContext";

/** A validation context without its callback: the units' earlier figures travel as data instead. */
export type CheckContext = Pick<ValidationContext, "catalog" | "period" | "asOf" | "documentsSince"> & {
  /** Units' cumulative figures of earlier periods (history), for the check that they do not go down. */
  previousFigures?: PreviousFigures;
};

/** The validation context `context` stands for, its earlier figures answering `previousValue`. */
export function validationContextOf({ previousFigures, ...plain }: CheckContext): ValidationContext {
  return previousFigures ? { ...plain, previousValue: previousValueOf(previousFigures) } : plain;
}
