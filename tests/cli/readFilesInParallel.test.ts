import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFilesInParallel, readerCount } from "../../src/cli/readFilesInParallel";
import { readFormFile } from "../../src/cli/readFormFile";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import { consolidateCheckedFiles, consolidateFiles, type FileRead } from "../../src/domain/run/consolidateFiles";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import { fillForm, type Expected } from "../workbook/templates/fillForm";
import { writtenForm } from "../workbook/templates/formTestSupport";
import { collectingWorkbook, workbookBytes } from "../support/collectingWorkbook";

function write(dir: string, name: string, bytes: Uint8Array, receivedAt: string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  utimesSync(path, new Date(receivedAt), new Date(receivedAt));
  return path;
}

/** Cells without their sheet's name: a copied sheet is "Chỉ tiêu (2)". */
function stripSheets<T>(entries: T): T {
  return JSON.parse(JSON.stringify(entries, (key, value) => (key === "sheet" ? undefined : value)));
}

function submissionOf(read: FileRead) {
  if (!("submission" in read)) throw new Error(`${read.file}: ${read.finding.message}`);
  return read.submission;
}

const may = parsePeriod("2026-05");
if (!may.ok) throw new Error("2026-05");
const context = { catalog: catalog2026(), period: may.value, asOf: "2026-05-14" };

/** The files read here, one after another: what the threads must agree with. */
async function readHere(files: string[]): Promise<FileRead[]> {
  return (await Promise.all(files.map((file) => readFormFile(file, context.catalog.units)))).flat();
}

