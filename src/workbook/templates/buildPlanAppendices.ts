/** The plan's Phụ lục I (indicators) and Phụ lục II (tasks), laid out as the Kế hoạch prints them. */
import type { Catalog, Indicator, Task } from "../../domain/catalog/types";
import { address, columnLetters } from "../model/addresses";
import { createSheet, createWorkbook, mergeCells, setColumnWidths, setRow } from "../model/buildSheet";
import type { CellValue, Sheet, Workbook } from "../model/types";
import { cdsPlanProgramme } from "../../domain/catalog/programmes";
import { outlineRows, type OutlineRow } from "./outlineRows";
import { landscapeTablePrint } from "./printSetupNd30";
import { addTemplateStyles, TEMPLATE_STYLES, type TemplateStyleId } from "./templateStyles";
import { APPENDIX_SHEETS, appendixTexts } from "../../domain/texts/templates";
import { fitRowHeights } from "./wrappedRowHeight";
import { uiTexts } from "../../domain/texts/ui";

/** Rows 1–3 are the decree's title block, row 4 a gap; the header repeats on each printed page. */
const APPENDIX_HEADER_ROW = 5;
const INDICATOR_WIDTHS = [6, 52, 17, 15, 24, 26];
const TASK_WIDTHS = [6, 46, 22, 24, 26, 18];

/** Fixed dates keep the file identical for the same catalog. */
export function templateDate(year: number, month = 1): Date {
  return new Date(Date.UTC(year, month - 1, 1));
}

function addTitleBlock(sheet: Sheet, columns: number, label: string, title: string): void {
  const last = columnLetters(columns);
  mergeCells(sheet, `A1:${last}1`, label, "appendixLabel");
  mergeCells(sheet, `A2:${last}2`, title, "title");
  mergeCells(sheet, `A3:${last}3`, appendixTexts.attachedTo, "subtitle");
  sheet.rowHeights[1] = 20;
  sheet.rowHeights[2] = 20;
  sheet.rowHeights[3] = 20;
}

/** The rows of one appendix table: values and the style of each (italic for the plan's sub-rows 8.1–8.4). */
function writeOutline<T extends Indicator | Task>(
  sheet: Sheet,
  rows: OutlineRow<T>[],
  centered: boolean[],
  values: (item: T) => CellValue[],
  italic: (item: T) => boolean,
): number {
  let row = APPENDIX_HEADER_ROW;
  for (const line of rows) {
    if (line.kind === "part") continue;
    row++;
    if (line.kind === "group") {
      setRow(sheet, row, [line.group], "groupCenter");
      mergeCells(sheet, `B${row}:${address(row, centered.length)}`, line.title, "group");
      continue;
    }
    const slanted = italic(line.item);
    values(line.item).forEach((value, i) => {
      const style: TemplateStyleId = slanted
        ? centered[i]
          ? "cellItalicCenter"
          : "cellItalic"
        : centered[i]
          ? "cellCenter"
          : "cell";
      // The plan leaves a heading's other cells empty: blank cells, not empty texts.
      setRow(sheet, row, [value === "" ? null : value], style, i + 1);
    });
  }
  return row;
}

function finishTable(sheet: Sheet, headers: readonly string[], widths: number[], lastRow: number): void {
  setRow(sheet, APPENDIX_HEADER_ROW, [...headers], "header");
  setColumnWidths(sheet, widths);
  sheet.frozen = { rows: APPENDIX_HEADER_ROW, columns: 0 };
  fitRowHeights({ styles: TEMPLATE_STYLES }, sheet, APPENDIX_HEADER_ROW);
  sheet.print = landscapeTablePrint(APPENDIX_HEADER_ROW, `A1:${address(lastRow, headers.length)}`);
}

/** Phụ lục I: part B of the catalog, the indicators the plan itself lists (part A comes from the report). */
export function addIndicatorAppendix(workbook: Workbook, catalog: Catalog): Sheet {
  const sheet = createSheet(APPENDIX_SHEETS.indicators);
  const headers = appendixTexts.indicatorHeaders(catalog.year);
  addTitleBlock(sheet, headers.length, appendixTexts.indicatorsLabel, appendixTexts.indicatorsTitle(catalog.year));
  const planned = catalog.indicators.filter((indicator) => indicator.part === "B");
  const lastRow = writeOutline(
    sheet,
    outlineRows(planned, planned, false),
    [true, false, true, true, false, false],
    (i) => [i.stt, i.name, i.result2025, i.target2026, i.lead.raw, i.coordinators.raw],
    (i) => i.parentId !== undefined,
  );
  finishTable(sheet, headers, INDICATOR_WIDTHS, lastRow);
  workbook.sheets.push(sheet);
  return sheet;
}

/** Phụ lục II: every task of the CĐS plan (not the other programmes), headings IV.3 and V.5 printed with their sub-rows. */
export function addTaskAppendix(workbook: Workbook, catalog: Catalog): Sheet {
  const sheet = createSheet(APPENDIX_SHEETS.tasks);
  const headers = appendixTexts.taskHeaders;
  addTitleBlock(sheet, headers.length, appendixTexts.tasksLabel, appendixTexts.tasksTitle(catalog.year));
  const planId = cdsPlanProgramme(catalog)?.id;
  const planned = catalog.tasks.filter((task) => task.programmeId === planId);
  const lastRow = writeOutline(
    sheet,
    outlineRows(planned, planned, false),
    [true, false, false, false, false, true],
    (t) => [t.stt, t.name, t.lead.raw, t.coordinators.raw, t.product, t.deadline.raw],
    () => false,
  );
  finishTable(sheet, headers, TASK_WIDTHS, lastRow);
  workbook.sheets.push(sheet);
  return sheet;
}

/** Both appendices in one workbook, ready to print. */
export function buildPlanWorkbook(catalog: Catalog): Workbook {
  const workbook = createWorkbook({ creator: uiTexts.appName, created: templateDate(catalog.year) });
  addTemplateStyles(workbook);
  addIndicatorAppendix(workbook, catalog);
  addTaskAppendix(workbook, catalog);
  return workbook;
}
