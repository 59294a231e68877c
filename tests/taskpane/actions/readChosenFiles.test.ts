import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { CheckContext } from "../../../src/domain/run/checkContext";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { planSamples } from "../../../src/samples/planSamples";
import { sampleFileBytes } from "../../../src/samples/sampleFile";
import type { ChosenFile, ChosenFileReads } from "../../../src/taskpane/actions/types";
import type { OperationContext } from "../../../src/taskpane/common/useOperation";
import { fakeReader, type FakeReader } from "../reading/fakeReaders";

jest.mock("../../../src/taskpane/reading/startReadWorker", () => ({ startReadWorker: () => nextReader() }));

/** The readers the mocked startReadWorker hands out, in turn; none left means a plain fake reader. */
let readers: FakeReader[] = [];
const started: FakeReader[] = [];
function nextReader(): FakeReader {
  const reader = readers.shift() ?? fakeReader();
  started.push(reader);
  return reader;
}

type ChosenFilesModule = typeof import("../../../src/taskpane/actions/readChosenFiles");

const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const catalog = catalog2026();
const context: CheckContext = { catalog, period: may, asOf: "2026-05-14" };

function operation(): OperationContext & { steps: [number, number][] } {
  const steps: [number, number][] = [];
  return { signal: new AbortController().signal, progress: (done, total) => steps.push([done, total]), steps };
}

/** A browser's two globals the choice looks at: Worker (only its presence) and the count of cores. */
function withWorkers(present: boolean): void {
  const scope = globalThis as { Worker?: unknown; navigator?: unknown };
  if (present) {
    scope.Worker = function Worker() {};
    Object.defineProperty(globalThis, "navigator", { value: { hardwareConcurrency: 2 }, configurable: true });
  } else delete scope.Worker;
}

describe("checkChosenFiles: on reader threads where the browser has them, else on the page", () => {
  let files: ChosenFile[];

  beforeAll(async () => {
    const sent = planSamples(catalog, may)
      .filter((plan) => plan.send)
      .slice(0, 8);
    files = await Promise.all(
      sent.map(async (plan) => {
        const bytes = await sampleFileBytes(catalog, plan);
        return {
          name: plan.fileName,
          size: bytes.byteLength,
          lastModified: Date.parse(plan.receivedAt),
          arrayBuffer: async () => bytes.slice().buffer,
        };
      }),
    );
  }, 60_000);

  /** A fresh module each test: its kept readers are the test's own. */
  let checkChosenFiles: ChosenFilesModule["checkChosenFiles"];
  beforeEach(() => {
    jest.isolateModules(() => {
      ({ checkChosenFiles } = jest.requireActual<ChosenFilesModule>("../../../src/taskpane/actions/readChosenFiles"));
    });
  });

  afterEach(() => {
    withWorkers(false);
    readers = [];
    started.length = 0;
  });

  it("gives the same results in the same order on readers as on the page, counting every file", async () => {
    withWorkers(false);
    const page = operation();
    const onPage = await checkChosenFiles(files, context, page);
    expect(started).toHaveLength(0);
    withWorkers(true);
    const threads = operation();
    const onReaders = await checkChosenFiles(files, context, threads);
    expect(started.length).toBeGreaterThan(0);
    expect(started.flatMap((reader) => reader.received).sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    expect(onReaders).toEqual(onPage);
    // The readers are kept: a second run starts none and gives the same.
    const readersStarted = started.length;
    expect(await checkChosenFiles(files, context, operation())).toEqual(onPage);
    expect(started).toHaveLength(readersStarted);
    expect(started.some((reader) => reader.terminated)).toBe(false);
    expect(onPage.map((file) => file.file)).toEqual(files.map((file) => file.name));
    for (const steps of [page.steps, threads.steps]) {
      expect(steps.map(([done]) => done)).toEqual(files.map((_, i) => i).concat(files.length));
      expect(steps.every(([, total]) => total === files.length)).toBe(true);
    }
  });

  it("reads on the page what a stopped reader had not answered", async () => {
    withWorkers(true);
    readers = [fakeReader(1), fakeReader(1)];
    const afterStop = await checkChosenFiles(files, context, operation());
    expect(started).toHaveLength(2);
    expect(started.flatMap((reader) => reader.received).length).toBeLessThan(files.length);
    expect(started.every((reader) => reader.terminated)).toBe(true);
    withWorkers(false);
    expect(afterStop).toEqual(await checkChosenFiles(files, context, operation()));
  });

  it("reads a kept file again only when it is checked against another day", async () => {
    withWorkers(true);
    const cache: ChosenFileReads = new WeakMap();
    await checkChosenFiles(files, context, operation(), cache);
    const sent = () => started.flatMap((reader) => reader.received).length;
    expect(sent()).toBe(files.length);
    await checkChosenFiles(files, context, operation(), cache);
    expect(sent()).toBe(files.length);
    const later = await checkChosenFiles(files, { ...context, asOf: "2026-06-30" }, operation(), cache);
    expect(sent()).toBe(2 * files.length);
    expect(later).toEqual(await checkChosenFiles(files, { ...context, asOf: "2026-06-30" }, operation()));
  });
});
