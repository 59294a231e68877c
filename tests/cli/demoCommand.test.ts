import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CommandIo } from "../../src/cli/commandIo";
import { runCli } from "../../src/cli/main";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import { convertWithLibreOffice } from "../support/libreOffice";
import { appendixSheetNames } from "../../src/workbook/summary/buildSummaryWorkbook";

const dir = mkdtempSync(join(tmpdir(), "demo-cli-"));
const out: string[] = [];
const io: CommandIo = { print: (t) => out.push(t), error: () => undefined, today: () => "2026-11-25" };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value) return value.richText.map((run) => run.text).join("");
  return String(value);
}

async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Task id → ids of the units whose accepted form says "Đã hoàn thành" for it, read from the forms' cells. */
async function doneInForms(): Promise<Map<string, Set<string>>> {
  const summary = JSON.parse(readFileSync(join(dir, "tong-hop-2026-05.json"), "utf8"));
  const accepted: { file: string; unit: string }[] = summary.files.filter(
    (file: { status: string; unit: string | null }) => file.status === "accepted" && file.unit !== null,
  );
  const done = new Map<string, Set<string>>();
  for (const { file, unit } of accepted) {
    const sheet = (await openWorkbook(join(dir, "bao-cao-don-vi", "2026-05", file))).getWorksheet("Nhiệm vụ")!;
    let columns: { id: number; status: number; description: number } | undefined;
    // A part row ("NV.I.2#1", right under its task) has its status only: the task row above holds the description.
    let taskDescription = "";
    sheet.eachRow((row) => {
      const texts = (row.values as ExcelJS.CellValue[]).map(cellText);
      if (!columns && texts.includes("Mã") && texts.includes("Tiến độ")) {
        columns = {
          id: texts.indexOf("Mã"),
          status: texts.indexOf("Tiến độ"),
          description: texts.indexOf("Mô tả kết quả trong kỳ"),
        };
        return;
      }
      if (!columns) return;
      const id = texts[columns.id] ?? "";
      if (!id.includes("#")) taskDescription = texts[columns.description]?.trim() ?? "";
      if (texts[columns.status]?.trim().toLowerCase() === "đã hoàn thành") {
        // Units write "Đã Hoàn Thành" too; it says the same.
        // "Đã hoàn thành" needs a description (the design's rule); without one the status is not taken.
        if (taskDescription === "") return;
        done.set(id, (done.get(id) ?? new Set()).add(unit));
      }
    });
  }
  return done;
}

