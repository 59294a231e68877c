/**
 * The file reader (readXlsx) against ExcelJS, the reader it replaced, on the files forms really come as: the
 * samples generator's filled forms, the same forms re-saved by LibreOffice, the hostile corpus and a
 * collecting workbook. Every cell of every sheet must read the same, and so must the forms read from them.
 * ExcelJS leaves out a formula's cached result when it is 0 or FALSE; that is the one difference, and it is
 * counted, not hidden.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { makeCorpus } from "../../../scripts/make-bad-files";
import type { CellInput } from "../../../src/domain/submission/types";
import { planSamples } from "../../../src/samples/planSamples";
import { sampleFileBytes } from "../../../src/samples/sampleFile";
import { readFormSheets } from "../../../src/workbook/reading/readFormSheets";
import type { SheetGrid } from "../../../src/workbook/reading/sheetGrid";
import { excelJsGrid } from "../../../src/workbook/xlsx/excelJsGrid";
import { inspectFile } from "../../../src/workbook/xlsx/inspectFile";
import { readLoadedForm } from "../../../src/workbook/xlsx/readForm";
import { readXlsx } from "../../../src/workbook/xlsx/readXlsx";
import { collectingWorkbook, workbookBytes } from "../../support/collectingWorkbook";
import { CATALOG, MAY_2026, resaveWithLibreOffice } from "../templates/formTestSupport";

const RECEIVED = "2026-05-09T08:15:00+07:00";

interface Both {
  old: SheetGrid[];
  new: SheetGrid[];
  /** The widest column ExcelJS saw in each sheet. */
  columns: number[];
}

/** Both readers on one file; undefined from a reader that refuses it. */
async function readBoth(bytes: Uint8Array): Promise<{ old?: SheetGrid[]; new?: SheetGrid[]; columns: number[] }> {
  const read = readXlsx(bytes, (names) => names);
  const workbook = new ExcelJS.Workbook();
  let old: SheetGrid[] | undefined;
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    old = workbook.worksheets.map((sheet) => excelJsGrid(sheet));
  } catch {
    old = undefined;
  }
  return {
    old,
    new: read.ok ? read.book.sheetNames.map((name) => read.book.grids.get(name) as SheetGrid) : undefined,
    columns: workbook.worksheets.map((sheet) => sheet.columnCount),
  };
}

async function bothRead(bytes: Uint8Array): Promise<Both> {
  const both = await readBoth(bytes);
  if (!both.old || !both.new) throw new Error(`read by ${both.old ? "ExcelJS only" : "readXlsx only"}`);
  return { old: both.old, new: both.new, columns: both.columns };
}

/** A cached 0 or FALSE of a formula, which ExcelJS reads as blank. */
function isFalsyCachedResult(input: CellInput): boolean {
  return input.formula === true && (input.raw === 0 || input.raw === false);
}

/** A grid as ExcelJS would show it: falsy cached results blank. */
function asExcelJsSees(grid: SheetGrid): SheetGrid {
  return {
    ...grid,
    input(row, col) {
      const input = grid.input(row, col);
      return isFalsyCachedResult(input) ? { ...input, raw: null } : input;
    },
    rowTexts: (row) => grid.rowTexts(row).filter(([col]) => !isFalsyCachedResult(grid.input(row, col))),
  };
}

/** Every difference between the two readers' cells, and how many falsy cached results ExcelJS left out. */
function compare(both: Both): { differences: string[]; falsyResults: number } {
  const differences: string[] = [];
  let falsyResults = 0;
  expect(both.new.map((grid) => grid.name)).toEqual(both.old.map((grid) => grid.name));
  both.old.forEach((old, i) => {
    const read = both.new[i];
    const seen = asExcelJsSees(read);
    const rows = Math.max(old.rowCount, read.rowCount);
    for (let row = 1; row <= rows; row++) {
      if (JSON.stringify(seen.rowTexts(row)) !== JSON.stringify(old.rowTexts(row))) {
        differences.push(`${old.name} row ${row}: ${JSON.stringify(read.rowTexts(row))}`);
      }
      for (let col = 1; col <= Math.max(both.columns[i], 1); col++) {
        const expected = old.input(row, col);
        if (isFalsyCachedResult(read.input(row, col)) && expected.raw === null) falsyResults++;
        // Stringified too: the key order reaches the summary's JSON.
        if (JSON.stringify(seen.input(row, col)) !== JSON.stringify(expected)) {
          differences.push(`${old.name}!${expected.cell}: ${JSON.stringify(read.input(row, col))}`);
        }
        if (read.coveringMerge(row, col) !== old.coveringMerge(row, col)) {
          differences.push(`${old.name}!${expected.cell} merge ${read.coveringMerge(row, col)}`);
        }
      }
    }
  });
  return { differences, falsyResults };
}

