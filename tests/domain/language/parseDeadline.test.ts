import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseDeadline } from "../../../src/domain/language/parseDeadline";
import type { DeadlinePart, RecurrenceCycle } from "../../../src/domain/language/types";

const due = (text: string, from: string, to: string): DeadlinePart => ({ kind: "due", text, from, to });
const dueBy = (text: string, to: string): DeadlinePart => ({ kind: "due", text, to });
const continuous = (text: string, from?: string, to?: string): DeadlinePart => ({ kind: "continuous", text, from, to });
const recurring = (text: string, cycles: RecurrenceCycle[]): DeadlinePart => ({ kind: "recurring", text, cycles });
const labelled = (label: string, part: DeadlinePart): DeadlinePart => ({ ...part, label });

const REPORT_CYCLES: RecurrenceCycle[] = ["quarter", "half_year", "year", "ad_hoc"];
const REPORTS = "Quý, 6 tháng, năm và đột xuất";

/** Every deadline written in the seeds, with its parts worked out by hand. */
const SEED_DEADLINES: [string, DeadlinePart[]][] = [
  // 000, Phụ lục II, column "Thời gian hoàn thành"
  [
    "- Kế hoạch: Tháng 01/2026 - Báo cáo: Quý, 6 tháng, năm và đột xuất",
    [
      labelled("Kế hoạch", due("Tháng 01/2026", "2026-01-01", "2026-01-31")),
      labelled("Báo cáo", recurring(REPORTS, REPORT_CYCLES)),
    ],
  ],
  [
    "- Kế hoạch: <b>Trước 10/5/2026</b> - Báo cáo: Quý, 6 tháng, năm và đột xuất",
    [
      labelled("Kế hoạch", dueBy("Trước 10/5/2026", "2026-05-10")),
      labelled("Báo cáo", recurring(REPORTS, REPORT_CYCLES)),
    ],
  ],
  ["Trước 30/11/2026", [dueBy("Trước 30/11/2026", "2026-11-30")]],
  ["<p>Thường xuyên</p>", [continuous("Thường xuyên")]],
  ["<p>Báo cáo: Quý, 6 tháng, năm và đột xuất</p>", [labelled("Báo cáo", recurring(REPORTS, REPORT_CYCLES))]],
  ["Hàng quý", [recurring("Hàng quý", ["quarter"])]],
  [
    "(1) Quý I/2026 (2) Thường xuyên",
    [labelled("(1)", due("Quý I/2026", "2026-01-01", "2026-03-31")), labelled("(2)", continuous("Thường xuyên"))],
  ],
  ["Thường xuyên", [continuous("Thường xuyên")]],
  [
    "- (1) (2) (3) (4): 31/5/2026 - (5): 30/6/2026",
    [labelled("(1) (2) (3) (4)", dueBy("31/5/2026", "2026-05-31")), labelled("(5)", dueBy("30/6/2026", "2026-06-30"))],
  ],
  [
    "<p>Năm 2026 (theo thực tế triển khai)</p>",
    [continuous("Năm 2026 (theo thực tế triển khai)", "2026-01-01", "2026-12-31")],
  ],
  [
    "- Quý III/2026 - Tháng 10/2026",
    [due("Quý III/2026", "2026-07-01", "2026-09-30"), due("Tháng 10/2026", "2026-10-01", "2026-10-31")],
  ],
  ["Thường xuyên (khi có thay đổi)", [continuous("Thường xuyên (khi có thay đổi)")]],
  ["Năm 2026", [continuous("Năm 2026", "2026-01-01", "2026-12-31")]],
  ["Quý I/2026", [due("Quý I/2026", "2026-01-01", "2026-03-31")]],
  ["Quý II/2026", [due("Quý II/2026", "2026-04-01", "2026-06-30")]],
  ["Hằng tháng", [recurring("Hằng tháng", ["month"])]],
  ["Hằng quý", [recurring("Hằng quý", ["quarter"])]],
  ["Hàng tháng", [recurring("Hàng tháng", ["month"])]],
  ["Quý I năm 2026", [due("Quý I năm 2026", "2026-01-01", "2026-03-31")]],
  ["Quý III - quý IV/2026", [due("Quý III - quý IV/2026", "2026-07-01", "2026-12-31")]],
  ["Quý III, IV năm 2026", [due("Quý III, IV năm 2026", "2026-07-01", "2026-12-31")]],
  ["Tháng 6/2026", [due("Tháng 6/2026", "2026-06-01", "2026-06-30")]],
  ["Quý III/2026", [due("Quý III/2026", "2026-07-01", "2026-09-30")]],
  ["Tháng 05/2026 (Kế hoạch 04-KH/BCĐTW)", [due("Tháng 05/2026 (Kế hoạch 04-KH/BCĐTW)", "2026-05-01", "2026-05-31")]],
  ["Tháng 12/2026", [due("Tháng 12/2026", "2026-12-01", "2026-12-31")]],
  ["Tháng 4/2026", [due("Tháng 4/2026", "2026-04-01", "2026-04-30")]],
  [
    "Tháng 01/2026 và năm 2026",
    [due("Tháng 01/2026", "2026-01-01", "2026-01-31"), continuous("năm 2026", "2026-01-01", "2026-12-31")],
  ],
  ["Tháng 11/2026", [due("Tháng 11/2026", "2026-11-01", "2026-11-30")]],
  // 000, body (section III.1)
  ["hoàn thành **trước ngày 10/5/2026**", [dueBy("hoàn thành trước ngày 10/5/2026", "2026-05-10")]],
  // 003, Phụ lục III and IV
  [
    "- Kế hoạch: Trước 10/5/2026 - Báo cáo: Quý, 6 tháng, năm và đột xuất",
    [
      labelled("Kế hoạch", dueBy("Trước 10/5/2026", "2026-05-10")),
      labelled("Báo cáo", recurring(REPORTS, REPORT_CYCLES)),
    ],
  ],
  [
    "<p>(1) Quý I/2026</p> <p>(2) Thường xuyên</p>",
    [labelled("(1)", due("Quý I/2026", "2026-01-01", "2026-03-31")), labelled("(2)", continuous("Thường xuyên"))],
  ],
  ["Giai đoạn 2026 - 2030", [continuous("Giai đoạn 2026 - 2030", "2026-01-01", "2030-12-31")]],
  ["Quý IV/2026", [due("Quý IV/2026", "2026-10-01", "2026-12-31")]],
  ["Tháng 10/2026", [due("Tháng 10/2026", "2026-10-01", "2026-10-31")]],
  ["Tháng 7/2026", [due("Tháng 7/2026", "2026-07-01", "2026-07-31")]],
  ["Tháng 9/2026", [due("Tháng 9/2026", "2026-09-01", "2026-09-30")]],
  // 002, prose
  ["**hoàn thành trong tháng 4/2026**", [due("hoàn thành trong tháng 4/2026", "2026-04-01", "2026-04-30")]],
  ["**hoàn thành**\n\n**trong tháng 5/2026.**", [due("hoàn thành trong tháng 5/2026", "2026-05-01", "2026-05-31")]],
  ["**hoàn thành trong tháng 5/2026.**", [due("hoàn thành trong tháng 5/2026", "2026-05-01", "2026-05-31")]],
  ["**Hoàn thành trước ngày 30/6/2026.**", [dueBy("Hoàn thành trước ngày 30/6/2026", "2026-06-30")]],
  ["**hoàn thành trong tháng 6/2026.**", [due("hoàn thành trong tháng 6/2026", "2026-06-01", "2026-06-30")]],
  ["**hoàn thành trong quý II/2026.**", [due("hoàn thành trong quý II/2026", "2026-04-01", "2026-06-30")]],
  // 004, "Thời gian hoàn thành: …" lines
  ["Thời gian hoàn thành: 31/12/2025.", [dueBy("31/12/2025", "2025-12-31")]],
  ["Thời gian hoàn thành: 30/8/2025.", [dueBy("30/8/2025", "2025-08-30")]],
  ["Thời gian hoàn thành: 30/9/2025.", [dueBy("30/9/2025", "2025-09-30")]],
  ["Thời gian hoàn thành: 31/7/2025.", [dueBy("31/7/2025", "2025-07-31")]],
  ["Thời gian hoàn thành: Thường xuyên.", [continuous("Thường xuyên")]],
];

