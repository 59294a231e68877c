import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFilesInParallel, readFilesInParallel, readerCount } from "../../src/cli/readFilesInParallel";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import {
  consolidateCheckedFiles,
  consolidateFiles,
  type FileRead,
} from "../../src/domain/consolidation/consolidateFiles";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import { fillForm, type Expected } from "../workbook/templates/fillForm";
import { writtenForm } from "../workbook/templates/formTestSupport";

function write(dir: string, name: string, bytes: Uint8Array, receivedAt: string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  utimesSync(path, new Date(receivedAt), new Date(receivedAt));
  return path;
}

function submissionOf(read: FileRead) {
  if (!("submission" in read)) throw new Error(`${read.file}: ${read.finding.message}`);
  return read.submission;
}

describe("readFilesInParallel", () => {
  const dir = mkdtempSync(join(tmpdir(), "read-parallel-"));
  let files: string[];
  let expected: Expected;

  beforeAll(async () => {
    const filled = await fillForm(await writtenForm("xa-muong-sai"), "xa-muong-sai");
    expected = filled.expected;
    const blank = await writtenForm("so-khcn");
    files = [
      write(dir, "2026-05_so-khcn.xlsx", blank, "2026-05-08T02:00:00.000Z"),
      write(dir, "2026-05_xa-muong-sai.xlsx", filled.bytes, "2026-05-09T01:15:00.000Z"),
      write(dir, "bao-cao.docx", new TextEncoder().encode("Báo cáo tháng 5"), "2026-05-10T03:30:00.000Z"),
      write(dir, "2026-05_xa-muong-sai (gửi lại).xlsx", filled.bytes, "2026-05-12T09:00:00.000Z"),
      write(dir, "2026-05_so-khcn (bản sao).xlsx", blank, "2026-05-13T04:45:00.000Z"),
    ];
  }, 60_000);

  it("reads on three threads what one thread reads, in the files' order, the file time as the time received", async () => {
    const progress: [number, number][] = [];
    const reads = await readFilesInParallel(files, (done, total) => progress.push([done, total]), 3);
    expect(reads.map((read) => [read.file, read.receivedAt])).toEqual([
      ["2026-05_so-khcn.xlsx", "2026-05-08T02:00:00.000Z"],
      ["2026-05_xa-muong-sai.xlsx", "2026-05-09T01:15:00.000Z"],
      ["bao-cao.docx", "2026-05-10T03:30:00.000Z"],
      ["2026-05_xa-muong-sai (gửi lại).xlsx", "2026-05-12T09:00:00.000Z"],
      ["2026-05_so-khcn (bản sao).xlsx", "2026-05-13T04:45:00.000Z"],
    ]);
    expect(progress).toEqual([1, 2, 3, 4, 5].map((done) => [done, 5]));
    for (const index of [1, 3]) {
      const { contact, indicators, tasks, unitId } = submissionOf(reads[index]);
      expect({ contact, indicators, tasks }).toEqual(expected);
      expect(unitId).toBe("xa-muong-sai");
    }
    expect(reads[2]).toMatchObject({ finding: { file: "bao-cao.docx", code: "unreadable_file", severity: "error" } });
    expect(await readFilesInParallel(files, () => undefined, 1)).toEqual(reads);
  }, 60_000);

  it("fails naming the file when a worker cannot read it from disk", async () => {
    // A worker is handed the first files; this thread only reads what is left after them.
    const gone = join(dir, "2026-05_xa-chieng-an.xlsx");
    await expect(readFilesInParallel([gone, ...files], () => undefined, 2)).rejects.toThrow(
      /2026-05_xa-chieng-an\.xlsx: ENOENT/,
    );
  }, 60_000);

  it("checks on a worker, against the catalog it was given, what consolidating the reads here checks", async () => {
    const may = parsePeriod("2026-05");
    if (!may.ok) throw new Error("2026-05");
    const context = { catalog: catalog2026(), period: may.value, asOf: "2026-05-14" };
    const checked = await checkFilesInParallel(files, context, () => undefined, 2);
    expect(
      checked.map((file) => ("check" in file ? [file.file, file.unitId, file.check.status] : [file.file])),
    ).toEqual([
      ["2026-05_so-khcn.xlsx", "so-khcn", "accepted"],
      ["2026-05_xa-muong-sai.xlsx", "xa-muong-sai", "accepted"],
      ["bao-cao.docx"],
      ["2026-05_xa-muong-sai (gửi lại).xlsx", "xa-muong-sai", "accepted"],
      ["2026-05_so-khcn (bản sao).xlsx", "so-khcn", "accepted"],
    ]);
    const reads = await readFilesInParallel(files, () => undefined, 1);
    expect(consolidateCheckedFiles(checked, context)).toEqual(consolidateFiles(reads, context));
  }, 60_000);

  it("returns no reads for no files", async () => {
    expect(await readFilesInParallel([], () => undefined, 2)).toEqual([]);
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
