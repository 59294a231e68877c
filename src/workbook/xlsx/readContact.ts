/** The contact person on the cover: the first filled cell right of each label, wherever the label sits. */
import type ExcelJS from "exceljs";
import type { Submission } from "../../domain/submission/types";
import { CONTACT_LABELS } from "../templates/formLayout";
import { cellText } from "./readCellInput";
import { foldHeader } from "../reading/readFormTable";

type Contact = NonNullable<Submission["contact"]>;

export function readContact(worksheet: ExcelJS.Worksheet): Contact | undefined {
  const byLabel = new Map(
    Object.entries(CONTACT_LABELS).map(([key, label]) => [foldHeader(label), key as keyof Contact]),
  );
  const contact: Contact = {};
  worksheet.eachRow((row) => {
    let field: keyof Contact | undefined;
    row.eachCell((cell) => {
      const text = cellText(cell).trim();
      if (field !== undefined && text !== "" && contact[field] === undefined) {
        contact[field] = text;
        field = undefined;
      } else if (field === undefined) {
        field = byLabel.get(foldHeader(text));
      }
    });
  });
  return Object.keys(contact).length > 0 ? contact : undefined;
}