const SEEDS = join(__dirname, "../../../seeds");

function seedText(prefix: string): string {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix));
  return readFileSync(join(SEEDS, name ?? `${prefix}-missing`), "utf8");
}

/** Non-empty cells of one tab-separated column, header cells left out. */
function column(lines: string[], minColumns: number, index: number): string[] {
  return lines
    .map((line) => line.split("\t"))
    .filter((cells) => cells.length >= minColumns)
    .map((cells) => cells[index].trim())
    .filter((cell) => cell !== "" && !cell.includes("Thời gian hoàn thành"));
}

function linesBetween(text: string, from: string, to?: string): string[] {
  const start = text.indexOf(from);
  const end = to === undefined ? text.length : text.indexOf(to, start);
  return text.slice(start, end).split("\n");
}

/** What the seeds write as deadlines: the tables' columns, 004's lines and the bold prose of 000 and 002. */
function seedDeadlines(): string[] {
  const plan = seedText("000");
  const report = seedText("003");
  return [
    ...column(linesBetween(plan, "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ"), 6, 5),
    ...(plan.match(/hoàn thành \*\*trước ngày [^*]+\*\*/g) ?? []),
    ...(seedText("002").match(/\*\*[Hh]oàn thành[^*]*\*\*(?:\s+\*\*trong[^*]*\*\*)?/g) ?? []),
    ...column(linesBetween(report, "Phụ lục III", "Phụ lục IV"), 7, 4),
    ...column(linesBetween(report, "Phụ lục IV"), 5, 3),
    ...(seedText("004").match(/Thời gian hoàn thành: .*$/gm) ?? []),
  ];
}

