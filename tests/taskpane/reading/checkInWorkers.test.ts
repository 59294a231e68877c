import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { CheckContext } from "../../../src/domain/run/checkContext";
import type { CheckedFile } from "../../../src/domain/consolidation/checkFileRead";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { planSamples } from "../../../src/samples/planSamples";
import { sampleFileBytes } from "../../../src/samples/sampleFile";
import { checkInWorkers, ReaderStopped, type FileJob } from "../../../src/taskpane/reading/checkInWorkers";
import { validationContextOf } from "../../../src/domain/run/checkContext";
import { checkIncomingFile } from "../../../src/workbook/xlsx/readIncomingFile";
import type { IncomingFile } from "../../../src/workbook/xlsx/incomingFile";
import { fakeReader } from "./fakeReaders";

const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const catalog = catalog2026();
const context: CheckContext = { catalog, period: may, asOf: "2026-05-14" };

interface Sample {
  name: string;
  lastModified: number;
  bytes: Uint8Array;
}

function incomingFile({ name, lastModified, bytes }: Sample): IncomingFile {
  // A fresh copy each time: the pool transfers (detaches) what it sends.
  return { name, lastModified, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

function jobsOf(samples: Sample[]): FileJob[] {
  return samples.map((sample, index) => ({ index, file: incomingFile(sample) }));
}

async function onPage(samples: Sample[]): Promise<CheckedFile[][]> {
  const validation = validationContextOf(context);
  const results = [];
  for (const sample of samples) results.push(await checkIncomingFile(incomingFile(sample), validation));
  return results;
}

describe("reading and checking on reader threads", () => {
  let samples: Sample[];

  beforeAll(async () => {
    const sent = planSamples(catalog, may).filter((plan) => plan.send);
    samples = await Promise.all(
      sent.map(async (plan) => ({
        name: plan.fileName,
        lastModified: Date.parse(plan.receivedAt),
        bytes: await sampleFileBytes(catalog, plan),
      })),
    );
  }, 120_000);

  it("gives, for every demo sample, what the page's own reading gives, whichever reader read it", async () => {
    const readers = [fakeReader(), fakeReader()];
    const byIndex = new Map<number, CheckedFile[]>();
    await checkInWorkers(jobsOf(samples), context, {
      readers,
      signal: new AbortController().signal,
      onChecked: (index, checked) => byIndex.set(index, checked),
    });
    const expected = await onPage(samples);
    expect(samples.length).toBe(83);
    // Both readers took part, each file was sent once, and every file came back once.
    expect(readers.every((reader) => reader.received.length > 10)).toBe(true);
    expect(readers.flatMap((reader) => reader.received).sort((a, b) => a - b)).toEqual(samples.map((_, i) => i));
    expect([...byIndex.keys()].sort((a, b) => a - b)).toEqual(samples.map((_, i) => i));
    expect(samples.map((_, index) => byIndex.get(index))).toEqual(expected);
    // The comparison bites: the samples hold rejected files and findings, not only clean forms.
    const flat = expected.flat();
    expect(flat.some((file) => "finding" in file || file.check.findings.length > 0)).toBe(true);
    // Kept alive for the next run.
    expect(readers.some((reader) => reader.terminated)).toBe(false);
  }, 120_000);

  it("stops at Hủy: the promise is cancelled and every reader is terminated", async () => {
    const readers = [fakeReader(), fakeReader()];
    const controller = new AbortController();
    const heard: number[] = [];
    const run = checkInWorkers(jobsOf(samples), context, {
      readers,
      signal: controller.signal,
      onChecked: (index) => {
        heard.push(index);
        if (heard.length === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(heard.length).toBeLessThan(samples.length);
    expect(readers.every((reader) => reader.terminated)).toBe(true);
  });

  it("says a reader stopped, after handing over what it had answered, and terminates it", async () => {
    const heard: number[] = [];
    const reader = fakeReader(2);
    const run = checkInWorkers(jobsOf(samples.slice(0, 6)), context, {
      readers: [reader],
      signal: new AbortController().signal,
      onChecked: (index) => heard.push(index),
    });
    await expect(run).rejects.toBeInstanceOf(ReaderStopped);
    expect(heard).toEqual([0, 1]);
    expect(reader.terminated).toBe(true);
  });

  it("reports a reader's own failure on a file as an error naming the file", async () => {
    const reader = fakeReader();
    const file = { name: "a.xlsx", lastModified: 0, size: 4, arrayBuffer: async () => new ArrayBuffer(4) };
    const job: FileJob = { index: 0, file };
    const broken = { ...context, catalog: undefined as unknown as CheckContext["catalog"] };
    const run = checkInWorkers([job], broken, {
      readers: [reader],
      signal: new AbortController().signal,
      onChecked() {},
    });
    await expect(run).rejects.toThrow(/^a\.xlsx: /);
  });
});
