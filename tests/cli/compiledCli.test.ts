/**
 * The command line as `npm run cli` runs it: one esbuild bundle (scripts/cli.cjs), built again only when a source
 * is newer, whose reader threads load the same bundle.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { runCli } from "../../src/cli/main";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import { planSamples } from "../../src/samples/planSamples";
import { writeSampleForms } from "../support/sampleFolder";

interface Bundle {
  file: string;
  meta: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCli, isStale } = require("../../scripts/cli.cjs") as {
  buildCli(bundle: Bundle): Promise<void>;
  isStale(bundle: Bundle, root?: string): boolean;
};

const ROOT = resolve(__dirname, "../..");
const run = promisify(execFile);
const quietIo = { print: () => undefined, error: () => undefined, today: () => "2026-05-14" };

describe("isStale", () => {
  const root = mkdtempSync(join(tmpdir(), "cli-stale-"));
  const bundle = { file: join(root, "cli.js"), meta: join(root, "cli.meta.json") };
  const source = join(root, "main.ts");
  const at = (path: string, iso: string) => utimesSync(path, new Date(iso), new Date(iso));

  beforeAll(() => {
    writeFileSync(source, "export {};\n");
    writeFileSync(bundle.meta, JSON.stringify({ inputs: { "main.ts": {} } }));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("builds when there is no bundle yet", () => {
    expect(isStale(bundle, root)).toBe(true);
  });

  // Dates ahead of this script's own, which counts as an input too.
  it("runs the bundle while it is newer than its inputs, and builds again once one is saved after it", () => {
    writeFileSync(bundle.file, "");
    at(source, "2099-05-01T00:00:00Z");
    at(bundle.file, "2099-05-02T00:00:00Z");
    expect(isStale(bundle, root)).toBe(false);
    at(source, "2099-05-03T00:00:00Z");
    expect(isStale(bundle, root)).toBe(true);
  });

  it("builds again when an input is gone or the metafile is missing", () => {
    at(source, "2099-05-01T00:00:00Z");
    writeFileSync(bundle.meta, JSON.stringify({ inputs: { "main.ts": {}, "gone.ts": {} } }));
    expect(isStale(bundle, root)).toBe(true);
    rmSync(bundle.meta);
    expect(isStale(bundle, root)).toBe(true);
  });
});

describe("the compiled command line", () => {
  // Inside the repository, so that the bundle finds the packages it leaves in node_modules.
  mkdirSync(join(ROOT, "out"), { recursive: true });
  const dir = mkdtempSync(join(ROOT, "out", "cli-bundle-"));
  const bundle = { file: join(dir, "cli.js"), meta: join(dir, "cli.meta.json") };
  const forms = join(dir, "forms");

  beforeAll(async () => {
    await buildCli(bundle);
    mkdirSync(forms);
    const may = parsePeriod("2026-05");
    if (!may.ok) throw new Error("2026-05");
    const sent = planSamples(catalog2026(), may.value).filter((plan) => plan.send);
    await writeSampleForms(forms, catalog2026(), sent.slice(0, 5));
    writeFileSync(join(forms, "bao-cao.docx"), "Báo cáo tháng 5");
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is built from the sources it lists, and is not stale right after", () => {
    const inputs = Object.keys(JSON.parse(readFileSync(bundle.meta, "utf8")).inputs);
    expect(inputs).toContain("src/cli/main.ts");
    expect(inputs).toContain("src/cli/readFileWorker.ts");
    // ExcelJS comes in through its writers' entry (scripts/excelJsWriters.cjs), never its package root.
    expect(inputs.filter((input) => !input.startsWith("src/"))).toEqual(["scripts/excelJsWriters.cjs"]);
    const code = readFileSync(bundle.file, "utf8");
    expect(code).toContain('require("exceljs/lib/stream/xlsx/workbook-writer")');
    expect(code).not.toContain('require("exceljs")');
    expect(isStale(bundle)).toBe(false);
  });

  it("writes the summary and its working sheets the TypeScript sources write, with ExcelJS's writers alone", async () => {
    const args = (out: string) => ["consolidate", forms, "--period", "2026-05", "--as-of", "2026-05-14", "--out", out];
    const compiled = join(dir, "compiled", "tong-hop.xlsx");
    const sources = join(dir, "sources", "tong-hop.xlsx");
    mkdirSync(dirname(compiled));
    mkdirSync(dirname(sources));
    await run(process.execPath, [bundle.file, ...args(compiled)]);
    expect(await runCli(args(sources), quietIo)).toBe(0);
    for (const [made, expected] of [
      [compiled, sources],
      [compiled.replace(".xlsx", "-lam-viec.xlsx"), sources.replace(".xlsx", "-lam-viec.xlsx")],
    ]) {
      expect(readFileSync(made).equals(readFileSync(expected))).toBe(true);
    }
  }, 60_000);

  it("writes the catalog the TypeScript sources write", async () => {
    const compiled = join(dir, "catalog-compiled.json");
    const sources = join(dir, "catalog-sources.json");
    const args = ["catalog", "--period", "2026-05", "--as-of", "2026-05-14", "--json"];
    await run(process.execPath, [bundle.file, ...args, compiled]);
    expect(await runCli([...args, sources], quietIo)).toBe(0);
    expect(readFileSync(compiled, "utf8")).toBe(readFileSync(sources, "utf8"));
  }, 60_000);

  it("checks the forms on a reader thread started from the bundle as on this thread alone", async () => {
    const validate = async (readers: string) => {
      const out = join(dir, `validate-${readers}.json`);
      const args = ["validate", forms, "--period", "2026-05", "--as-of", "2026-05-14", "--json", out];
      await run(process.execPath, [bundle.file, ...args], { env: { ...process.env, BAOCAO_CDS_READERS: readers } });
      return JSON.parse(readFileSync(out, "utf8"));
    };
    const onTwo = await validate("2");
    expect(onTwo.files).toHaveLength(6);
    expect(onTwo.files.filter((file: { unit: string | null }) => file.unit !== null)).toHaveLength(5);
    expect(onTwo).toEqual(await validate("1"));
  }, 120_000);
});
