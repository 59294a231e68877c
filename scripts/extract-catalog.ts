/**
 * Extracts the 2026 plan catalog (indicators, tasks) from seeds/000 and seeds/003, and the May 2026
 * report's printed values from seeds/003, into the committed JSON files. Every decision it encodes is
 * written up in src/domain/catalog/data/NOTES.md and src/samples/data/NOTES.md.
 *
 * Run from anywhere: `npx tsx scripts/extract-catalog.ts` (rewrites the JSON files and prints the
 * disagreements between the plan and the report that the notes discuss).
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { IndicatorRow, TaskRow } from "../src/domain/catalog/buildCatalog";
import type { AggregationRule } from "../src/domain/catalog/types";
import type { MeasureUnit } from "../src/domain/language/types";

export type { IndicatorRow, TaskRow };

export interface ReportSample {
  indicators: Record<string, string>;
  tasks: Record<string, { status: string; description: string }>;
}

/** A disagreement found while matching the report against the plan; printed for the notes. */
export interface Finding {
  where: string;
  message: string;
}

export interface Seeds {
  plan: string;
  report: string;
}

export interface Extraction {
  indicators: IndicatorRow[];
  tasks: TaskRow[];
  report: ReportSample;
  findings: Finding[];
}

/** One table row: its cleaned cells and the seed line numbers it was assembled from. */
export interface TableRow {
  cells: string[];
  lines: number[];
}

type TaskField = "lead" | "coordinators" | "product" | "deadline";

/** A repair of conversion damage: fails loudly if the seed no longer prints `printed`. */
interface Repair {
  id: string;
  field: TaskField;
  printed: string;
  repaired: string;
}

const REPAIRS: Repair[] = [
  // The converter printed the whole "Công nghệ" before the page break and "nghệ; …" again after it.
  {
    id: "NV.IV.10",
    field: "coordinators",
    printed: "Sở Khoa học và Công nghệ nghệ; Các sở, ban, ngành",
    repaired: "Sở Khoa học và Công nghệ; Các sở, ban, ngành",
  },
  // A vertically merged cell cut by the page break: its second half landed on the next page's first row.
  {
    id: "NV.V.5.a",
    field: "coordinators",
    printed: "Các sở, ban, ngành, UBND các",
    repaired: "Các sở, ban, ngành, UBND các xã, phường",
  },
  { id: "NV.V.5.c", field: "coordinators", printed: "xã, phường", repaired: "" },
];

/** The programme of the tasks of 000's Phụ lục II (see src/domain/catalog/data/NOTES.md). */
export const CDS_PROGRAMME_ID = "CDS-2026";

/** Parents whose sub-rows share vertically merged cells: an empty cell repeats the row above. */
const VERTICALLY_MERGED_PARENTS = ["NV.V.5"];

