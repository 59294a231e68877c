import { execFileSync } from "node:child_process";
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
    expect(existsSync(join(dir, "tong-hop-2026-05-lam-viec.xlsx"))).toBe(true);
  });

  it("writes a summary LibreOffice opens and prints: the appendices alone, Phụ lục II then Phụ lục III", () => {
    const pdf = convertWithLibreOffice(join(dir, "tong-hop-2026-05.xlsx"), "pdf", dir);
    expect(existsSync(pdf)).toBe(true);
    const pages = readFileSync(pdf, "latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(5);
    const text = execFileSync("pdftotext", [pdf, "-"], { maxBuffer: 512 * 1024 * 1024 }).toString("utf8");
    const starts = text.split("\f").map((page) => page.trimStart().split("\n")[0]);
    expect(starts.filter((line) => line.startsWith("Phụ lục"))).toEqual(["Phụ lục II", "Phụ lục III"]);
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
