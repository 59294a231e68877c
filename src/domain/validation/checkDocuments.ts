/** The form's "Văn bản" rows checked: findings on the rows, and the sound documents Phụ lục I may list. */
import { documentKey } from "../documents/documentNumber";
import type { CellInput, DocumentEntry } from "../submission/types";
import type { CheckedDocument } from "./checkedTypes";
import { documentRuleContext } from "./documentContext";
import { documentRules } from "./documentRules";
import { runRules, type Breach } from "./rule";
import type { ValidationContext } from "./validationContext";

export interface DocumentCheck {
  /** The rules each row broke, with the row's STT to name it. */
  breaches: { row: string; breach: Breach }[];
  documents: CheckedDocument[];
}

export function checkDocuments(entries: DocumentEntry[], ctx: ValidationContext): DocumentCheck {
  const check: DocumentCheck = { breaches: [], documents: [] };
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const ruleCtx = documentRuleContext(entry, ctx, seen);
    if (ruleCtx.number !== undefined && !ruleCtx.repeats) seen.set(documentKey(ruleCtx.number), entry.row);
    const breaches = runRules(documentRules, ruleCtx);
    check.breaches.push(...breaches.map((breach) => ({ row: entry.row, breach })));
    // Every rule that errs means the document cannot be printed as "<Loại> số … ngày … …".
    if (breaches.some((breach) => breach.severity === "error")) continue;
    // Without an error the row has its số/ký hiệu, its day and its trích yếu.
    const numberCell = entry.number as CellInput;
    check.documents.push({
      number: ruleCtx.number as string,
      date: ruleCtx.date as string,
      summary: ruleCtx.summary,
      taskIds: ruleCtx.taskIds,
      cell: { sheet: numberCell.sheet, cell: numberCell.cell },
    });
  }
  return check;
}