describe("checkFilesInParallel", () => {
  const dir = mkdtempSync(join(tmpdir(), "read-parallel-"));
  let files: string[];
  let expected: Expected;

  beforeAll(async () => {
    const filled = await fillForm(await writtenForm("xa-muong-sai"), "xa-muong-sai");
    expected = filled.expected;
    const blank = await writtenForm("so-khcn");
    // The officer's own workbook into which two units' forms were copied as sheets.
    const collected = await workbookBytes(await collectingWorkbook([blank, filled.bytes]));
    files = [
      write(dir, "2026-05_so-khcn.xlsx", blank, "2026-05-08T02:00:00.000Z"),
      write(dir, "2026-05_xa-muong-sai.xlsx", filled.bytes, "2026-05-09T01:15:00.000Z"),
      write(dir, "bao-cao.docx", new TextEncoder().encode("Báo cáo tháng 5"), "2026-05-10T03:30:00.000Z"),
      write(dir, "2026-05_xa-muong-sai (gửi lại).xlsx", filled.bytes, "2026-05-12T09:00:00.000Z"),
      write(dir, "so-tong-hop.xlsx", collected, "2026-05-12T10:00:00.000Z"),
      write(dir, "2026-05_so-khcn (bản sao).xlsx", blank, "2026-05-13T04:45:00.000Z"),
    ];
  }, 60_000);

  it("reads here what the threads read, in the files' order; a form's time is when it was saved, else the file's", async () => {
    const reads = await readHere(files);
    // The forms were written with the fixed save time of the period's first day; the collecting workbook holds
    // several units' forms, so its own save time is no unit's: it keeps the file's time, as a non-workbook does.
    const saved = "2026-05-01T00:00:00.000Z";
    expect(reads.map((read) => [read.file, read.receivedAt])).toEqual([
      ["2026-05_so-khcn.xlsx", saved],
      ["2026-05_xa-muong-sai.xlsx", saved],
      ["bao-cao.docx", "2026-05-10T03:30:00.000Z"],
      ["2026-05_xa-muong-sai (gửi lại).xlsx", saved],
      ["so-tong-hop.xlsx › “Chỉ tiêu”, “Nhiệm vụ”", "2026-05-12T10:00:00.000Z"],
      ["so-tong-hop.xlsx › “Chỉ tiêu (2)”, “Nhiệm vụ (2)”", "2026-05-12T10:00:00.000Z"],
      ["2026-05_so-khcn (bản sao).xlsx", saved],
    ]);
    for (const index of [1, 3, 5]) {
      const { indicators, tasks, unitId } = submissionOf(reads[index]);
      expect({ indicators: stripSheets(indicators), tasks: stripSheets(tasks) }).toEqual({
        indicators: stripSheets(expected.indicators),
        tasks: stripSheets(expected.tasks),
      });
      expect(unitId).toBe("xa-muong-sai");
    }
    expect(submissionOf(reads[1]).contact).toEqual(expected.contact);
    expect(reads[2]).toMatchObject({ finding: { file: "bao-cao.docx", code: "unreadable_file", severity: "error" } });
  }, 60_000);

  it("checks on three threads, one and two what consolidating the reads here gives, with the count of files", async () => {
    const progress: [number, number][] = [];
    const checked = await checkFilesInParallel(files, context, (done, total) => progress.push([done, total]), 3);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6].map((done) => [done, 6]));
    expect(
      checked.map((file) => ("check" in file ? [file.file, file.unitId, file.check.status] : [file.file])),
    ).toEqual([
      ["2026-05_so-khcn.xlsx", "so-khcn", "accepted"],
      ["2026-05_xa-muong-sai.xlsx", "xa-muong-sai", "accepted"],
      ["bao-cao.docx"],
      ["2026-05_xa-muong-sai (gửi lại).xlsx", "xa-muong-sai", "accepted"],
      ["so-tong-hop.xlsx › “Chỉ tiêu”, “Nhiệm vụ”", "so-khcn", "accepted"],
      ["so-tong-hop.xlsx › “Chỉ tiêu (2)”, “Nhiệm vụ (2)”", "xa-muong-sai", "accepted"],
      ["2026-05_so-khcn (bản sao).xlsx", "so-khcn", "accepted"],
    ]);
    expect(await checkFilesInParallel(files, context, () => undefined, 1)).toEqual(checked);
    expect(await checkFilesInParallel(files, context, () => undefined, 2)).toEqual(checked);
    expect(consolidateCheckedFiles(checked, context)).toEqual(consolidateFiles(await readHere(files), context));
  }, 60_000);

  it("checks cumulative counts against earlier figures (--history) on worker threads as on this one", async () => {
    const counts = new Set(context.catalog.indicators.filter((i) => i.measure === "count").map((i) => i.id));
    const entry = expected.indicators.find((e) => counts.has(e.indicatorId) && typeof e.result.raw === "number");
    if (!entry) throw new Error("the filled form has no count");
    const previousFigures = { "xa-muong-sai": { [entry.indicatorId]: Number(entry.result.raw) + 1 } };
    const decreased = (checked: Awaited<ReturnType<typeof checkFilesInParallel>>) =>
      checked.flatMap((file) =>
        "check" in file
          ? file.check.findings.filter((f) => f.code === "cumulative_decreased").map((f) => [file.file, f.cell])
          : [],
      );
    const here = decreased(await checkFilesInParallel(files, { ...context, previousFigures }, () => undefined, 1));
    // The unit's file, its resend and its sheets in the collecting workbook: each says the count fell.
    expect(here).toEqual([
      ["2026-05_xa-muong-sai.xlsx", entry.result.cell],
      ["2026-05_xa-muong-sai (gửi lại).xlsx", entry.result.cell],
      ["so-tong-hop.xlsx › “Chỉ tiêu (2)”, “Nhiệm vụ (2)”", entry.result.cell],
    ]);
    expect(decreased(await checkFilesInParallel(files, { ...context, previousFigures }, () => undefined, 2))).toEqual(
      here,
    );
    expect(decreased(await checkFilesInParallel(files, context, () => undefined, 2))).toEqual([]);
  }, 60_000);

  it("fails naming the file when a worker cannot read it from disk", async () => {
    // A worker is handed the first files; this thread only reads what is left after them.
    const gone = join(dir, "2026-05_xa-chieng-an.xlsx");
    await expect(checkFilesInParallel([gone, ...files], context, () => undefined, 2)).rejects.toThrow(
      /2026-05_xa-chieng-an\.xlsx: ENOENT/,
    );
  }, 60_000);

  it("returns nothing for no files", async () => {
    expect(await checkFilesInParallel([], context, () => undefined, 2)).toEqual([]);
  });
});

describe("readerCount", () => {
  it("reads a province's month on one thread and the country's communes on every core", () => {
    expect(readerCount(90, 2)).toBe(1);
    expect(readerCount(3321, 2)).toBe(2);
    expect(readerCount(3321, 32)).toBe(16);
    expect(readerCount(500, 8)).toBe(2);
    expect(readerCount(0, 2)).toBe(1);
  });
});
