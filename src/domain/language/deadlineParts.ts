/** The parts of a composite deadline as the form and the summary name them. */
import type { Deadline } from "./types";

/** "(1) Quý I/2026 (2) Thường xuyên" has two parts, each with its own status on the form; "Quý I/2026" has one. */
export function isComposite(deadline: Deadline): boolean {
  return deadline.parts.length > 1;
}

/**
 * The label the plan prints before a part ("(1)", "(1) (2) (3) (4)", "Kế hoạch"), else its place in the text
 * ("- Quý III/2026 - Tháng 10/2026" → "(1)", "(2)"), so every part of a composite deadline can be named.
 */
export function partLabel(deadline: Deadline, index: number): string {
  return deadline.parts[index]?.label ?? `(${index + 1})`;
}