/** The form read from each reader's sheets (the new one as ExcelJS would see it). */
function formReads(both: Both, file: string) {
  const sheets = (grids: SheetGrid[]) => (name: string) => grids.find((grid) => grid.name === name);
  return {
    old: readLoadedForm(sheets(both.old), file, RECEIVED),
    new: readLoadedForm(sheets(both.new.map(asExcelJsSees)), file, RECEIVED),
  };
}

describe("readXlsx reads what ExcelJS read", () => {
  const plans = planSamples(CATALOG, MAY_2026).filter((plan) => plan.send);
  /** Every kind of slip the samples make, and a few plain forms. */
  const chosen = [
    ...new Map(plans.flatMap((plan) => plan.quirks.map((quirk) => [quirk, plan] as const))).values(),
    ...plans.filter((plan) => plan.quirks.length === 0).slice(0, 4),
  ];

  it.each(chosen.map((plan) => [plan.fileName, plan] as const))(
    "the sample %s: every cell, and the form read from it",
    async (file, plan) => {
      const both = await bothRead(await sampleFileBytes(CATALOG, plan));
      expect(compare(both).differences).toEqual([]);
      const reads = formReads(both, file);
      expect(reads.new).toEqual(reads.old);
      expect(reads.new.ok).toBe(true);
    },
    30_000,
  );

  // A rate's cached result is 0 wherever its numerator is 0: read by the new reader only.
  it("finds the cached zeros ExcelJS left out: the difference is real and counted", async () => {
    let total = 0;
    for (const plan of chosen) total += compare(await bothRead(await sampleFileBytes(CATALOG, plan))).falsyResults;
    expect(total).toBeGreaterThan(0);
  }, 120_000);

  it('LibreOffice\'s re-saves of two samples (its own XML: shared strings, styles, no `t="str"`)', async () => {
    for (const plan of [chosen[0], chosen[chosen.length - 1]]) {
      const resaved = resaveWithLibreOffice(await sampleFileBytes(CATALOG, plan), plan.fileName);
      const both = await bothRead(resaved);
      expect(compare(both).differences).toEqual([]);
      const reads = formReads(both, plan.fileName);
      expect(reads.new).toEqual(reads.old);
      expect(reads.new.ok).toBe(true);
    }
  }, 240_000);

  it("a collecting workbook of three units' copied sheets: every cell, and the forms found in it", async () => {
    const forms = await Promise.all(chosen.slice(0, 3).map((plan) => sampleFileBytes(CATALOG, plan)));
    const both = await bothRead(await workbookBytes(await collectingWorkbook(forms)));
    expect(compare(both).differences).toEqual([]);
    const read = (grids: SheetGrid[]) =>
      readFormSheets({ workbookName: "Tong hop.xlsx", grids, units: CATALOG.units, receivedAt: () => RECEIVED });
    const reads = read(both.new.map(asExcelJsSees));
    expect(reads).toEqual(read(both.old));
    expect(reads.filter((one) => "submission" in one)).toHaveLength(3);
  }, 120_000);

  it("the hostile corpus: each workbook the inspection lets through reads the same, or is refused by both", async () => {
    const corpus = await makeCorpus(mkdtempSync(join(tmpdir(), "fastread-corpus-")));
    let compared = 0;
    for (const { file } of corpus.bad) {
      const bytes = new Uint8Array(readFileSync(join(corpus.dir.bad, file)));
      if (!inspectFile(bytes, file).ok) continue;
      const both = await readBoth(bytes);
      expect([file, both.old === undefined]).toEqual([file, both.new === undefined]);
      if (!both.old || !both.new) continue;
      const pair = { old: both.old, new: both.new, columns: both.columns };
      expect([file, compare(pair).differences]).toEqual([file, []]);
      const reads = formReads(pair, file);
      expect([file, reads.new]).toEqual([file, reads.old]);
      compared++;
    }
    // The 14 kinds that are workbooks: parts ignored, forms tampered with, twins, old catalog and template.
    expect(compared).toBe(14);
  }, 300_000);
});
