import JSZip from "jszip";
import { bombOneEntry, bombOverlapping } from "../../../scripts/bad-files/craftedZips";
import { readSubmittedFile } from "../../../src/workbook/xlsx/readSubmittedFile";

const MIB = 1024 * 1024;
const GB = 1e9;
const RECEIVED = "2026-05-09T08:15:00+07:00";

/** What JSZip, an independent reader, says each entry inflates to (it reads the directory, inflates nothing). */
async function declaredSizes(bytes: Uint8Array): Promise<number[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.values(zip.files).map(
    (entry) => (entry as unknown as { _data: { uncompressedSize: number } })._data.uncompressedSize,
  );
}

/** Central-directory headers, counted by their signature. */
function centralHeaders(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes);
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  let count = 0;
  for (let at = buffer.indexOf(signature); at >= 0; at = buffer.indexOf(signature, at + 4)) count++;
  return count;
}

async function inflatedLength(bytes: Uint8Array, name: string): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file(name);
  if (!entry) throw new Error(`no ${name}`);
  return (await entry.async("uint8array")).length;
}

describe("a zip bomb sent as a form", () => {
  const bombs: Record<string, Uint8Array> = {};

  beforeAll(async () => {
    bombs["bom-mot-thanh-phan.xlsx"] = await bombOneEntry();
    bombs["bom-chong-lap.xlsx"] = await bombOverlapping();
  }, 60_000);

  it("is a real bomb: one 1 MB entry that inflates to 1,100 MiB", async () => {
    const bomb = bombs["bom-mot-thanh-phan.xlsx"];
    expect(bomb.length).toBeLessThan(1.2 * MIB);
    expect(Math.max(...(await declaredSizes(bomb)))).toBe(1100 * MIB);
  });

  it("is a real bomb: a file of a few kilobytes whose 122 sheets share one 9 MiB deflate stream", async () => {
    const bomb = bombs["bom-chong-lap.xlsx"];
    expect(bomb.length).toBeLessThan(32 * 1024);
    // JSZip names entries from the local header, so it sees the shared stream once; readers that go by the
    // central directory (unzip, Python, .NET) inflate it once per entry: 122 × 9 MiB, past 1 GB.
    expect(await inflatedLength(bomb, "xl/worksheets/sheet1.xml")).toBe(9 * MIB);
    expect(centralHeaders(bomb)).toBe(3 + 122);
    expect(122 * 9 * MIB).toBeGreaterThan(GB);
  });

  it.each(["bom-mot-thanh-phan.xlsx", "bom-chong-lap.xlsx"])(
    // How fast is printed by `npm run bench`; a timed assertion would flake on a shared machine.
    "%s is refused without inflating: memory does not grow with the bomb",
    async (file) => {
      const before = process.memoryUsage();
      const result = await readSubmittedFile(bombs[file], file, RECEIVED);
      const after = process.memoryUsage();
      expect(result.ok ? "read" : result.finding.code).toBe("compression_ratio");
      expect(!result.ok && result.finding.message).toContain(`Tệp “${file}”`);
      expect(after.heapUsed - before.heapUsed).toBeLessThan(64 * MIB);
      expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(64 * MIB);
    },
  );
});
