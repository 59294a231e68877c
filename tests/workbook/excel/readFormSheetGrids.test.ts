/**
 * The open workbook's form sheets read through Office.js (a recording fake filled from a real .xlsx) give
 * the same reads as the same workbook read from its file, in a bounded number of syncs that never loads an
 * officer's big sheet whole.
 */
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { FileRead } from "../../../src/domain/consolidation/checkFileRead";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { planSamples } from "../../../src/samples/planSamples";
import { sampleFileBytes } from "../../../src/samples/sampleFile";
import { CELLS_PER_SYNC, readFormSheetGrids } from "../../../src/workbook/excel/readFormSheetGrids";
import { readFormSheets } from "../../../src/workbook/reading/readFormSheets";
import { readFileForConsolidation } from "../../../src/workbook/xlsx/readSubmittedFile";
import { collectingWorkbook, workbookBytes } from "../../support/collectingWorkbook";
import { FakeWorkbookReads } from "./fakeWorkbookReads";

const catalog = catalog2026();
const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const WORKBOOK = "Tong hop.xlsx";
const FORMS = 12;
const OWN_ROWS = 3_000;

let bytes: Uint8Array;

beforeAll(async () => {
  // Every seventh unit: sở and xã, clean and with quirks (error values, formulas, percent formats, text numbers).
  const plans = planSamples(catalog, may)
    .filter((_, i) => i % 7 === 0)
    .slice(0, FORMS);
  const forms = await Promise.all(plans.map((plan) => sampleFileBytes(catalog, plan)));
  const workbook = await collectingWorkbook(forms, (book) => {
    const own = book.addWorksheet("Theo dõi");
    for (let row = 1; row <= OWN_ROWS; row++) own.getRow(row).values = [row, `Ghi chép ${row}`, "Mã"];
  });
  bytes = await workbookBytes(workbook);
});

/** The reads without the merged-cell warnings, which only the file reader can see. */
function comparable(reads: FileRead[]) {
  return reads.map((read) =>
    "submission" in read ? { ...read, notes: read.notes.filter((note) => note.code !== "merged_cell") } : read,
  );
}

describe("readFormSheetGrids", () => {
  it("reads the form sheets as the file reader reads the saved workbook", async () => {
    const excel = await FakeWorkbookReads.fromXlsx(bytes);
    const grids = await readFormSheetGrids(excel.context);
    expect(grids.map((grid) => grid.name)).toHaveLength(2 * FORMS);
    const fromSheets = readFormSheets({ workbookName: WORKBOOK, grids, units: catalog.units });
    const fromFile = await readFileForConsolidation(bytes, WORKBOOK, "", catalog.units);
    expect(fromSheets).toHaveLength(FORMS);
    expect(comparable(fromSheets)).toEqual(comparable(fromFile));
  });

  it("loads the officer's own sheet only by its top rows, and the forms in batches under the budget", async () => {
    const excel = await FakeWorkbookReads.fromXlsx(bytes);
    await readFormSheetGrids(excel.context);
    expect(excel.fullyLoaded).not.toContain("Theo dõi");
    expect(excel.fullyLoaded).toHaveLength(2 * FORMS);
    const batches = excel.fullCellsPerSync.slice(2);
    expect(batches.every((cells) => cells <= CELLS_PER_SYNC)).toBe(true);
    const loaded = batches.reduce((sum, cells) => sum + cells, 0);
    expect(excel.syncCount).toBeLessThanOrEqual(2 + Math.ceil((2 * loaded) / CELLS_PER_SYNC));
  });

  it("takes more syncs only as the forms' size needs, never one per sheet when they fit", async () => {
    const small = await FakeWorkbookReads.fromXlsx(bytes);
    const progress: [number, number][] = [];
    await readFormSheetGrids(small.context, (done, total) => progress.push([done, total]), 2_000);
    const perSync = small.fullCellsPerSync.slice(2);
    expect(perSync.length).toBeLessThan(2 * FORMS);
    expect(perSync.every((cells) => cells <= 2_000)).toBe(true);
    expect(small.syncCount).toBe(2 + perSync.length);
    // The pane counts the batches as they come in.
    expect(progress).toEqual(Array.from({ length: perSync.length + 1 }, (_, i) => [i, perSync.length]));
  });

  it("finds nothing, in two syncs, in a workbook without forms", async () => {
    const excel = await FakeWorkbookReads.fromXlsx(await workbookBytes(await collectingWorkbook([])));
    expect(await readFormSheetGrids(excel.context)).toEqual([]);
    expect(excel.syncCount).toBe(2);
  });
});