describe("parseDeadline on the seeds", () => {
  it("lists every deadline the seeds write", () => {
    const listed = new Set(SEED_DEADLINES.map(([raw]) => raw));
    const found = seedDeadlines();
    expect(found.length).toBeGreaterThan(100);
    expect(found.filter((raw) => !listed.has(raw))).toEqual([]);
  });

  it.each(SEED_DEADLINES)("reads %j", (raw, parts) => {
    expect(parseDeadline(raw)).toEqual({ ok: true, value: { raw, parts } });
  });
});

describe("parseDeadline tolerance", () => {
  it.each([
    ["hang thang", [recurring("hang thang", ["month"])]],
    ["HÀNG THÁNG", [recurring("HÀNG THÁNG", ["month"])]],
    ["Hằng năm", [recurring("Hằng năm", ["year"])]],
    ["QUÝ II/2026", [due("QUÝ II/2026", "2026-04-01", "2026-06-30")]],
    ["quy iii - quy iv/2026", [due("quy iii - quy iv/2026", "2026-07-01", "2026-12-31")]],
    ["Quý 2/2026", [due("Quý 2/2026", "2026-04-01", "2026-06-30")]],
    ["thuong xuyen", [continuous("thuong xuyen")]],
    ["Tháng 6 năm 2026", [due("Tháng 6 năm 2026", "2026-06-01", "2026-06-30")]],
    ["6/2026", [due("6/2026", "2026-06-01", "2026-06-30")]],
    ["Trước ngày 29/2/2028", [dueBy("Trước ngày 29/2/2028", "2028-02-29")]],
    ["Quý I/2026\nThường xuyên", [due("Quý I/2026", "2026-01-01", "2026-03-31"), continuous("Thường xuyên")]],
    [
      "<b>Quý I/2026</b><br>Hằng quý",
      [due("Quý I/2026", "2026-01-01", "2026-03-31"), recurring("Hằng quý", ["quarter"])],
    ],
  ])("reads %j", (raw, parts) => {
    expect(parseDeadline(raw)).toEqual({ ok: true, value: { raw, parts } });
  });

  it("normalises decomposed Vietnamese to NFC in the parts' text", () => {
    const raw = "Quý I/2026 (theo thực tế)".normalize("NFD");
    const result = parseDeadline(raw);
    expect(result.ok && result.value.parts[0].text).toBe("Quý I/2026 (theo thực tế)".normalize("NFC"));
  });

  it("reads a Cyrillic І where the PDF conversion put one for the Latin I", () => {
    const result = parseDeadline("Quý \u0406/2026");
    expect(result.ok && result.value.parts).toEqual([due("Quý \u0406/2026", "2026-01-01", "2026-03-31")]);
  });

  it("takes the plan's year when the text names none", () => {
    expect(parseDeadline("Quý III", { planYear: 2027 })).toMatchObject({
      ok: true,
      value: { parts: [{ kind: "due", from: "2027-07-01", to: "2027-09-30" }] },
    });
    expect(parseDeadline("Trước 10/5")).toMatchObject({ ok: true, value: { parts: [{ to: "2026-05-10" }] } });
  });

  it("keeps a year that is written over the plan's year", () => {
    expect(parseDeadline("Tháng 6/2025", { planYear: 2027 })).toMatchObject({
      ok: true,
      value: { parts: [{ from: "2025-06-01", to: "2025-06-30" }] },
    });
  });
});

