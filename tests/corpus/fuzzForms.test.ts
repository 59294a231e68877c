/**
 * Issue 14's fuzz test: real filled forms (a sở's and a xã's) mutated with the suite's fixed seed — any value in
 * any cell, blanked or foreign Mã, rows deleted, doubled or swapped, columns swapped, merges over inputs, shared
 * strings missing or out of range, invalid XML, huge dimensions, far cells, control characters and NFD text,
 * truncation, CRC mismatches, duplicate entries — each read and consolidated as the officer's run does. Every
 * mutant must end with a finding or a clean read, never a crash, and no figure may hold a value the checks
 * refused: a figure's sources are never cells with an error, and every figure is a finite number in its range.
 */
import fc from "fast-check";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import { consolidateFiles, type ConsolidationRun } from "../../src/domain/run/consolidateFiles";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import type { Period } from "../../src/domain/language/types";
import type { ValidationContext } from "../../src/domain/validation/validationContext";
import { planSamples } from "../../src/samples/planSamples";
import { sampleFileBytes } from "../../src/samples/sampleFile";
import { readFileForConsolidation } from "../../src/workbook/xlsx/readSubmittedFile";
import { MUTATIONS, mutate, type CellValue, type Choice, type MutationName } from "./formMutations";

const MUTANTS = Number(process.env.FUZZ_MUTANTS ?? 2000);
const RECEIVED_AT = "2026-05-08T02:00:00.000Z";

const period = (() => {
  const parsed = parsePeriod("2026-05");
  if (!parsed.ok) throw new Error("period");
  return parsed.value;
})() as Period;
const catalog = catalog2026();
const context: ValidationContext = { catalog, period, asOf: "2026-05-14" };

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc
    .oneof(
      fc.integer({ min: -5, max: 5_000_000 }).map(String),
      fc.double({ noNaN: true }).map(String),
      fc.constantFrom("1E+308", "-0", "1e-320", "4.5", "99.99999", "100.0001", "0x1A", "46150", "1e"),
    )
    .map((raw) => ({ type: "number" as const, raw })),
  fc
    .oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom("12abc", "100%", "Chưa triển khai", "=1+1", "+84", "@x", "1.234,5", "Hoàn thành", "Đạt"),
      fc.string({ minLength: 3000, maxLength: 6000 }),
    )
    .map((text) => ({ type: "text" as const, text })),
  fc.constantFrom<CellValue>({ type: "bool", raw: "1" }, { type: "error", raw: "#DIV/0!" }),
);

const choice: fc.Arbitrary<Choice> = fc.record({
  mutation: fc.constantFrom(...(Object.keys(MUTATIONS) as MutationName[])),
  picks: fc.array(fc.nat({ max: 1_000_000 }), { minLength: 3, maxLength: 3 }),
  value: cellValue,
});

/** A sở's and a xã's sample form that read without any error: what every mutant is compared with. */
interface Original {
  file: string;
  bytes: Uint8Array;
  figures: Map<string, string>;
}

/** Mutations of one sheet only (picks[0] odd: "Nhiệm vụ", see formMutations' sheetOf). */
const LOCAL_MUTATIONS: MutationName[] = [
  "cellValue",
  "codeCell",
  "deleteRow",
  "duplicateRow",
  "swapRows",
  "swapColumns",
  "mergeOverInputs",
  "hugeDimension",
  "farCell",
];

async function originals(): Promise<Original[]> {
  const plans = planSamples(catalog, period).filter((plan) => plan.send && plan.quirks.length === 0);
  const found: Original[] = [];
  for (const group of ["so", "xa"]) {
    for (const plan of plans.filter((p) => catalog.units.find((unit) => unit.id === p.unitId)?.group === group)) {
      const bytes = await sampleFileBytes(catalog, plan);
      const reads = await readFileForConsolidation(bytes, plan.fileName, RECEIVED_AT, catalog.units);
      const run = consolidateFiles(reads, context);
      if (run.findings.every((finding) => finding.severity !== "error")) {
        found.push({ file: plan.fileName, bytes, figures: figures(run) });
        break;
      }
    }
  }
  return found;
}

/** The province's indicator figures of a run, by id. */
function figures(run: ConsolidationRun): Map<string, string> {
  return new Map(run.consolidation.indicators.map((indicator) => [indicator.id, indicator.display]));
}

/**
 * Every way a mutant's consolidation could hold a value the checks refused or a value no count can be; with
 * `unchanged`, the original's figures, which a mutant accepted as is must give again.
 */
async function problemsOf(file: string, bytes: Uint8Array, unchanged?: Map<string, string>): Promise<string[]> {
  const reads = await readFileForConsolidation(bytes, file, RECEIVED_AT, catalog.units);
  const run = consolidateFiles(reads, context);
  const problems: string[] = [];
  if (unchanged && run.files.some((outcome) => outcome.status === "accepted")) {
    for (const [id, display] of figures(run)) {
      if (unchanged.get(id) !== display) problems.push(`${id}: ${unchanged.get(id)} became ${display}`);
    }
  }
  if (reads.length === 0) problems.push("no read and no finding");
  const errorCells = new Set(
    run.findings
      .filter((finding) => finding.severity === "error" && finding.cell)
      .map((finding) => `${finding.sheet}!${finding.cell}`),
  );
  for (const indicator of run.consolidation.indicators) {
    if (indicator.value !== undefined && !Number.isFinite(indicator.value)) {
      problems.push(`${indicator.id}: figure ${indicator.value}`);
    }
    if (
      indicator.value !== undefined &&
      indicator.display.endsWith("%") &&
      (indicator.value < 0 || indicator.value > 100)
    ) {
      problems.push(`${indicator.id}: rate ${indicator.display}`);
    }
    for (const source of indicator.sources) {
      if (errorCells.has(`${source.cell.sheet}!${source.cell.cell}`)) {
        problems.push(`${indicator.id}: source ${source.cell.sheet}!${source.cell.cell} has an error`);
      }
    }
  }
  return problems;
}

describe("real forms, mutated", () => {
  let forms: Original[];

  beforeAll(async () => {
    forms = await originals();
  });

  it("the originals read cleanly, so every problem below is the mutation's", async () => {
    expect(forms).toHaveLength(2);
    for (const form of forms) expect(await problemsOf(form.file, form.bytes)).toEqual([]);
  });

  /** Mutations that leave the indicators sheet as it was: the figures must not move. */
  const outsideIndicators = (mutation: Choice) =>
    mutation.picks[0] % 2 === 1 && LOCAL_MUTATIONS.includes(mutation.mutation);

  it(`${MUTANTS} mutants: no crash, a finding or a clean read each, and no refused value in a figure`, async () => {
    const seen = new Map<MutationName, number>();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 1 }), choice, async (formIndex, mutation) => {
        seen.set(mutation.mutation, (seen.get(mutation.mutation) ?? 0) + 1);
        const form = forms[formIndex];
        const bytes = mutate(form.bytes, mutation);
        const unchanged = outsideIndicators(mutation) ? form.figures : undefined;
        expect(await problemsOf(form.file, bytes, unchanged)).toEqual([]);
      }),
      { numRuns: MUTANTS },
    );
    // Every mutation ran often enough to mean something.
    expect([...seen.keys()].sort()).toEqual(Object.keys(MUTATIONS).sort());
    expect(Math.min(...seen.values())).toBeGreaterThan(MUTANTS / Object.keys(MUTATIONS).length / 3);
  }, 600_000);
});