const two = (n: number) => String(n).padStart(2, "0");

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
    // Each other programme under its title, the KHCN plan saying how much of it the catalog holds.
    const khcn = out.indexOf("Nhiệm vụ Khoa học công nghệ, đổi mới sáng tạo năm 2026:");
    expect(khcn).toBeGreaterThan(out.indexOf("Tổng số: 75 nhiệm vụ, trong đó:"));
    expect(out[khcn + 1]).toBe(
      "Tổng số: 28 nhiệm vụ (danh mục mới cập nhật 9/28 nhiệm vụ; các số dưới đây chỉ tính 9 nhiệm vụ này), trong đó:",
    );
    expect(out).toContain("Nhiệm vụ tại các Thông báo, Kết luận của BCĐTW:");
  });

  it("keeps every cell of the appendices within 1,500 characters", async () => {
    const workbook = await openWorkbook(join(dir, "tong-hop-2026-05.xlsx"));
    const over: string[] = [];
    let cells = 0;
    for (const name of appendixSheetNames) {
      workbook.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          const length = cellText(cell.value).length;
          if (length > 1500) over.push(`${name}!${cell.address}: ${length}`);
        }),
      );
    }
    expect(cells).toBeGreaterThan(1000);
    expect(over).toEqual([]);
  });

  it("counts per group the units whose forms say “Đã hoàn thành”, and footnotes exactly the others", async () => {
    const done = await doneInForms();
    const summary = JSON.parse(readFileSync(join(dir, "tong-hop-2026-05.json"), "utf8"));
    const units = catalog2026().units;
    const groupOf = new Map(units.map((unit) => [unit.id, unit.group]));
    const label: Record<string, string> = { so: "sở, ban, ngành", xa: "xã, phường", other: "đơn vị khác" };
    // Every roll-up in Phụ lục III: its "x/N" per group before the first ";" are the units done in their forms.
    const rolledUp = summary.tasks.filter((task: { description: string }) => /^\d+\/\d+ sở/.test(task.description));
    expect(rolledUp.length).toBeGreaterThan(40);
    for (const task of rolledUp as { id: string; description: string }[]) {
      const counted = task.description.split("\n")[0].split(";")[0];
      const shown = [...counted.matchAll(/(\d+)\/(\d+) (sở, ban, ngành|xã, phường|đơn vị khác)/g)].map((m) => [
        m[3],
        m[1],
      ]);
      // A composite deadline's units are counted by the part that decides the task's standing: one of its parts.
      const parts = catalog2026().tasks.find((candidate) => candidate.id === task.id)!.deadline.parts;
      const keys = parts.length > 1 ? parts.map((_, i) => `${task.id}#${i + 1}`) : [task.id];
      const fromForms = keys.map((key) =>
        shown.map(([group]) => {
          const groupKey = Object.keys(label).find((k) => label[k] === group)!;
          return [group, two([...(done.get(key) ?? [])].filter((unit) => groupOf.get(unit) === groupKey).length)];
        }),
      );
      expect(fromForms).toContainEqual(shown);
    }

    // Section I's plan sentence (NV.I.2, its part "Kế hoạch"): out of the register's whole groups; the footnote
    // names the others.
    const planDone = done.get("NV.I.2#1") ?? new Set<string>();
    const so = units.filter((unit) => unit.group === "so");
    const xa = units.filter((unit) => unit.group === "xa");
    const soDone = so.filter((unit) => planDone.has(unit.id)).length;
    const xaDone = xa.filter((unit) => planDone.has(unit.id)).length;
    const sentence = summary.sentences.sections[0].sentences.find((s: { text: string }) =>
      s.text.startsWith("Thực hiện"),
    );
    expect(summary.sentences.sections[0].id).toBe("leadership");
    expect(sentence.text).toContain(
      `đến nay ${two(soDone)}/${so.length} sở, ban, ngành và ${two(xaDone)}/${xa.length} xã, phường đã cập nhật`,
    );
    const short = (name: string) => name.replace(/^(Sở|Xã|Phường) /, "");
    const soLeft = so.filter((unit) => !planDone.has(unit.id)).map((unit) => short(unit.name));
    const xaLeft = xa.filter((unit) => !planDone.has(unit.id)).map((unit) => short(unit.name));
    expect(soLeft.length + xaLeft.length).toBeGreaterThan(0);
    expect(sentence.footnote).toMatch(/^¹ Sở Khoa học và Công nghệ chưa nhận được Kế hoạch của /);
    // "sở" alone when every one named is a sở (003's "04/15 sở (Tài chính, …)"), else "sở, ban, ngành".
    const soNamed = `${two(soLeft.length)}/${so.length} sở`;
    expect([`${soNamed} (`, `${soNamed}, ban, ngành (`].some((start) => sentence.footnote.includes(start))).toBe(true);
    expect(sentence.footnote).toContain(`(${soLeft.join("; ")})`);
    expect(sentence.footnote).toContain(`${two(xaLeft.length)}/${xa.length} xã, phường (${xaLeft.join("; ")})`);
  }, 60_000);

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
    expect(existsSync(join(dir, "tong-hop-2026-05-lam-viec.xlsx"))).toBe(true);
  });

  it("prints Phụ lục IV as 003 does: the carried-over tasks by source, each with the progress Sở KH&CN's form gave", async () => {
    const seedDir = join(__dirname, "../../seeds");
    const report = readFileSync(
      join(
        seedDir,
        readdirSync(seedDir).find((name) => name.startsWith("003_"))!,
      ),
      "utf8",
    );
    /** Each table's rows as [STT, Chủ trì, Thời gian hoàn thành, Tiến độ, result], columns found under its own header. */
    const tables = (rows: string[][]) => {
      const found: string[][][] = [];
      let progress = -1;
      for (const cells of rows) {
        if (cells[0] === "STT") {
          progress = cells.indexOf("Tiến độ");
          found.push([]);
        } else if (/^\d+$/.test(cells[0] ?? "") && found.length > 0) {
          // Part A gives the result before the progress, part B after it.
          const result = progress === 5 ? 4 : 5;
          found[found.length - 1].push([cells[0], cells[2], cells[3], cells[progress], cells[result]]);
        }
      }
      return found;
    };
    const printed = tables(
      report
        .slice(report.indexOf("\nPhụ lục IV\n"))
        .split("\n")
        .map((line) => line.split("\t").map((cell) => cell.trim())),
    );
    const sheet = (await openWorkbook(join(dir, "tong-hop-2026-05.xlsx"))).getWorksheet("Phụ lục IV (báo cáo)")!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => cellText(v).trim())));
    const written = tables(rows);
    // 003's tables by source: BCĐTW's 1 and Kế hoạch 01's 7 tasks (part A), Nghị quyết 71's and Kế hoạch 01's 1 (B).
    expect(written.map((table) => table.length)).toEqual([1, 7, 1, 1]);
    const withoutOutcome = (found: string[][][]) => found.map((table) => table.map((row) => row.slice(0, 3)));
    expect(withoutOutcome(written)).toEqual(withoutOutcome(printed));

    // Sở KH&CN's accepted form: where its own line is the result printed, the progress is the one it gave.
    const summary = JSON.parse(readFileSync(join(dir, "tong-hop-2026-05.json"), "utf8"));
    const own = summary.files.find(
      (file: { status: string; unit: string | null }) => file.status === "accepted" && file.unit === "so-khcn",
    );
    const form = (await openWorkbook(join(dir, "bao-cao-don-vi", "2026-05", own.file))).getWorksheet("Nhiệm vụ")!;
    const given = new Map<string, string>();
    let columns: { id: number; status: number } | undefined;
    form.eachRow((row) => {
      const texts = (row.values as ExcelJS.CellValue[]).map(cellText);
      if (!columns && texts.includes("Mã") && texts.includes("Tiến độ")) {
        columns = { id: texts.indexOf("Mã"), status: texts.indexOf("Tiến độ") };
      } else if (columns) given.set(texts[columns.id], (texts[columns.status] ?? "").trim());
    });
    const ids = ["A", "B"].flatMap((part) =>
      catalog2026()
        .programmes.filter((programme) => programme.kind === "carried_over" && programme.part === part)
        .flatMap((programme) => catalog2026().tasks.filter((task) => task.programmeId === programme.id)),
    );
    const fromKhcn = written.flat().flatMap((row, i) => {
      if (!row[4].startsWith("- Sở Khoa học và Công nghệ:")) return [];
      return [[ids[i].id, row[3]]];
    });
    expect(fromKhcn.length).toBeGreaterThan(5);
    expect(fromKhcn).toEqual(fromKhcn.map(([id]) => [id, given.get(id)]));
  });

  it("writes a summary LibreOffice prints whole: the appendices alone, in order, no row clipped", async () => {
    const pdf = convertWithLibreOffice(join(dir, "tong-hop-2026-05.xlsx"), "pdf", dir);
    expect(existsSync(pdf)).toBe(true);
    const pages = readFileSync(pdf, "latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(5);
    const text = execFileSync("pdftotext", [pdf, "-"], { maxBuffer: 512 * 1024 * 1024 }).toString("utf8");
    const starts = text.split("\f").map((page) => page.trimStart().split("\n")[0]);
    const labels = ["Phụ lục I", "Phụ lục II", "Phụ lục III", "Phụ lục IV"];
    expect(starts.filter((line) => line.startsWith("Phụ lục"))).toEqual(labels);

    // No row clipped: every character of every appendix cell is printed (a row too short hides its last lines).
    // Counted character by character, as LibreOffice sets some Vietnamese letters in a fallback font, which splits
    // words in the PDF's text; what else prints is known: the header row again on each further page, page numbers.
    const tally = (into: Map<string, number>, value: string, times = 1) => {
      for (const char of value.normalize("NFC").replace(/\s+/g, "")) into.set(char, (into.get(char) ?? 0) + times);
      return into;
    };
    // -raw: the plain mode joins a word broken after "-" at a line's end and drops the hyphen.
    const rawText = execFileSync("pdftotext", ["-raw", pdf, "-"], { maxBuffer: 512 * 1024 * 1024 }).toString("utf8");
    const printed = tally(new Map(), rawText);
    const expected = new Map<string, number>();
    const workbook = await openWorkbook(join(dir, "tong-hop-2026-05.xlsx"));
    const pageTexts = text.split("\f").slice(0, -1);
    const firstPages = labels.map((label) => pageTexts.findIndex((page) => page.trimStart().split("\n")[0] === label));
    workbook.worksheets.forEach((sheet, i) => {
      let header: string[] | undefined;
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          // A merged range's other cells repeat its first cell's value: count it once.
          if (cell.master === cell) tally(expected, cellText(cell.value));
        }),
      );
      sheet.eachRow((row) => {
        const values = (row.values as ExcelJS.CellValue[]).map(cellText);
        if (!header && values[1] === "STT") header = values;
      });
      const pages = (firstPages[i + 1] ?? pageTexts.length) - firstPages[i];
      if (sheet.pageSetup.printTitlesRow) tally(expected, (header ?? []).join(""), pages - 1);
      for (let page = 2; page <= pages; page++) tally(expected, String(page));
    });
    expect(expected.size).toBeGreaterThan(50);
    const short = [...expected].filter(([char, n]) => (printed.get(char) ?? 0) < n);
    expect(short).toEqual([]);
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
