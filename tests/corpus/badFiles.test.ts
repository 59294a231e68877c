/**
 * The corpus of bad files (scripts/make-bad-files.ts) read as the officer's run reads them: each file yields its
 * own finding, and a consolidation of the corpus with the sample month's 90 units gives the samples' summary.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_PERIOD, makeCorpus, type BadKind, type Corpus, type CorpusFile } from "../../scripts/make-bad-files";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import { consolidateFiles, type ConsolidationRun, type FileRead } from "../../src/domain/run/consolidateFiles";
import { formContentFor } from "../../src/domain/forms/formContent";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import { validateSubmission, type ValidationContext } from "../../src/domain/validation/validateSubmission";
import { readSubmittedFile } from "../../src/workbook/xlsx/readSubmittedFile";

type Expectation =
  /** Refused by the reader with this one finding. */
  | { refused: string }
  /** Read and accepted, with this warning. */
  | { note: string }
  /** Read, then rejected by validation with this finding. */
  | { rejected: string }
  /** Read and accepted: one of two files of the same unit and period. */
  | { twin: true };

const EXPECTED: Record<BadKind, Expectation> = {
  empty: { refused: "empty_file" },
  too_large: { refused: "file_too_large" },
  truncated: { refused: "truncated_file" },
  bomb_one_entry: { refused: "compression_ratio" },
  bomb_overlapping: { refused: "compression_ratio" },
  bomb_spread_out: { refused: "expands_too_large" },
  too_many_entries: { refused: "too_many_entries" },
  huge_sheet: { refused: "sheet_too_large" },
  zip_of_form: { refused: "not_xlsx" },
  word_document: { refused: "not_xlsx" },
  encrypted: { refused: "encrypted_workbook" },
  legacy_xls: { refused: "legacy_xls" },
  html_as_xls: { refused: "html_table" },
  xml_spreadsheet_as_xls: { refused: "xml_spreadsheet" },
  csv: { refused: "csv_file" },
  pdf: { refused: "pdf_file" },
  png: { refused: "image_file" },
  jpeg: { refused: "image_file" },
  gif: { refused: "image_file" },
  macros: { note: "macro_ignored" },
  external_links: { note: "external_links_ignored" },
  embedded_objects: { note: "embedded_objects_ignored" },
  edited_name: { rejected: "fixed_edited" },
  edited_target: { rejected: "fixed_edited" },
  edited_stt: { rejected: "fixed_edited" },
  row_deleted: { rejected: "rows_changed" },
  row_inserted: { rejected: "rows_changed" },
  identity_removed: { refused: "not_a_form" },
  identity_of_other_unit: { rejected: "identity_mismatch" },
  duplicate_first: { twin: true },
  duplicate_second: { twin: true },
  catalog_2025: { rejected: "catalog_mismatch" },
  template_version_0: { rejected: "wrong_template" },
};

/** The kinds read as a form of `units.form` (the rest of that unit's bad files are refused before reading). */
const READ_AS_FORM_UNIT: BadKind[] = [
  "macros",
  "external_links",
  "embedded_objects",
  "edited_name",
  "edited_target",
  "edited_stt",
  "row_deleted",
  "row_inserted",
  "catalog_2025",
  "template_version_0",
];

const ALL_KINDS = Object.keys(EXPECTED) as BadKind[];
const kindsExpecting = <K extends "refused" | "note" | "rejected">(key: K) =>
  ALL_KINDS.flatMap((kind) => {
    const expectation = EXPECTED[kind] as Record<string, string>;
    return key in expectation ? [[kind, expectation[key]] as const] : [];
  });

/** The code of the finding a file gets in a whole run; twins are older than the sample of their unit. */
function ownCode(expectation: Expectation): string {
  if ("refused" in expectation) return expectation.refused;
  if ("note" in expectation) return expectation.note;
  if ("rejected" in expectation) return expectation.rejected;
  return "replaced";
}

