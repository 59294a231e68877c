/** What Excel accepts as a sheet name. */
import { type ParseResult, failure, success } from "../../domain/result";
import { WORKBOOK_TEXTS } from "../../domain/texts/workbook";

/** Excel's sheet-name limit, and the characters it refuses in a name (plus the apostrophe, which ExcelJS leaves unescaped in references). */
export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN_SHEET_NAME_CHARACTERS = /[\\/?*[\]:']/;

export function checkSheetName(name: string): ParseResult<string> {
  const trimmed = name.normalize("NFC").trim();
  if (trimmed.length === 0) return failure("sheet-name-empty", WORKBOOK_TEXTS.sheetNameEmpty, ["name"]);
  if (trimmed.length > MAX_SHEET_NAME_LENGTH) {
    return failure("sheet-name-too-long", WORKBOOK_TEXTS.sheetNameTooLong(trimmed), ["name"]);
  }
  if (FORBIDDEN_SHEET_NAME_CHARACTERS.test(trimmed)) {
    return failure("sheet-name-invalid-character", WORKBOOK_TEXTS.sheetNameInvalidCharacter(trimmed), ["name"]);
  }
  return success(trimmed);
}
