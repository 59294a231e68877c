/** What Excel would refuse or silently damage, checked before either writer runs. */
import type { ParseIssue } from "../../domain/result";
import { WORKBOOK_TEXTS } from "../../domain/texts/workbook";
import { safeLink } from "./links";
import { checkSheetName } from "./sheetNames";
import type { DataValidation, Sheet, Workbook } from "./types";

/** Excel keeps at most 255 characters in a list validation and splits items at commas. */
const MAX_LIST_FORMULA_LENGTH = 255;
/** Excel's limits on validation prompt and error texts. */
const MAX_VALIDATION_TITLE_LENGTH = 32;
const MAX_VALIDATION_MESSAGE_LENGTH = 255;

function validationIssues(sheet: Sheet, validation: DataValidation, index: number): ParseIssue[] {
  const path = ["sheets", sheet.name, "validations", index];
  const issues: ParseIssue[] = [];
  if (validation.rule.kind === "list") {
    const { values } = validation.rule;
    if (values.some((v) => v.includes(","))) {
      issues.push({ path, code: "list-item-comma", message: WORKBOOK_TEXTS.listItemComma(validation.range) });
    }
    if (values.join(",").length > MAX_LIST_FORMULA_LENGTH) {
      issues.push({ path, code: "list-too-long", message: WORKBOOK_TEXTS.listTooLong(validation.range) });
    }
  }
  for (const text of [validation.prompt, validation.error]) {
    if (
      text &&
      (text.title.length > MAX_VALIDATION_TITLE_LENGTH || text.message.length > MAX_VALIDATION_MESSAGE_LENGTH)
    ) {
      issues.push({
        path,
        code: "validation-text-too-long",
        message: WORKBOOK_TEXTS.validationTextTooLong(validation.range),
      });
    }
  }
  return issues;
}

/** Checks what Excel would refuse or silently damage, before either writer runs. */
export function checkWorkbook(workbook: Workbook): ParseIssue[] {
  const issues: ParseIssue[] = [];
  const seen = new Set<string>();
  workbook.sheets.forEach((sheet, index) => {
    const name = checkSheetName(sheet.name);
    if (!name.ok) issues.push(...name.issues.map((issue) => ({ ...issue, path: ["sheets", index, "name"] })));
    const key = sheet.name.normalize("NFC").toLocaleLowerCase("vi");
    if (seen.has(key)) {
      issues.push({
        path: ["sheets", index, "name"],
        code: "sheet-name-duplicate",
        message: WORKBOOK_TEXTS.sheetNameDuplicate(sheet.name),
      });
    }
    seen.add(key);
    sheet.validations.forEach((validation, i) => issues.push(...validationIssues(sheet, validation, i)));
    // Not Object.entries: a summary's sheet may hold two million cells.
    for (const a1 in sheet.cells) {
      const cell = sheet.cells[a1];
      if (cell.link && !safeLink(cell.link)) {
        issues.push({
          path: ["sheets", sheet.name, "cells", a1, "link"],
          code: "link-unsafe",
          message: WORKBOOK_TEXTS.linkUnsafe(sheet.name, a1),
        });
      }
    }
  });
  workbook.definedNames.forEach((defined, index) => {
    if (!workbook.sheets.some((sheet) => sheet.name === defined.sheet)) {
      issues.push({
        path: ["definedNames", index],
        code: "defined-name-sheet",
        message: WORKBOOK_TEXTS.definedNameSheetMissing(defined.name, defined.sheet),
      });
    }
  });
  return issues;
}

/** Writers refuse a model Excel would reject: that is a bug in the code that built it, not user input. */
export function assertWritable(workbook: Workbook): void {
  const issues = checkWorkbook(workbook);
  if (issues.length > 0) throw new Error(issues.map((issue) => issue.message).join("\n"));
}
