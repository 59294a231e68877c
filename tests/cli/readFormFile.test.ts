import { mkdtempSync, rmSync, writeFileSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFormFile } from "../../src/cli/readFormFile";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import type { FileRead } from "../../src/domain/consolidation/checkFileRead";

const units = catalog2026().units;

const dir = mkdtempSync(join(tmpdir(), "read-form-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The one refusal a file that is not a form gives. */
function codeOf(reads: FileRead[]): string | undefined {
  expect(reads).toHaveLength(1);
  return "finding" in reads[0] ? reads[0].finding.code : undefined;
}

describe("readFormFile (the command line's door for a file on disk)", () => {
  it("inspects before reading: a PDF or an empty file gets its own finding naming the file", async () => {
    writeFileSync(join(dir, "bao-cao.xlsx"), "%PDF-1.7\n1 0 obj\n");
    writeFileSync(join(dir, "rong.xlsx"), "");
    const pdf = await readFormFile(join(dir, "bao-cao.xlsx"), units);
    expect(codeOf(pdf)).toBe("pdf_file");
    expect("finding" in pdf[0] && pdf[0].finding.message).toContain("bao-cao.xlsx");
    expect(codeOf(await readFormFile(join(dir, "rong.xlsx"), units))).toBe("empty_file");
  });

  it("refuses a file over the size cap from its size alone", async () => {
    const huge = join(dir, "qua-lon.xlsx");
    writeFileSync(huge, "");
    truncateSync(huge, 64 * 1024 * 1024); // sparse: 64 MB on paper, nothing on disk
    expect(codeOf(await readFormFile(huge, units))).toBe("file_too_large");
  });
});
