import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandIo } from "../../src/cli/commandIo";
import { runCli } from "../../src/cli/main";
import { convertWithLibreOffice } from "../support/libreOffice";

const dir = mkdtempSync(join(tmpdir(), "demo-cli-"));
const out: string[] = [];
const io: CommandIo = { print: (t) => out.push(t), error: () => undefined, today: () => "2026-11-25" };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run demo", () => {
  beforeAll(async () => {
    expect(await runCli(["demo", "--out", dir], io)).toBe(0);
  }, 120_000);

  it("builds the forms, the units' sample files and the summary, and prints the computed sentences", () => {
    expect(readdirSync(join(dir, "bieu-mau", "2026-05"))).toContain("index.json");
    expect(
      readdirSync(join(dir, "bao-cao-don-vi", "2026-05")).filter((f) => f.endsWith(".xlsx")).length,
    ).toBeGreaterThan(80);
    const json = JSON.parse(readFileSync(join(dir, "tong-hop-2026-05.json"), "utf8"));
    expect(out[0]).toBe(json.sentences.completeness);
    expect(out).toContain("Tổng số: 75 nhiệm vụ, trong đó:");
  });

  it("prints the May 2026 report's Phụ lục I from the sample units' documents, and the one malformed số/ký hiệu", () => {
    const json = JSON.parse(readFileSync(join(dir, "tong-hop-2026-05.json"), "utf8"));
    const seedDir = join(__dirname, "../../seeds");
    const report = readFileSync(
      join(
        seedDir,
        readdirSync(seedDir).find((name) => name.startsWith("003_"))!,
      ),
      "utf8",
    );
    const start = report.indexOf("STT\tVĂN BẢN");
    // The report's lines, row 14's page break joined, months without the leading zero as the summary writes days.
    const printed = report
      .slice(start, report.indexOf("\nPhụ lục II", start))
      .replace(/\n+\t/g, " ")
      .split("\n")
      .flatMap((line) => /^\d+\t(.*)$/.exec(line)?.[1] ?? [])
      .map((line) => line.replace(/(ngày \d{1,2})\/0(\d)\//, "$1/$2/"));
    expect(printed).toHaveLength(22);
    expect(json.documents.map((document: { text: string }) => document.text).sort()).toEqual([...printed].sort());
    expect(json.documents.map((document: { stt: number }) => document.stt)).toEqual(printed.map((_, i) => i + 1));
    expect(json.sentences.documents).toMatch(
      /^Ban hành 22 văn bản chỉ đạo, triển khai thực hiện .*\(Phụ lục I kèm theo\)\.$/,
    );
    const slips = json.findings.filter((finding: { code: string }) => finding.code.startsWith("document"));
    expect(slips).toEqual([expect.objectContaining({ code: "document_number_invalid", sheet: "Văn bản", cell: "B5" })]);
  });

  it("writes a summary LibreOffice opens and prints", () => {
    const pdf = convertWithLibreOffice(join(dir, "tong-hop-2026-05.xlsx"), "pdf", dir);
    expect(existsSync(pdf)).toBe(true);
    const pages = readFileSync(pdf, "latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(5);
  }, 150_000);

  it("gives byte-identical summary content when the same files are consolidated again", async () => {
    const again = join(dir, "lai.xlsx");
    const args = [
      "consolidate",
      join(dir, "bao-cao-don-vi", "2026-05"),
      "--period",
      "2026-05",
      "--as-of",
      "2026-05-14",
    ];
    expect(await runCli([...args, "--out", again, "--json", join(dir, "lai.json")], io)).toBe(0);
    expect(readFileSync(again).equals(readFileSync(join(dir, "tong-hop-2026-05.xlsx")))).toBe(true);
    expect(readFileSync(join(dir, "lai.json"), "utf8")).toBe(readFileSync(join(dir, "tong-hop-2026-05.json"), "utf8"));
  }, 60_000);
});
