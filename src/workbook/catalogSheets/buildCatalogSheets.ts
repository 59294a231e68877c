/** The catalog as four editable sheets (a fifth for its dated changes, when it has any): a header row, one row per item, plain text so "02" stays "02". */
import type { CatalogRows } from "../../domain/catalog/buildCatalog";
import {
  AGGREGATION_LABELS,
  CATALOG_SHEETS,
  catalogTablesFromRows,
  HEADER_ROWS,
  HEADING_MARK,
  INDICATOR_HEADERS,
  MEASURE_LABELS,
  PART_LABELS,
  POPULATION_LABELS,
  PROGRAMME_HEADERS,
  PROGRAMME_KIND_LABELS,
  REVISION_HEADERS,
  REVISION_SHEET,
  TASK_HEADERS,
  UNIT_GROUP_LABELS,
  UNIT_HEADERS,
  YEAR_LABEL,
  type CatalogSheetKey,
} from "../../domain/catalog/catalogTable";
import { address, columnLetters } from "../model/addresses";
import { createSheet, createWorkbook, setCell, setRow } from "../model/buildSheet";
import type { CellStyle, Sheet, Workbook } from "../model/types";
import { templateDate } from "../templates/buildPlanAppendices";
import { addTemplateStyles, TEMPLATE_STYLES } from "../templates/templateStyles";
import { fitRowHeights } from "../templates/wrappedRowHeight";
import { uiTexts } from "../../domain/texts/ui";
import { REVISION_KIND_LABELS } from "../../domain/catalog/revisionKinds";

/** Blank rows below the items, formatted as text, so a row typed in keeps "02" and "31/5/2026" as typed. */
export const SPARE_ROWS = 100;

const SPARE_STYLE: CellStyle = { ...TEMPLATE_STYLES.cell, numberFormat: "@" };

const WIDTHS: { [K in CatalogSheetKey]: number[] } = {
  // id, part, group, group title, STT, name, parent, heading, result, target, measure, lead, coordinators, rule, reason
  indicators: [14, 7, 7, 26, 6, 50, 14, 9, 20, 18, 15, 32, 28, 24, 40],
  // id, kind, part, title, source, partial, declared total, result header
  programmes: [14, 22, 7, 50, 40, 10, 12, 24],
  // id, programme, group, group title, STT, name, parent, heading, lead, coordinators, product, deadline
  tasks: [12, 14, 7, 26, 6, 50, 12, 9, 30, 28, 30, 24],
  // id, name, group, variants
  units: [22, 36, 15, 50],
};

const HEADERS = {
  indicators: INDICATOR_HEADERS,
  programmes: PROGRAMME_HEADERS,
  tasks: TASK_HEADERS,
  units: UNIT_HEADERS,
} as const;

/** The choices Excel offers in a drop-down, by column (ExcelApi 1.8; omitted, and said so, below it). */
const CHOICES: { [K in CatalogSheetKey]: Partial<Record<keyof (typeof HEADERS)[K], readonly string[]>> } = {
  indicators: {
    part: Object.values(PART_LABELS),
    isHeading: [HEADING_MARK],
    measure: Object.values(MEASURE_LABELS),
    aggregationRule: Object.values(AGGREGATION_LABELS),
  },
  programmes: {
    kind: Object.values(PROGRAMME_KIND_LABELS),
    part: Object.values(PART_LABELS),
    partial: [HEADING_MARK],
  },
  tasks: { isHeading: [HEADING_MARK] },
  units: { group: Object.values(UNIT_GROUP_LABELS) },
};

function addChoices(
  sheet: Sheet,
  [headers, choices]: [object, Partial<Record<string, readonly string[]>>],
  firstRow: number,
  lastRow: number,
): void {
  const columns = Object.keys(headers);
  for (const [column, values] of Object.entries(choices) as [string, readonly string[]][]) {
    const letters = columnLetters(columns.indexOf(column) + 1);
    sheet.validations.push({
      range: `${letters}${firstRow}:${letters}${lastRow}`,
      rule: { kind: "list", values: [...values] },
      allowBlank: true,
    });
  }
}

/** Above the header: the labels (Năm kế hoạch, Số dân của tỉnh, …) bold, the values typed beside them plain. */
const LABELS = new Set<string>([YEAR_LABEL, ...Object.values(POPULATION_LABELS)]);

/** Each label, and the cell right of it even when empty (text-formatted, so "1.248.415" is kept as typed). */
function labelledCells(sheet: Sheet, row: number, values: string[]): void {
  values.forEach((value, i) => {
    if (LABELS.has(value)) setCell(sheet, row, i + 1, value, "group");
    else if (LABELS.has(values[i - 1] ?? "")) setCell(sheet, row, i + 1, value === "" ? null : value, SPARE_STYLE);
  });
}

/** A sheet of the catalog: its name, the row of its header, its column widths and drop-downs. */
interface SheetSpec {
  name: string;
  headerRow: number;
  widths: number[];
  choices: [object, Partial<Record<string, readonly string[]>>];
}

const specOf = (key: CatalogSheetKey): SheetSpec => ({
  name: CATALOG_SHEETS[key],
  headerRow: HEADER_ROWS[key],
  widths: WIDTHS[key],
  choices: [HEADERS[key], CHOICES[key]],
});

const REVISION_SPEC: SheetSpec = {
  name: REVISION_SHEET,
  headerRow: 1,
  // kind, id, from, new target, new name, predecessors
  widths: [22, 24, 14, 18, 32, 40],
  choices: [REVISION_HEADERS, { kind: Object.values(REVISION_KIND_LABELS) }],
};

function catalogSheet({ name, headerRow, widths, choices }: SheetSpec, rows: string[][]): Sheet {
  const sheet = createSheet(name);
  const columns = rows[headerRow - 1].length;
  rows.forEach((values, index) => {
    const row = index + 1;
    if (row < headerRow) labelledCells(sheet, row, values);
    else setRow(sheet, row, values, row === headerRow ? "header" : "cell");
  });
  const lastRow = rows.length + SPARE_ROWS;
  for (let row = rows.length + 1; row <= lastRow; row++) {
    for (let col = 1; col <= columns; col++) sheet.cells[address(row, col)] = { value: null, style: SPARE_STYLE };
  }
  widths.forEach((width, i) => (sheet.columnWidths[i + 1] = width));
  sheet.frozen = { rows: headerRow, columns: 1 };
  addChoices(sheet, choices, headerRow + 1, lastRow);
  return sheet;
}

export function buildCatalogSheets(rows: CatalogRows): Workbook {
  const workbook = createWorkbook({ creator: uiTexts.appName, created: templateDate(rows.year) });
  addTemplateStyles(workbook);
  const tables = catalogTablesFromRows(rows);
  const sheets: [SheetSpec, string[][]][] = (Object.keys(CATALOG_SHEETS) as CatalogSheetKey[]).map((key) => [
    specOf(key),
    tables[key],
  ]);
  // The changes' sheet only when the plan has changes: the pane reads back the four sheets alone so far.
  if (tables.revisions) sheets.push([REVISION_SPEC, tables.revisions]);
  for (const [spec, rows] of sheets) {
    const sheet = catalogSheet(spec, rows);
    fitRowHeights(workbook, sheet, 1);
    workbook.sheets.push(sheet);
  }
  return workbook;
}