describe("parseDeadline errors", () => {
  it.each([
    ["31/2/2026", "deadline.invalid_date", "Ngày “31/2/2026” không có trên lịch."],
    ["Trước 29/2/2026", "deadline.invalid_date", "Thời hạn “Trước 29/2/2026”: ngày “29/2/2026” không có trên lịch."],
    [
      "Tháng 13/2026",
      "deadline.invalid_month",
      "Tháng ghi trong “Tháng 13/2026” không có (chỉ có tháng 1 đến tháng 12).",
    ],
    ["Quý IV - quý II/2026", "deadline.reversed_range", "Khoảng “Quý IV - quý II/2026” bắt đầu sau khi kết thúc."],
    ["Giai đoạn 2030 - 2026", "deadline.reversed_range", "Khoảng “Giai đoạn 2030 - 2026” bắt đầu sau khi kết thúc."],
    ["- Kế hoạch:", "deadline.missing_time", "Thời hạn “- Kế hoạch:”: mục “Kế hoạch” chưa ghi thời gian."],
  ])("rejects %j", (raw, code, message) => {
    expect(parseDeadline(raw)).toEqual({ ok: false, issues: [{ path: ["parts", 0], code, message }] });
  });

  it.each(["", "   ", "<p></p>", "-", "Thời gian hoàn thành:"])("says the deadline is missing for %j", (raw) => {
    expect(parseDeadline(raw)).toEqual({
      ok: false,
      issues: [{ path: [], code: "deadline.empty", message: "Chưa ghi thời hạn hoàn thành." }],
    });
  });

  it.each(["Sớm nhất có thể", "Quý V/2026", "Tháng Năm", "Tháng", "2026"])("does not guess at %j", (raw) => {
    const result = parseDeadline(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0].code).toBe("deadline.unrecognised");
    expect(!result.ok && result.issues[0].message).toContain(`Không hiểu thời hạn “${raw}”`);
  });

  it("points at the part it cannot read and quotes it", () => {
    const result = parseDeadline("(1) Quý I/2026 (2) khi có chỉ đạo");
    expect(result).toMatchObject({ ok: false, issues: [{ path: ["parts", 1], code: "deadline.unrecognised" }] });
    expect(!result.ok && result.issues[0].message).toContain(
      "Không hiểu thời hạn “(1) Quý I/2026 (2) khi có chỉ đạo”: không nhận ra “khi có chỉ đạo”",
    );
  });

  it("fails the whole text when one part is an impossible date", () => {
    expect(parseDeadline("- Kế hoạch: Trước 31/4/2026 - Báo cáo: Hằng quý")).toMatchObject({
      ok: false,
      issues: [{ path: ["parts", 0], code: "deadline.invalid_date" }],
    });
  });
});
