/** The contact person on the cover: the first filled cell right of each label, wherever the label sits. */
import type { Submission } from "../../domain/submission/types";
import { CONTACT_LABELS } from "../templates/formLayout";
import { foldHeader } from "../reading/readFormTable";
import type { SheetGrid } from "../reading/sheetGrid";

type Contact = NonNullable<Submission["contact"]>;

export function readContact(grid: SheetGrid): Contact | undefined {
  const byLabel = new Map(
    Object.entries(CONTACT_LABELS).map(([key, label]) => [foldHeader(label), key as keyof Contact]),
  );
  const contact: Contact = {};
  for (let row = 1; row <= grid.rowCount; row++) {
    let field: keyof Contact | undefined;
    for (const [, shown] of grid.rowTexts(row)) {
      const text = shown.trim();
      if (field !== undefined && text !== "" && contact[field] === undefined) {
        contact[field] = text;
        field = undefined;
      } else if (field === undefined) {
        field = byLabel.get(foldHeader(text));
      }
    }
  }
  return Object.keys(contact).length > 0 ? contact : undefined;
}