function context(): ValidationContext {
  const period = parsePeriod(CORPUS_PERIOD);
  if (!period.ok) throw new Error(CORPUS_PERIOD);
  return { catalog: catalog2026(), period: period.value, asOf: "2026-05-14" };
}

async function readAll(dir: string, files: CorpusFile[]): Promise<FileRead[]> {
  const reads: FileRead[] = [];
  for (const { file, receivedAt } of files) {
    const result = await readSubmittedFile(new Uint8Array(readFileSync(join(dir, file))), file, receivedAt);
    reads.push(
      result.ok
        ? { file, receivedAt, submission: result.value.submission, notes: result.value.notes }
        : { file, receivedAt, finding: result.finding },
    );
  }
  return reads;
}

describe("the corpus of bad files", () => {
  const validation = context();
  let corpus: Corpus;
  let badReads: FileRead[];
  let sampleReads: FileRead[];

  const badFile = (kind: BadKind) => {
    const found = corpus.bad.find((file) => file.kind === kind);
    if (!found) throw new Error(`no ${kind} file in the corpus`);
    return found;
  };
  const readOf = (kind: BadKind) => badReads[corpus.bad.indexOf(badFile(kind))];
  const submissionOf = (kind: BadKind) => {
    const read = readOf(kind);
    if ("finding" in read) throw new Error(`${read.file}: ${read.finding.message}`);
    return read;
  };

  beforeAll(async () => {
    corpus = await makeCorpus();
    badReads = await readAll(corpus.dir.bad, corpus.bad);
    sampleReads = await readAll(corpus.dir.samples, corpus.samples);
  }, 120_000);

  it("holds one file of every kind", () => {
    expect(corpus.bad.map((file) => file.kind).sort()).toEqual([...ALL_KINDS].sort());
    expect(new Set(corpus.bad.map((file) => file.file)).size).toBe(ALL_KINDS.length);
  });

  it.each(kindsExpecting("refused"))("%s is refused by the reader with %s, naming the file", (kind, code) => {
    const read = readOf(kind);
    if (!("finding" in read)) throw new Error(`${read.file} was read as a form`);
    expect(read.finding).toMatchObject({ file: read.file, severity: "error", code });
    expect(read.finding.message).toContain(`“${read.file}”`);
  });

  it.each(kindsExpecting("note"))("%s is read and accepted, with the warning %s", (kind, code) => {
    const { submission, notes } = submissionOf(kind);
    expect(notes).toContainEqual(
      expect.objectContaining({ code, severity: "warning", file: submission.file, unit: corpus.units.form }),
    );
    const check = validateSubmission(submission, validation);
    expect(check.status).toBe("accepted");
    expect(check.findings.filter((finding) => finding.severity === "error")).toEqual([]);
  });

  it.each(kindsExpecting("rejected"))("%s is read, then rejected by validation with %s", (kind, code) => {
    const { submission, notes } = submissionOf(kind);
    expect(notes).toEqual([]);
    const check = validateSubmission(submission, validation);
    expect(check.status).toBe("rejected");
    expect(check.findings).toEqual([expect.objectContaining({ code, severity: "error", file: submission.file })]);
  });

  it("points an edited locked text at its sheet, and says which text the form should have", () => {
    const sheets: [BadKind, string][] = [
      ["edited_name", "Chỉ tiêu"],
      ["edited_target", "Chỉ tiêu"],
      ["edited_stt", "Nhiệm vụ"],
    ];
    for (const [kind, sheet] of sheets) {
      const [finding] = validateSubmission(submissionOf(kind).submission, validation).findings;
      expect(finding).toMatchObject({ sheet, cell: expect.stringMatching(/^[A-Z]+\d+$/) });
    }
    const [stt] = validateSubmission(submissionOf("edited_stt").submission, validation).findings;
    const printed = formContentFor(validation.catalog, corpus.units.form).tasks[0].stt;
    expect(stt.message).toContain(`“99” thay vì “${printed}”`);
  });

  it("rejects an identity copied onto another unit, naming the unit it was made for, and credits it to no unit", () => {
    const { submission } = submissionOf("identity_of_other_unit");
    expect(submission.unitId).toBe(corpus.units.other);
    const check = validateSubmission(submission, validation);
    // Not the other unit's word: it must not replace that unit's own report.
    expect(check.unitId).toBeUndefined();
    const name = (unitId: string) => validation.catalog.units.find((unit) => unit.id === unitId)?.name ?? "";
    expect(check.findings[0].message).toBe(
      `Thông tin nhận dạng ẩn của biểu mẫu ghi đơn vị ${name(corpus.units.other)}, nhưng biểu mẫu được lập cho ` +
        `${name(corpus.units.form)}: mã đơn vị đã bị sửa, tệp không được tổng hợp.`,
    );
  });

  it("keeps the newer of two files of one unit and period, and reports the older as replaced", () => {
    const [older, newer] = [submissionOf("duplicate_first"), submissionOf("duplicate_second")];
    expect(older.submission.unitId).toBe(corpus.units.duplicate);
    expect(newer.submission.unitId).toBe(corpus.units.duplicate);
    const run = consolidateFiles([newer, older], validation);
    expect(run.files.find((file) => file.file === older.file)).toMatchObject({
      status: "replaced",
      replacedBy: newer.file,
    });
    expect(run.files.find((file) => file.file === newer.file)?.status).toBe("accepted");
    const replaced = run.findings.filter((finding) => finding.code === "replaced");
    expect(replaced).toEqual([expect.objectContaining({ file: older.file, unit: corpus.units.duplicate })]);
    expect(replaced[0].message).toContain(newer.file);
  });

  describe("consolidated with the 90 sample forms", () => {
    let alone: ConsolidationRun;
    let all: ConsolidationRun;

    beforeAll(() => {
      alone = consolidateFiles(sampleReads, validation);
      all = consolidateFiles([...badReads, ...sampleReads], validation);
    });

    it("gives the samples' summary: same figures, tasks, counts and sentences", () => {
      const { register, ...summary } = all.consolidation;
      const { register: aloneRegister, ...aloneSummary } = alone.consolidation;
      const { completeness, indicators } = alone.consolidation;
      expect(completeness.so.received + completeness.xa.received).toBeGreaterThan(70);
      expect(indicators.some((indicator) => indicator.value !== undefined)).toBe(true);
      expect(summary).toEqual(aloneSummary);
      expect(register.length).toBe(aloneRegister.length);
    });

    it("leaves every unit's register row as the samples give it, but lists its older bad files as replaced", () => {
      const namesOf = (kinds: BadKind[]) => kinds.map((kind) => badFile(kind).file);
      const corpusReplaced = new Map([
        [corpus.units.form, namesOf(READ_AS_FORM_UNIT)],
        [corpus.units.duplicate, namesOf(["duplicate_first", "duplicate_second"])],
      ]);
      for (const row of alone.consolidation.register) {
        const older = corpusReplaced.get(row.unitId) ?? [];
        expect(all.consolidation.register.find((candidate) => candidate.unitId === row.unitId)).toEqual({
          ...row,
          replacedFiles: [...older, ...row.replacedFiles],
        });
      }
    });

    it("rejects or replaces every bad file, and reports each one's own finding", () => {
      expect(all.files).toHaveLength(corpus.bad.length + corpus.samples.length);
      for (const { kind, file } of corpus.bad) {
        const outcome = all.files.find((candidate) => candidate.file === file);
        expect([kind, outcome?.status]).toEqual([kind, expect.stringMatching(/^(rejected|replaced)$/)]);
        expect(all.findings).toContainEqual(expect.objectContaining({ file, code: ownCode(EXPECTED[kind]) }));
      }
    });
  });
});
