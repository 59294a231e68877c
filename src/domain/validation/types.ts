import type { FindingCode } from "../texts/findingKinds";

export type Severity = "error" | "warning" | "info";

/** A validation finding: what is wrong, where, and how to fix it — in Vietnamese. */
export interface Finding {
  file: string;
  /** Unit id when known. */
  unit?: string;
  sheet?: string;
  cell?: string;
  severity: Severity;
  /** Its kind; the officer sees the kind's name (FINDING_KINDS), never the code. */
  code: FindingCode;
  message: string;
  fix?: string;
  /** The catalog item the finding is about, so consolidation can leave out values with errors. */
  subject?: { kind: "indicator" | "task"; id: string };
}