const AGGREGATION: Record<string, [AggregationRule, string]> = {
  "KHCN.I.1": [
    "per_population",
    "Mỗi sở, ban, ngành, xã, phường, trường và trung tâm nghiên cứu báo cáo số người làm công tác nghiên cứu của mình; tỉnh cộng lại rồi chia cho số dân của tỉnh, nhân 10.000 (chỉ tiêu tính trên 01 vạn dân).",
  ],
  "KHCN.II.1": [
    "lead_value",
    "Sở Khoa học và Công nghệ quản lý danh sách doanh nghiệp khoa học và công nghệ của toàn tỉnh.",
  ],
  "KHCN.II.2": [
    "lead_value",
    "Sở Khoa học và Công nghệ nắm số tổ chức khoa học và công nghệ công lập trực thuộc tỉnh.",
  ],
  "KHCN.II.3": [
    "lead_value",
    "Công trình khoa học và công nghệ cấp tỉnh do Sở Khoa học và Công nghệ nghiệm thu; Sở báo cáo số liệu toàn tỉnh.",
  ],
  "KHCN.II.4": ["sum", "Mỗi đơn vị báo cáo số cán bộ nghiên cứu khoa học và công nghệ của mình; tỉnh cộng lại."],
  "KHCN.II.5": [
    "lead_value",
    "Nhiệm vụ khoa học và công nghệ cấp tỉnh được phê duyệt qua Sở Khoa học và Công nghệ; Sở báo cáo số nhiệm vụ.",
  ],
  "KHCN.II.6": [
    "lead_value",
    "Sở Khoa học và Công nghệ theo dõi các nhiệm vụ đã nghiệm thu và báo cáo tỷ lệ được ứng dụng thực tiễn.",
  ],
  "KHCN.II.7": [
    "ratio",
    "Mỗi xã, phường báo cáo số doanh nghiệp nhỏ và vừa có hợp tác với viện, trường trên tổng số doanh nghiệp nhỏ và vừa; tỉnh cộng tử số và mẫu số.",
  ],
  "KHCN.II.8": [
    "ratio",
    "Mỗi xã, phường báo cáo số doanh nghiệp, HTX sử dụng kết quả nghiên cứu trên tổng số doanh nghiệp, HTX; tỉnh cộng tử số và mẫu số.",
  ],
  "KHCN.II.9": ["sum", "Mỗi đơn vị có tác giả báo cáo số bài báo Scopus/ISI của mình; tỉnh cộng lại."],
  "KHCN.III.1": [
    "lead_value",
    "Sở Khoa học và Công nghệ công nhận doanh nghiệp khởi nghiệp sáng tạo và báo cáo số liệu toàn tỉnh.",
  ],
  "KHCN.III.2": ["lead_value", "Sở Khoa học và Công nghệ báo cáo số vườn ươm, trung tâm đổi mới sáng tạo của tỉnh."],
  "KHCN.III.3": [
    "ratio",
    "Mỗi xã, phường báo cáo số doanh nghiệp có đổi mới quy trình, mô hình kinh doanh trên tổng số doanh nghiệp; tỉnh cộng tử số và mẫu số.",
  ],
  "KHCN.III.4": [
    "lead_value",
    "Sở Khoa học và Công nghệ báo cáo số sản phẩm đổi mới sáng tạo được thương mại hóa của tỉnh.",
  ],
  "KHCN.III.5": [
    "sum",
    "Mỗi đơn vị có tác giả báo cáo số bài báo khoa học ứng dụng về đổi mới sáng tạo; tỉnh cộng lại.",
  ],
  "KHCN.III.6": [
    "lead_value",
    "Sáng kiến trong khu vực công được công nhận qua Sở Khoa học và Công nghệ; Sở báo cáo số sáng kiến.",
  ],
  "CDS.I.1": [
    "lead_value",
    "Tỷ lệ phủ sóng 5G là số liệu toàn tỉnh do Sở Khoa học và Công nghệ tổng hợp từ các doanh nghiệp viễn thông.",
  ],
  "CDS.I.2": [
    "lead_value",
    "Tỷ lệ truy cập băng rộng cố định tốc độ gigabit là số liệu toàn tỉnh do Sở Khoa học và Công nghệ tổng hợp từ các doanh nghiệp viễn thông.",
  ],
  "CDS.II.1": ["lead_value", "Tỷ lệ chi cho chuyển đổi số do Sở Tài chính tính từ ngân sách địa phương."],
  "CDS.II.2": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số cán bộ, công chức, viên chức của mình được đào tạo, bồi dưỡng trên tổng số cán bộ, công chức, viên chức; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.II.3": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số cán bộ chuyên trách CNTT, CĐS của mình được đào tạo về quản trị dữ liệu trên tổng số cán bộ chuyên trách; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.II.4": [
    "ratio",
    "Mỗi xã, phường báo cáo số cán bộ, công chức, viên chức của mình có trang thiết bị và chữ ký số cá nhân trên tổng số cán bộ, công chức, viên chức; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.II.5": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số công chức phụ trách CĐS của mình được bồi dưỡng chuyên sâu trên tổng số công chức phụ trách CĐS (báo cáo ghi các đơn vị này chủ trì); tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.II.6": [
    "ratio",
    "Mỗi xã, phường báo cáo số doanh nghiệp, HTX được tập huấn trên tổng số doanh nghiệp, HTX trên địa bàn; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.II.7": [
    "lead_value",
    "Sở Giáo dục và Đào tạo báo cáo tỷ lệ học sinh, sinh viên được tập huấn kỹ năng số của toàn tỉnh.",
  ],
  "CDS.II.7b": [
    "ratio",
    "Mỗi xã, phường báo cáo số thành viên Tổ công nghệ số cộng đồng được tập huấn trên tổng số thành viên; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.II.8": ["lead_value", "Dòng tiêu đề nhóm, không báo cáo số liệu."],
  "CDS.II.8.1": ["lead_value", "Sở Y tế báo cáo tỷ lệ dân số trưởng thành sử dụng dịch vụ y tế số trên toàn tỉnh."],
  "CDS.II.8.2": [
    "lead_value",
    "Sở Giáo dục và Đào tạo báo cáo tỷ lệ dân số trưởng thành sử dụng dịch vụ giáo dục số trên toàn tỉnh.",
  ],
  "CDS.II.8.3": [
    "lead_value",
    "Bảo hiểm xã hội tỉnh báo cáo tỷ lệ dân số trưởng thành sử dụng dịch vụ bảo hiểm số trên toàn tỉnh.",
  ],
  "CDS.II.8.4": [
    "lead_value",
    "Sở Xây dựng báo cáo tỷ lệ dân số trưởng thành sử dụng dịch vụ giao thông số trên toàn tỉnh.",
  ],
  "CDS.III.1": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số TTHC của mình được giải quyết phi địa giới hành chính trên tổng số TTHC; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.2": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số TTHC liên quan đến sản xuất, kinh doanh của mình được thực hiện trực tuyến trên tổng số TTHC đó; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.3": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số giao dịch hành chính phi tiếp xúc của mình trên tổng số giao dịch; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.4": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số hồ sơ TTHC của mình được số hóa trên tổng số hồ sơ; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.5": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số hồ sơ trực tuyến toàn trình của mình được xử lý hoàn toàn trực tuyến trên tổng số hồ sơ trực tuyến toàn trình; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.6": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số TTHC của mình cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC đủ điều kiện; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.7": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số TTHC của mình cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC của mình; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.8": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số TTHC liên quan đến sản xuất, kinh doanh của mình chỉ yêu cầu cung cấp giấy tờ một lần trên tổng số TTHC đó; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.9": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số TTHC của mình được thực hiện không phụ thuộc địa giới hành chính trong tỉnh trên tổng số TTHC; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.10": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số TTHC đủ điều kiện liên quan đến doanh nghiệp của mình được cung cấp trực tuyến trên tổng số TTHC đó; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.11": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số lượt đánh giá hài lòng trở lên trên tổng số lượt đánh giá nhận được; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.12": [
    "ratio",
    "Mỗi sở, ban, ngành báo cáo số hệ thống thông tin của mình vận hành trên nền tảng điện toán đám mây trên tổng số hệ thống; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.13": [
    "ratio",
    "Mỗi sở, ban, ngành báo cáo số cơ sở dữ liệu của mình được số hóa và liên thông tới Trung ương trên tổng số cơ sở dữ liệu; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.14": [
    "ratio",
    "Mỗi sở, ban, ngành báo cáo số cơ sở dữ liệu dùng chung của mình đã kết nối với LGSP trên tổng số cơ sở dữ liệu dùng chung; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.15": [
    "share_of_units",
    "Đếm số xã, phường sử dụng phần mềm quản trị điều hành thống nhất trên tổng số 75 xã, phường.",
  ],
  "CDS.III.16": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số lãnh đạo, cán bộ, công chức của mình xử lý công việc trên môi trường mạng và dùng chữ ký số trên tổng số lãnh đạo, cán bộ, công chức; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.17": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số báo cáo của mình được kết nối với hệ thống dùng chung trên tổng số báo cáo; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.18": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số hồ sơ công việc của mình được xử lý trên môi trường điện tử trên tổng số hồ sơ công việc; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.19": [
    "ratio",
    "Mỗi sở, ban, ngành và xã, phường báo cáo số văn bản, hồ sơ công việc của mình được xử lý toàn trình trên môi trường điện tử trên tổng số văn bản, hồ sơ; tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.20": [
    "ratio",
    "Mỗi xã, phường báo cáo số doanh nghiệp nhỏ và vừa ứng dụng công nghệ số trên tổng số doanh nghiệp nhỏ và vừa (báo cáo ghi UBND cấp xã chủ trì); tỉnh cộng tử số và mẫu số.",
  ],
  "CDS.III.21": ["lead_value", "Số tài khoản VNeID toàn tỉnh do Công an tỉnh cung cấp."],
  "CDS.III.22": [
    "lead_value",
    "Số người có chữ ký số toàn tỉnh do Sở Khoa học và Công nghệ tổng hợp từ các nhà cung cấp dịch vụ.",
  ],
  "CDS.III.23": ["lead_value", "Quy mô kinh tế số trong GRDP là số liệu thống kê (báo cáo ghi Thống kê tỉnh chủ trì)."],
};

const BLOCK_TAG = /<\/?(p|li|ul|ol|br)\b[^>]*>/gi;

function latexToText(latex: string): string {
  return latex.replace(/\\geq/g, "≥").replace(/\\leq/g, "≤").replace(/\\%/g, "%").trim();
}

/** HTML and LaTeX out, paragraphs and list items as lines, spaces collapsed, NFC. */
export function cleanCell(raw: string): string {
  const text = raw
    .replace(/\$([^$]*)\$/g, (_, latex: string) => latexToText(latex))
    .replace(BLOCK_TAG, "\n")
    .replace(/<[^>]+>/g, "");
  return text
    .normalize("NFC")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** A cell cut by a page break: a finished sentence starts a new line, anything else runs on. */
function joinSplitCell(before: string, after: string): string {
  if (before === "") return after;
  if (after === "") return before;
  return /[.!?]$/.test(before) ? `${before}\n${after}` : `${before} ${after}`;
}

function isHeaderRow(cells: string[]): boolean {
  return cells[0] === "STT";
}

/** "---\t--\t--" lines are Markdown table rules left by the converter. */
function isRuleRow(cells: string[]): boolean {
  return cells.every((cell) => /^-*$/.test(cell)) && cells.some((cell) => cell.startsWith("--"));
}

/** The converter drops empty cells of some continuation rows: their first text is the name, their last the last column. */
function alignShortRow(cells: string[], width: number): string[] {
  if (cells.length >= width) return cells.slice(0, width);
  if (cells.slice(1, -1).some((cell) => cell !== "")) throw new Error(`Cannot align short row: ${cells.join(" | ")}`);
  const aligned = new Array<string>(width).fill("");
  aligned[1] = cells[0];
  aligned[width - 1] = cells[cells.length - 1];
  return aligned;
}

/** Tab-separated rows of one table: repeated headers dropped, page-break continuations merged cell by cell. */
export function readTable(
  lines: { text: string; line: number }[],
  width: number,
  standsAlone: (cells: string[]) => boolean = () => false,
): TableRow[] {
  const rows: TableRow[] = [];
  for (const { text, line } of lines) {
    if (!text.includes("\t")) continue;
    const printed = text.split("\t").map(cleanCell);
    if (isHeaderRow(printed) || isRuleRow(printed) || printed.every((cell) => cell === "")) continue;
    const cells = alignShortRow(printed, width);
    const previous = rows[rows.length - 1];
    if (cells[0] === "" && previous && !standsAlone(cells)) {
      previous.cells = previous.cells.map((cell, i) => joinSplitCell(cell, cells[i]));
      previous.lines.push(line);
    } else {
      rows.push({ cells, lines: [line] });
    }
  }
  return rows;
}

function numberedLines(text: string): { text: string; line: number }[] {
  return text.split("\n").map((line, i) => ({ text: line, line: i + 1 }));
}

/** The lines after the first line matching `start` (searched from `from`) up to the next line matching `end`. */
export function section(text: string, start: RegExp, end: RegExp | null, from: RegExp | null = null) {
  const lines = numberedLines(text);
  const origin = from ? lines.findIndex((l) => from.test(l.text)) : 0;
  const first = lines.findIndex((l, i) => i >= origin && start.test(l.text));
  if (first < 0) throw new Error(`Section ${start} not found`);
  const last = end ? lines.findIndex((l, i) => i > first && end.test(l.text)) : -1;
  return lines.slice(first + 1, last < 0 ? lines.length : last);
}

export function isGroupRow(cells: string[]): boolean {
  return /^[IVX]+$/.test(cells[0]);
}

function inferMeasure(name: string, target: string): MeasureUnit {
  if (/^Tỷ lệ|^Quy mô/.test(name) || /%/.test(name + target)) return "percent";
  if (/^(Có|Tăng)\s/.test(name)) return "count";
  throw new Error(`No measure for "${name}"`);
}

function aggregationOf(id: string): { rule: AggregationRule; reason: string } {
  const entry = AGGREGATION[id];
  if (!entry) throw new Error(`No aggregation rule for ${id}`);
  return { rule: entry[0], reason: entry[1] };
}

/**
 * Indicator rows of one table (STT, name, 2025 result, 2026 target, lead, then coordinators in the plan
 * or the month's result in the report); `prefix` and `part` name the family (CDS/B from 000, KHCN/A from 003).
 */
function indicatorRows(rows: TableRow[], prefix: string, part: "A" | "B", hasCoordinators: boolean): IndicatorRow[] {
  const indicators: IndicatorRow[] = [];
  let group = "";
  let groupTitle = "";
  for (const { cells } of rows) {
    if (isGroupRow(cells)) {
      [group, groupTitle] = cells;
      continue;
    }
    const [stt, name] = cells;
    const printedId = `${prefix}.${group}.${stt}`;
    const id = indicators.some((i) => i.id === printedId) ? `${printedId}b` : printedId;
    const [, , result2025, target2026, lead, coordinators] = cells;
    const isHeading = cells.slice(2).every((cell) => cell === "");
    indicators.push({
      id,
      part,
      group,
      groupTitle,
      stt,
      name,
      ...(stt.includes(".") ? { parentId: `${prefix}.${group}.${stt.split(".")[0]}` } : {}),
      isHeading,
      result2025,
      target2026,
      lead,
      coordinators: hasCoordinators ? coordinators : "",
      measure: isHeading ? "none" : inferMeasure(name, target2026),
      aggregation: aggregationOf(id),
    });
  }
  return indicators;
}

function reportIndicatorTables(report: string): { partA: TableRow[]; partB: TableRow[] } {
  const appendix = /^Phụ lục II$/;
  return {
    partA: readTable(section(report, appendix, /^B\. CHUYỂN ĐỔI SỐ/), 6),
    partB: readTable(section(report, /^B\. CHUYỂN ĐỔI SỐ/, /^Phụ lục III/, appendix), 6),
  };
}

export function extractIndicators(seeds: Seeds): IndicatorRow[] {
  const plan = readTable(section(seeds.plan, /^\*\*Phụ lục I\*\*/, /^\*\*Phụ lục II\*\*/), 6);
  const { partA } = reportIndicatorTables(seeds.report);
  return [...indicatorRows(partA, "KHCN", "A", false), ...indicatorRows(plan, "CDS", "B", true)];
}

function applyRepairs(tasks: TaskRow[], repairs: Repair[]): void {
  for (const repair of repairs) {
    const task = tasks.find((t) => t.id === repair.id);
    if (!task || task[repair.field] !== repair.printed) {
      throw new Error(`Repair of ${repair.id}.${repair.field} no longer matches the seed`);
    }
    task[repair.field] = repair.repaired;
  }
}

function fillVerticallyMergedCells(tasks: TaskRow[], parentId: string): void {
  const children = tasks.filter((t) => t.parentId === parentId);
  const fields: TaskField[] = ["lead", "coordinators", "product", "deadline"];
  children.slice(1).forEach((child, i) => {
    for (const field of fields) {
      if (child[field] === "") child[field] = children[i][field];
    }
  });
}

export function extractTasks(seeds: Seeds): TaskRow[] {
  const rows = readTable(section(seeds.plan, /^\*\*Phụ lục II\*\*/, null), 6);
  const tasks: TaskRow[] = [];
  let group = "";
  let groupTitle = "";
  let parent: TaskRow | undefined;
  let letter = 0;
  rows.forEach(({ cells }, i) => {
    if (isGroupRow(cells)) {
      [group, groupTitle] = cells;
      return;
    }
    const [stt, name, lead, coordinators, product, deadline] = cells;
    const next = rows[i + 1]?.cells[0] ?? "";
    const isSubRow = stt === "-" || stt.includes(".");
    const isHeading = !isSubRow && (next === "-" || next.startsWith(`${stt}.`));
    const id = stt === "-" ? `${parent?.id}.${String.fromCharCode(97 + letter++)}` : `NV.${group}.${stt}`;
    const task: TaskRow = {
      id,
      programmeId: CDS_PROGRAMME_ID,
      ...(isSubRow ? { parentId: parent?.id } : {}),
      group,
      groupTitle,
      stt,
      name,
      isHeading,
      lead,
      coordinators,
      product,
      deadline,
    };
    if (isHeading) {
      parent = task;
      letter = 0;
    }
    tasks.push(task);
  });
  applyRepairs(tasks, REPAIRS);
  VERTICALLY_MERGED_PARENTS.forEach((parentId) => fillVerticallyMergedCells(tasks, parentId));
  return tasks;
}

/** Case-, punctuation- and list-marker-blind form for comparing texts printed twice (keeps "≥", "%"). */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}≥≤%]+/gu, " ")
    .trim();
}

/** Also blind to diacritics, so typos such as "THẺ CHẾ" / "THỂ CHẾ" still find their row. */
function accentBlind(text: string): string {
  return comparable(text).normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
}

/** Dice coefficient over accent-blind words: 1 for the same words, 0 for none in common. */
function similarity(a: string, b: string): number {
  const left = accentBlind(a).split(" ");
  const right = accentBlind(b).split(" ");
  const pool = [...right];
  let common = 0;
  for (const word of left) {
    const at = pool.indexOf(word);
    if (at >= 0) {
      common++;
      pool.splice(at, 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

function compareField(findings: Finding[], where: string, field: string, plan: string, report: string): void {
  if (comparable(plan) !== comparable(report)) {
    findings.push({ where, message: `${field}: plan "${plan}" / report "${report}"` });
  }
}

function reportIndicatorValues(seeds: Seeds, catalog: IndicatorRow[], findings: Finding[]): Record<string, string> {
  const { partA, partB } = reportIndicatorTables(seeds.report);
  const values: Record<string, string> = {};
  const read = (rows: TableRow[], prefix: string) => {
    let group = "";
    for (const { cells, lines } of rows) {
      if (isGroupRow(cells)) {
        group = cells[0];
        continue;
      }
      const printedId = `${prefix}.${group}.${cells[0]}`;
      const id = printedId in values ? `${printedId}b` : printedId;
      const where = `003 line ${lines[0]} (${id})`;
      const indicator = catalog.find((i) => i.id === id);
      if (!indicator) {
        findings.push({ where, message: `no catalog indicator ${id}` });
        continue;
      }
      compareField(findings, where, "name", indicator.name, cells[1]);
      compareField(findings, where, "result2025", indicator.result2025, cells[2]);
      compareField(findings, where, "target2026", indicator.target2026, cells[3]);
      compareField(findings, where, "lead", indicator.lead, cells[4]);
      if (!indicator.isHeading) values[id] = cells[5];
    }
  };
  read(partA, "KHCN");
  read(partB, "CDS");
  return values;
}

const MIN_NAME_SIMILARITY = 0.8;

function bestTaskMatch(candidates: TaskRow[], name: string): TaskRow | undefined {
  const scored = candidates
    .map((task) => ({ task, score: similarity(task.name, name) }))
    .sort((a, b) => b.score - a.score);
  return scored[0] && scored[0].score >= MIN_NAME_SIMILARITY ? scored[0].task : undefined;
}

function reportTaskValues(seeds: Seeds, catalog: TaskRow[], findings: Finding[]): ReportSample["tasks"] {
  const rows = readTable(section(seeds.report, /^B\. CHUYỂN ĐỔI SỐ/, /^Phụ lục IV/, /^Phụ lục III/), 7);
  const values: ReportSample["tasks"] = {};
  let group: string | undefined;
  for (const { cells, lines } of rows) {
    const [stt, name, lead, product, deadline, status, description] = cells;
    if (isGroupRow(cells)) {
      const planned = catalog.find((t) => accentBlind(t.groupTitle) === accentBlind(name));
      const where = `003 line ${lines[0]} (group ${stt})`;
      group = planned?.group;
      if (!planned) findings.push({ where, message: `no catalog group titled "${name}"` });
      else if (planned.group !== stt)
        findings.push({ where, message: `"${name}" is group ${planned.group} of the plan` });
      if (planned) compareField(findings, where, "group title", planned.groupTitle, name);
      continue;
    }
    const where = `003 line ${lines[0]} (${group} ${stt})`;
    const task = bestTaskMatch(
      catalog.filter((t) => t.group === group),
      name,
    );
    if (!task) {
      findings.push({ where, message: `no catalog task named "${name}"` });
      continue;
    }
    if (task.stt !== stt) findings.push({ where, message: `STT ${stt} is ${task.id} in the plan` });
    compareField(findings, where, "name", task.name, name);
    compareField(findings, where, "lead", task.lead, lead);
    compareField(findings, where, "product", task.product, product);
    compareField(findings, where, "deadline", task.deadline, deadline);
    if (!task.isHeading) values[task.id] = { status, description };
  }
  return values;
}

export function extractAll(seeds: Seeds): Extraction {
  const indicators = extractIndicators(seeds);
  const tasks = extractTasks(seeds);
  const findings: Finding[] = [];
  const report: ReportSample = {
    indicators: reportIndicatorValues(seeds, indicators, findings),
    tasks: reportTaskValues(seeds, tasks, findings),
  };
  return { indicators, tasks, report, findings };
}

export const REPO_ROOT = resolve(__dirname, "..");

export const OUTPUT_FILES = {
  indicators: "src/domain/catalog/data/indicators.json",
  tasks: "src/domain/catalog/data/tasks.json",
  report: "src/samples/data/report-2026-05.json",
};

export function seedText(prefix: string): string {
  const dir = join(REPO_ROOT, "seeds");
  const file = readdirSync(dir).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`No seed ${prefix}* in ${dir}`);
  return readFileSync(join(dir, file), "utf8");
}

export function readSeeds(): Seeds {
  return { plan: seedText("000_"), report: seedText("003_") };
}

export function writeJson(relativePath: string, value: unknown): void {
  const path = join(REPO_ROOT, relativePath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`, "utf8");
}

function main(): void {
  const { indicators, tasks, report, findings } = extractAll(readSeeds());
  writeJson(OUTPUT_FILES.indicators, indicators);
  writeJson(OUTPUT_FILES.tasks, tasks);
  writeJson(OUTPUT_FILES.report, report);
  console.log(`${indicators.length} indicator rows, ${tasks.length} task rows written.`);
  for (const finding of findings) console.log(`${finding.where}: ${finding.message}`);
}

if (require.main === module) main();
