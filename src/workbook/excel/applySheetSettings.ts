/** Sheet-wide settings of the model, in Office.js terms; the caller checks the host can do each. */
import { rangeAddress } from "../model/addresses";
import { numericRuleBounds } from "../model/cellFormats";
import type {
  ComparisonOperator,
  ConditionalFormat,
  ConditionalStyle,
  DataValidation,
  PrintSetup,
  SheetProtection,
} from "../model/types";
import { neutraliseText } from "../safeText";

const POINTS_PER_MM = 72 / 25.4;

const ALERT_STYLES = { stop: "Stop", warning: "Warning", information: "Information" } as const;

function validationRule(validation: DataValidation): Excel.DataValidationRule {
  const { rule } = validation;
  switch (rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.values.map(neutraliseText).join(",") } };
    case "listRange":
      return { list: { inCellDropDown: true, source: `=${rule.range}` } };
    case "custom":
      return { custom: { formula: `=${rule.formula}` } };
    case "whole":
    case "decimal": {
      const bounds = numericRuleBounds(rule);
      const basic: Excel.BasicDataValidation =
        bounds.operator === "between"
          ? { operator: "Between", formula1: bounds.values[0], formula2: bounds.values[1] }
          : { operator: "GreaterThanOrEqualTo", formula1: bounds.values[0] };
      return rule.kind === "whole" ? { wholeNumber: basic } : { decimal: basic };
    }
  }
}

export function applyValidation(sheet: Excel.Worksheet, validation: DataValidation): void {
  const target = sheet.getRange(validation.range).dataValidation;
  target.rule = validationRule(validation);
  target.ignoreBlanks = validation.allowBlank;
  if (validation.prompt) {
    target.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.message };
  }
  if (validation.error) {
    target.errorAlert = {
      showAlert: true,
      style: ALERT_STYLES[validation.error.style ?? "stop"],
      title: validation.error.title,
      message: validation.error.message,
    };
  }
}

/** Conditional formats spell their operators differently from data validation ("…OrEqual", no "To"). */
const CONDITIONAL_OPERATORS: Record<ComparisonOperator, Excel.ConditionalCellValueRule["operator"]> = {
  lessThan: "LessThan",
  lessThanOrEqual: "LessThanOrEqual",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  between: "Between",
};

function applyConditionalStyle(format: Excel.ConditionalRangeFormat, style: ConditionalStyle): void {
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.font?.bold !== undefined) format.font.bold = style.font.bold;
  if (style.font?.italic !== undefined) format.font.italic = style.font.italic;
  if (style.font?.color) format.font.color = `#${style.font.color}`;
}

export function applyConditionalFormat(sheet: Excel.Worksheet, conditional: ConditionalFormat): void {
  const formats = sheet.getRange(conditional.range).conditionalFormats;
  const { rule } = conditional;
  if (rule.kind === "formula") {
    const added = formats.add("Custom").custom;
    added.rule.formula = `=${rule.formula}`;
    applyConditionalStyle(added.format, conditional.style);
    return;
  }
  const added = formats.add("CellValue").cellValue;
  const [first, second] = rule.values.map(String);
  added.rule = {
    operator: CONDITIONAL_OPERATORS[rule.operator],
    formula1: first,
    ...(second === undefined ? {} : { formula2: second }),
  };
  applyConditionalStyle(added.format, conditional.style);
}

export function applyFrozenPanes(sheet: Excel.Worksheet, frozen: { rows: number; columns: number }): void {
  const { rows, columns } = frozen;
  if (rows > 0 && columns > 0) {
    sheet.freezePanes.freezeAt(sheet.getRange(rangeAddress({ top: 1, left: 1, bottom: rows, right: columns })));
  } else if (rows > 0) {
    sheet.freezePanes.freezeRows(rows);
  } else if (columns > 0) {
    sheet.freezePanes.freezeColumns(columns);
  }
}

export function applyPrintSetup(sheet: Excel.Worksheet, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  const points = (mm: number) => mm * POINTS_PER_MM;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.topMargin = points(print.marginsMm.top);
  layout.bottomMargin = points(print.marginsMm.bottom);
  layout.leftMargin = points(print.marginsMm.left);
  layout.rightMargin = points(print.marginsMm.right);
  layout.headerMargin = points(print.marginsMm.header);
  layout.footerMargin = points(print.marginsMm.footer);
  if (print.centerHorizontally !== undefined) layout.centerHorizontally = print.centerHorizontally;
  // 0 pages tall is SpreadsheetML's "automatic" (fitToHeight="0"), as the .xlsx writer sets it.
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  if (print.printArea) layout.setPrintArea(print.printArea);
  if (print.firstPageNumber !== undefined) layout.firstPageNumber = print.firstPageNumber;
  // "FirstAndDefault" leaves the first page's header and footer empty unless set: the decree's unnumbered first page.
  if (print.unnumberedFirstPage) layout.headersFooters.state = "FirstAndDefault";
  const pages = layout.headersFooters.defaultForAllPages;
  if (print.header) {
    pages.leftHeader = print.header.left ?? "";
    pages.centerHeader = print.header.center ?? "";
    pages.rightHeader = print.header.right ?? "";
  }
  if (print.footer) {
    pages.leftFooter = print.footer.left ?? "";
    pages.centerFooter = print.footer.center ?? "";
    pages.rightFooter = print.footer.right ?? "";
  }
}

function selectionMode(allow: SheetProtection["allow"]): "Normal" | "Unlocked" | "None" {
  if (allow.selectLockedCells) return "Normal";
  return allow.selectUnlockedCells ? "Unlocked" : "None";
}

/** No password: protection here guards against slips, and the officer must be able to lift it. */
export function applyProtection(sheet: Excel.Worksheet, protection: SheetProtection): void {
  const { allow } = protection;
  sheet.protection.protect({
    allowFormatCells: allow.formatCells ?? false,
    allowFormatColumns: allow.formatColumns ?? false,
    allowFormatRows: allow.formatRows ?? false,
    allowInsertRows: allow.insertRows ?? false,
    allowDeleteRows: allow.deleteRows ?? false,
    allowSort: allow.sort ?? false,
    allowAutoFilter: allow.autoFilter ?? false,
    selectionMode: selectionMode(allow),
  });
}
