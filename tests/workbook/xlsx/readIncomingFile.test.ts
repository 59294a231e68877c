import { mkdtempSync, rmSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFormFile } from "../../../src/cli/readFormFile";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { CheckContext } from "../../../src/domain/run/checkContext";
import type { CheckedFile } from "../../../src/domain/consolidation/checkFileRead";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { planSamples } from "../../../src/samples/planSamples";
import { sampleFileBytes } from "../../../src/samples/sampleFile";
import type { ChosenFile } from "../../../src/taskpane/actions/types";
import type { OperationContext } from "../../../src/taskpane/common/useOperation";
import { fakeReader } from "../../taskpane/reading/fakeReaders";

jest.mock("../../../src/taskpane/reading/startReadWorker", () => ({ startReadWorker: () => fakeReader() }));

type ChosenFilesModule = typeof import("../../../src/taskpane/actions/readChosenFiles");

const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const catalog = catalog2026();
const context: CheckContext = { catalog, period: may, asOf: "2026-05-14" };
const SAVED = new Date("2026-05-08T02:00:00Z");
/** Over the size cap: on disk a sparse file, in the pane a File whose bytes must never be asked for. */
const HUGE = 64 * 1024 * 1024;

const dir = mkdtempSync(join(tmpdir(), "read-incoming-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function operation(): OperationContext {
  return { signal: new AbortController().signal, progress: () => {} };
}

/** The one finding's code of each file refused, "read" for each form read. */
function outcomes(checked: CheckedFile[]): string[] {
  return checked.map((file) => ("finding" in file ? file.finding.code : "read"));
}

describe("the intake of an incoming file, the same for the command line and the pane", () => {
  let paths: string[];
  let chosen: ChosenFile[];

  beforeAll(async () => {
    const plan = planSamples(catalog, may).find((p) => p.send)!;
    const form = await sampleFileBytes(catalog, plan);
    const files: [string, Uint8Array][] = [
      ["bao-cao.xlsx", new TextEncoder().encode("%PDF-1.7\n1 0 obj\n")],
      ["rong.xlsx", new Uint8Array()],
      ["cat-do.xlsx", form.slice(0, form.length >> 1)],
      ["so-lieu.csv", new TextEncoder().encode("STT;Tên\n1;x")],
      [plan.fileName, form],
    ];
    paths = files.map(([name, bytes]) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      utimesSync(path, SAVED, SAVED);
      return path;
    });
    const huge = join(dir, "qua-lon.xlsx");
    writeFileSync(huge, "");
    truncateSync(huge, HUGE);
    utimesSync(huge, SAVED, SAVED);
    paths.push(huge);
    chosen = files.map(([name, bytes]) => ({
      name,
      size: bytes.length,
      lastModified: SAVED.getTime(),
      arrayBuffer: async () => bytes.slice().buffer,
    }));
    chosen.push({
      name: "qua-lon.xlsx",
      size: HUGE,
      lastModified: SAVED.getTime(),
      arrayBuffer: () => Promise.reject(new Error("a file refused by its size was loaded")),
    });
  }, 60_000);

  afterEach(() => {
    delete (globalThis as { Worker?: unknown }).Worker;
  });

  it("gives each bad file the same finding, and a form the same check, from disk as from the pane", async () => {
    const fromDisk = (await Promise.all(paths.map((path) => checkFormFile(path, context)))).flat();
    expect(outcomes(fromDisk)).toEqual([
      "pdf_file",
      "empty_file",
      "truncated_file",
      "csv_file",
      "read",
      "file_too_large",
    ]);
    const { checkChosenFiles } = jest.requireActual<ChosenFilesModule>("../../../src/taskpane/actions/readChosenFiles");
    // The page reads where the browser has no Web Workers; else reader threads (here, fakes running the worker's code).
    const onPage = await checkChosenFiles(chosen, context, operation());
    Object.assign(globalThis, { Worker: function Worker() {} });
    Object.defineProperty(globalThis, "navigator", { value: { hardwareConcurrency: 2 }, configurable: true });
    const onReaders = await checkChosenFiles(chosen, context, operation());
    expect(onPage).toEqual(fromDisk);
    expect(onReaders).toEqual(fromDisk);
  });
});
