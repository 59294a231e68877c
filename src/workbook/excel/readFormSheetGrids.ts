/**
 * The sheets of the open workbook that hold a unit's form table, loaded for the form reader. Three steps,
 * whatever the number of sheets: names; every sheet's top rows and used size (so an officer's 50,000-row
 * sheet is never loaded whole); then the form sheets in full, as many per sync as keep a response far under
 * Excel on the web's 5 MB limit. Needs ExcelApi 1.4 (getUsedRangeOrNullObject).
 */
import { isFormSheet } from "../reading/readFormSheets";
import type { SheetGrid } from "../reading/sheetGrid";
import { HEADER_SEARCH_ROWS } from "../templates/formLayout";
import { officeGrid, type LoadedRange } from "./officeGrid";

/** Wide enough for a form table moved a few columns right. */
const PROBE_RANGE = `A1:Z${HEADER_SEARCH_ROWS}`;

/**
 * Cells loaded per sync (values, formulas, formats and types of each). The bench's sample month comes back at
 * about 80 bytes a cell (0.77 MB for 10,000): 20,000 cells leave room for units' long descriptions under 5 MB.
 */
export const CELLS_PER_SYNC = 20_000;

interface Candidate {
  name: string;
  sheet: Excel.Worksheet;
  cells: number;
}

/** Consecutive candidates grouped so each group's cells stay within the budget (a bigger sheet goes alone). */
function batches(candidates: Candidate[], budget: number): Candidate[][] {
  const groups: Candidate[][] = [];
  let cells = Infinity;
  for (const candidate of candidates) {
    if (cells + candidate.cells > budget) {
      groups.push([]);
      cells = 0;
    }
    groups[groups.length - 1].push(candidate);
    cells += candidate.cells;
  }
  return groups;
}

/** `onProgress` hears of each batch of form sheets loaded, out of how many batches there are. */
export async function readFormSheetGrids(
  context: Excel.RequestContext,
  onProgress: (done: number, total: number) => void = () => undefined,
  cellsPerSync: number = CELLS_PER_SYNC,
): Promise<SheetGrid[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const probes = worksheets.items.map((sheet) => {
    const top = sheet.getRange(PROBE_RANGE);
    top.load("values");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowCount,columnCount");
    return { name: sheet.name, sheet, top, used };
  });
  await context.sync();
  const candidates: Candidate[] = probes
    .filter(({ name, top, used }) => {
      if (used.isNullObject) return false;
      const probe = { rowIndex: 0, columnIndex: 0, values: top.values, formulas: [], numberFormat: [], valueTypes: [] };
      return isFormSheet(officeGrid(name, probe));
    })
    .map(({ name, sheet, used }) => ({ name, sheet, cells: used.rowCount * used.columnCount }));
  const grids: SheetGrid[] = [];
  const groups = batches(candidates, cellsPerSync);
  onProgress(0, groups.length);
  for (const [index, group] of groups.entries()) {
    const loads = group.map(({ name, sheet }) => {
      const range = sheet.getUsedRange(true);
      range.load("rowIndex,columnIndex,values,formulas,numberFormat,valueTypes");
      return { name, range };
    });
    // One sync per batch of sheets, bounded by size (never per sheet or per row).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { name, range } of loads) grids.push(officeGrid(name, range as unknown as LoadedRange));
    onProgress(index + 1, groups.length);
  }
  return grids;
}
