/** The form's cover "Thông tin": unit, period, deadline, contact inputs, how to fill, and the reasons for a missing number. */
import { createSheet, mergeCells, setCell } from "../model/buildSheet";
import type { Sheet } from "../model/types";
import { CONTACT_LABELS, FORM_SHEETS } from "./formLayout";
import { FORM_PROTECTION } from "./formTable";
import { inputValidation, type InputKind } from "./inputRules";
import { portraitPagePrint } from "./printSetupNd30";
import { formTexts, NO_NUMBER_REASONS } from "../../domain/texts/templates";
import { TEMPLATE_STYLES } from "./templateStyles";
import { fitRowHeights } from "./wrappedRowHeight";

const WIDTHS = [5, 26, 54];
const CONTACT_INPUTS: [keyof typeof CONTACT_LABELS, InputKind][] = [
  ["name", "contactName"],
  ["phone", "contactPhone"],
  ["email", "contactEmail"],
];

export interface CoverFacts {
  year: number;
  /** Undefined for the blank form: the unit writes its name. */
  unitName?: string;
  periodLabel: string;
  deadline: string;
}

/** A numbered or bulleted line of text across columns B–C. */
function addTextLine(sheet: Sheet, row: number, marker: string, text: string): void {
  setCell(sheet, row, 1, marker, "coverNumber");
  mergeCells(sheet, `B${row}:C${row}`, text, "coverText");
}

export function addCoverSheet(facts: CoverFacts): Sheet {
  const sheet = createSheet(FORM_SHEETS.cover);
  WIDTHS.forEach((width, i) => (sheet.columnWidths[i + 1] = width));
  mergeCells(sheet, "A1:C1", formTexts.coverTitle(facts.year), "title");
  mergeCells(sheet, "A2:C2", formTexts.coverSubtitle(facts.periodLabel), "subtitle");
  const factRows: [string, string | undefined][] = [
    [formTexts.unitLabel, facts.unitName],
    [formTexts.periodLabel, facts.periodLabel],
    [formTexts.deadlineLabel, facts.deadline],
    [formTexts.sendToLabel, formTexts.sendTo],
  ];
  factRows.forEach(([label, value], i) => {
    setCell(sheet, 4 + i, 2, label, "coverLabel");
    setCell(sheet, 4 + i, 3, value ?? null, value === undefined ? "coverInput" : "coverValue");
  });
  setCell(sheet, 9, 1, formTexts.contactHeading, "coverHeading");
  CONTACT_INPUTS.forEach(([key, kind], i) => {
    const row = 10 + i;
    setCell(sheet, row, 2, CONTACT_LABELS[key], "coverLabel");
    setCell(sheet, row, 3, null, "coverInput");
    sheet.validations.push(inputValidation(kind, 3, row, row));
  });
  let row = 14;
  setCell(sheet, row, 1, formTexts.howToHeading, "coverHeading");
  formTexts.howTo.forEach((text, i) => addTextLine(sheet, ++row, `${i + 1}.`, text));
  row += 2;
  setCell(sheet, row, 1, formTexts.reasonsHeading, "coverHeading");
  NO_NUMBER_REASONS.forEach((reason) => addTextLine(sheet, ++row, "-", reason));
  fitRowHeights({ styles: TEMPLATE_STYLES }, sheet, 1);
  sheet.protection = FORM_PROTECTION;
  sheet.print = portraitPagePrint(`A1:C${row}`);
  return sheet;
}
