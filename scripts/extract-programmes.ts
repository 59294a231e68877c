/**
 * Extracts the task programmes other than the CĐS plan: the KHCN plan's tasks printed in 003 Phụ lục III
 * part A, the 2025 tasks carried over (003 Phụ lục IV, one programme per source) and the dated assignments
 * of the official letter 002. Every decision is written up in src/domain/catalog/data/NOTES.md.
 *
 * Run from anywhere: `npx tsx scripts/extract-programmes.ts` (after extract-catalog.ts, which writes the CĐS plan).
 */
import type { TaskRow } from "../src/domain/catalog/buildCatalog";
import type { TaskProgramme } from "../src/domain/catalog/types";
import {
  CDS_PROGRAMME_ID,
  cleanCell,
  isGroupRow,
  readTable,
  section,
  seedText,
  writeJson,
  type TableRow,
} from "./extract-catalog";

export interface ProgrammeSeeds {
  report: string;
  letter: string;
}

/** What 003 printed for a task outside the CĐS plan: its progress and its result text. */
export type ProgrammeReportValues = Record<string, { status: string; description: string }>;

export interface ProgrammeExtraction {
  programmes: TaskProgramme[];
  tasks: TaskRow[];
  report: ProgrammeReportValues;
}

const KHCN = "KHCN-2026";

/** 003 spells Đ as D in two headings ("BCDTW", "BCD1363"); the programme titles carry the right letter. */
const SPELLING_REPAIRS: [RegExp, string][] = [
  [/\bBCDTW\b/g, "BCĐTW"],
  [/\bBCD1363\b/g, "BCĐ1363"],
];

function repairSpelling(text: string): string {
  return SPELLING_REPAIRS.reduce((fixed, [wrong, right]) => fixed.replace(wrong, right), text);
}

/** A carried-over source as 003 Phụ lục IV prints it: its heading line, where to look for it, its columns. */
interface CarriedOverSource {
  id: string;
  part: "A" | "B";
  heading: RegExp;
  /** The heading is searched from the first line matching this. */
  from: RegExp;
  end: RegExp | null;
  /** Column order of the table: A has "Báo cáo kết quả …" then "Tiến độ"; B has "Tiến độ" then "Mô tả …". */
  resultFirst: boolean;
  partial: boolean;
  source: string;
}

const CARRIED_OVER: CarriedOverSource[] = [
  {
    id: "CT2025-A1",
    part: "A",
    heading: /^1\. Nhiệm vụ tại các Thông báo, Kết luận/,
    from: /^Phụ lục IV$/,
    end: /^2\. Nhiệm vụ Kế hoạch số 01/,
    resultFirst: true,
    partial: false,
    source: "Các Thông báo, Kết luận của Ban Chỉ đạo Trung ương",
  },
  {
    id: "CT2025-A2",
    part: "A",
    heading: /^2\. Nhiệm vụ Kế hoạch số 01/,
    from: /^Phụ lục IV$/,
    end: /^B\. CHUYỂN ĐỔI SỐ/,
    resultFirst: true,
    partial: false,
    source: "Kế hoạch số 01-KH/BCĐ1363 của Ban Chỉ đạo 1363",
  },
  {
    id: "CT2025-B1",
    part: "B",
    heading: /^1\. Nhiệm vụ Nghị quyết số 71\/NQ-CP/,
    from: /^Phụ lục IV$/,
    end: /^2\. Nhiệm vụ Kế hoạch số 01/,
    resultFirst: false,
    partial: true,
    source: "Nghị quyết số 71/NQ-CP của Chính phủ",
  },
  {
    id: "CT2025-B2",
    part: "B",
    heading: /^2\. Nhiệm vụ Kế hoạch số 01/,
    from: /^1\. Nhiệm vụ Nghị quyết số 71\/NQ-CP/,
    end: null,
    resultFirst: false,
    partial: true,
    source: "Kế hoạch số 01-KH/BCĐ1363 của Ban Chỉ đạo 1363",
  },
];

/** Sub-headings of 003 Phụ lục III part A group II: rows with no STT that are not a page-break continuation. */
const KHCN_SUBHEADINGS = ["Nhiệm vụ khoa học công nghệ", "Nhiệm vụ đổi mới sáng tạo"];

/** A cell 003 left empty or damaged, filled or repaired; fails loudly if the seed no longer prints `printed`. */
interface CellRepair {
  id: string;
  field: "lead" | "product";
  printed: string;
  repaired: string;
}

const KHCN_REPAIRS: CellRepair[] = [
  // Both resolutions are the ones letter 002 (item 2) assigns to Sở Khoa học và Công nghệ.
  { id: "KHCN.NV.I.3", field: "lead", printed: "", repaired: "Sở Khoa học và Công nghệ" },
  { id: "KHCN.NV.I.4", field: "lead", printed: "", repaired: "Sở Khoa học và Công nghệ" },
  // Its result text says "Sở Khoa học và Công nghệ đã ban hành Công văn số 803/SKH-CN-KH&CN …".
  { id: "KHCN.NV.II.9", field: "lead", printed: "", repaired: "Sở Khoa học và Công nghệ" },
  // A stray comma after the one product.
  { id: "KHCN.NV.I.1", field: "product", printed: "Nghị quyết,", repaired: "Nghị quyết" },
];

function applyRepairs(tasks: TaskRow[], repairs: CellRepair[]): void {
  for (const repair of repairs) {
    const task = tasks.find((t) => t.id === repair.id);
    if (!task || task[repair.field] !== repair.printed) throw new Error(`Repair of ${repair.id} no longer matches`);
    task[repair.field] = repair.repaired;
  }
}

/** 003 Phụ lục III part A: 9 of the KHCN plan's 28 tasks, with their groups and sub-headings. */
function khcnPlan(report: string): { tasks: TaskRow[]; values: ProgrammeReportValues } {
  const lines = section(report, /^Phụ lục III\*\*/, /^B\. CHUYỂN ĐỔI SỐ/);
  const standsAlone = (cells: string[]) => KHCN_SUBHEADINGS.includes(cells[1]);
  const rows = readTable(lines, 7, standsAlone);
  const tasks: TaskRow[] = [];
  const values: ProgrammeReportValues = {};
  let group = "";
  let groupTitle = "";
  let heading: TaskRow | undefined;
  for (const { cells } of rows) {
    const [stt, name, lead, product, deadline, status, description] = cells;
    if (isGroupRow(cells)) {
      [group, groupTitle] = cells;
      heading = undefined;
      continue;
    }
    const base = { programmeId: KHCN, group, groupTitle, coordinators: "" };
    if (standsAlone(cells)) {
      const index = KHCN_SUBHEADINGS.indexOf(name) + 1;
      heading = {
        ...base,
        id: `KHCN.NV.${group}.H${index}`,
        stt: "",
        name,
        isHeading: true,
        lead: "",
        product: "",
        deadline: "",
      };
      tasks.push(heading);
      continue;
    }
    const id = `KHCN.NV.${group}.${stt}`;
    tasks.push({
      ...base,
      id,
      ...(heading && { parentId: heading.id }),
      stt,
      name,
      isHeading: false,
      lead,
      product,
      deadline,
    });
    values[id] = { status, description };
  }
  applyRepairs(tasks, KHCN_REPAIRS);
  return { tasks, values };
}

function carriedOver(
  report: string,
  source: CarriedOverSource,
): { programme: TaskProgramme; tasks: TaskRow[]; values: ProgrammeReportValues } {
  const lines = report.split("\n");
  const headingLine = lines.slice(lines.findIndex((l) => source.from.test(l))).find((l) => source.heading.test(l));
  if (!headingLine) throw new Error(`Heading of ${source.id} not found`);
  const title = repairSpelling(cleanCell(headingLine.replace(/^\d+\.\s*/, "")));
  const body = section(report, source.heading, source.end, source.from);
  const headerCells =
    body
      .find((l) => l.text.startsWith("STT\t"))
      ?.text.split("\t")
      .map(cleanCell) ?? [];
  const rows: TableRow[] = readTable(body, 6);
  const tasks: TaskRow[] = [];
  const values: ProgrammeReportValues = {};
  for (const { cells } of rows) {
    const [stt, name, lead, deadline] = cells;
    const [result, status] = source.resultFirst ? [cells[4], cells[5]] : [cells[5], cells[4]];
    const id = `${source.id.replace("-", ".")}.${stt}`;
    const common = { group: "", groupTitle: "", coordinators: "", product: "" };
    tasks.push({ id, programmeId: source.id, ...common, stt, name, isHeading: false, lead, deadline });
    values[id] = { status, description: result };
  }
  const programme: TaskProgramme = {
    id: source.id,
    kind: "carried_over",
    part: source.part,
    title,
    source: source.source,
    partial: source.partial,
    ...(source.resultFirst && { resultHeader: headerCells[4] }),
  };
  return { programme, tasks, values };
}

/** One instruction of letter 002: the words quoted must appear in the letter (markdown and line breaks aside). */
interface Assignment {
  id: string;
  group: string;
  groupTitle: string;
  stt: string;
  name: string;
  lead: string;
  /** The unit the letter charges with "theo dõi, đôn đốc, hướng dẫn". */
  coordinators: string;
  /** As printed; `filled` when the letter sets none and the value is this catalog's decision. */
  deadline: string;
  filled?: boolean;
}

const ALL_UNITS = "Các sở, ban, ngành, UBND các xã, phường";
const SKHCN = "Sở Khoa học và Công nghệ";

const ASSIGNMENTS: Assignment[] = [
  {
    id: "GV.1.1",
    group: "1",
    groupTitle: ALL_UNITS,
    stt: "(1)",
    name: "Tổ chức thực hiện đồng bộ, có hiệu quả các nhiệm vụ, giải pháp nhằm nâng cao chỉ số đổi mới sáng tạo, chỉ số chuyển đổi số của tỉnh năm 2026",
    lead: ALL_UNITS,
    coordinators: SKHCN,
    deadline: "Năm 2026",
    filled: true,
  },
  {
    id: "GV.1.2",
    group: "1",
    groupTitle: ALL_UNITS,
    stt: "(2)",
    name: "Triển khai thực hiện Chỉ thị số 57-CT/TW ngày 31/12/2025 của Ban Bí thư Trung ương Đảng và Chương trình hành động số 09-CTr/TU ngày 04/3/2026 của Ban Thường vụ Tỉnh ủy về tăng cường bảo đảm an ninh mạng, bảo mật thông tin, an ninh dữ liệu trong hệ thống chính trị bảo đảm theo đúng chỉ đạo của Chính phủ và hướng dẫn của các bộ, ngành Trung ương",
    lead: ALL_UNITS,
    coordinators: "Công an tỉnh",
    deadline: "Thường xuyên",
    filled: true,
  },
  {
    id: "GV.1.3",
    group: "1",
    groupTitle: ALL_UNITS,
    stt: "(3)",
    name: "Chủ động rà soát nâng cấp đường truyền Internet, bảo đảm ổn định, đặc biệt tại các địa bàn vùng sâu, vùng xa, khu vực biên giới",
    lead: ALL_UNITS,
    coordinators: SKHCN,
    deadline: "Thường xuyên",
    filled: true,
  },
  {
    id: "GV.1.4",
    group: "1",
    groupTitle: ALL_UNITS,
    stt: "(4)",
    name: "Chỉ đạo các cơ quan, đơn vị huy động mọi nguồn lực để khắc phục ngay những lỗ hổng bảo mật trong các hệ thống thông tin",
    lead: ALL_UNITS,
    coordinators: "Công an tỉnh",
    deadline: "hoàn thành trong tháng 4/2026",
  },
  {
    id: "GV.1.5",
    group: "1",
    groupTitle: ALL_UNITS,
    stt: "(5)",
    name: "Xây dựng phương án ứng cứu sự cố an ninh mạng cho hệ thống thuộc phạm vi quản lý, thực hiện công tác giám sát, điều phối, ứng phó xử lý sự cố (trừ các hệ thống thông tin trong lĩnh vực quân sự, quốc phòng và cơ yếu)",
    lead: ALL_UNITS,
    coordinators: "Công an tỉnh",
    deadline: "hoàn thành trong tháng 5/2026",
  },
  {
    id: "GV.2",
    group: "2",
    groupTitle: SKHCN,
    stt: "-",
    name: "Nghiên cứu, đề xuất trình Hội đồng nhân dân tỉnh xem xét ban hành Nghị quyết Quy định nội dung và mức chi quản lý hoạt động khoa học, công nghệ và đổi mới sáng tạo có sử dụng ngân sách nhà nước thuộc phạm vi quản lý của tỉnh Sơn La; Nghị quyết quy định nội dung và mức chi thực hiện chương trình, nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo; hỗ trợ hoạt động khoa học, công nghệ và đổi mới sáng tạo có sử dụng ngân sách nhà nước thuộc phạm vi quản lý của tỉnh Sơn La",
    lead: SKHCN,
    coordinators: "",
    deadline: "hoàn thành trong tháng 5/2026",
  },
  {
    id: "GV.3.a",
    group: "3",
    groupTitle: "Sở Tài chính",
    stt: "-",
    name: "Chủ trì, tham mưu bố trí kinh phí để đảm bảo hạ tầng hiện đại, đồng bộ, đáp ứng các yêu cầu của nhiệm vụ chuyển đổi số, ưu tiên các dự án chuyển đổi số phục vụ vận hành chính quyền địa phương 2 cấp, đặc biệt đối với cấp xã",
    lead: "Sở Tài chính",
    coordinators: "",
    deadline: "Hoàn thành trước ngày 30/6/2026",
  },
  {
    id: "GV.3.b",
    group: "3",
    groupTitle: "Sở Tài chính",
    stt: "-",
    name: "Chủ trì, phối hợp với các đơn vị có liên quan tham mưu, xây dựng phương án bố trí kinh phí triển khai xây dựng và duy trì nền tảng “Bình dân học vụ số”, kinh phí triển khai hỗ trợ tổ công nghệ số cộng đồng, mạng lưới đại sứ số, mô hình chợ số - nông thôn số, kinh phí tuyên truyền nâng cao kỹ năng số và kinh phí khác phục vụ triển khai phong trào “Bình dân học vụ số” và tuyên truyền phục vụ triển khai Đề án 06",
    lead: "Sở Tài chính",
    coordinators: "",
    deadline: "hoàn thành trong tháng 6/2026",
  },
  {
    id: "GV.4",
    group: "4",
    groupTitle: "Sở Nông nghiệp và Môi trường",
    stt: "-",
    name: "Triển khai Hệ thống truy xuất nguồn gốc, quản lý chất lượng một số sản phẩm, hàng hóa nông nghiệp chủ lực của tỉnh",
    lead: "Sở Nông nghiệp và Môi trường",
    coordinators: "",
    deadline: "hoàn thành trong quý II/2026",
  },
  {
    id: "GV.5",
    group: "5",
    groupTitle: "Công an tỉnh",
    stt: "-",
    name: "Chủ trì, tổ chức rà soát, đánh giá tổng thể về an ninh mạng, bảo mật thông tin và an ninh dữ liệu đối với các cơ sở dữ liệu, hệ thống thông tin và nguồn nhân lực",
    lead: "Công an tỉnh",
    coordinators: "",
    deadline: "hoàn thành trong quý II/2026",
  },
];

export const ASSIGNMENT_PROGRAMME: TaskProgramme = {
  id: "GV-TB11-2026",
  kind: "assignment",
  part: "B",
  title:
    "Nhiệm vụ giao tại Công văn của UBND tỉnh thực hiện Thông báo số 11-TB/BCĐ ngày 05/4/2026 của Ban Chỉ đạo 2009",
  source: "Công văn số …/UBND-KGVX của UBND tỉnh (V/v thực hiện Kết luận của Thường trực Ban Chỉ đạo tỉnh)",
  partial: false,
};

/** The letter as one line of plain words: markdown bold and line breaks between its words removed. */
function plainWords(text: string): string {
  return text.replace(/\*+/g, "").replace(/\s+/g, " ").normalize("NFC");
}

function assignments(letter: string): TaskRow[] {
  const words = plainWords(letter);
  return ASSIGNMENTS.map(({ filled, ...assignment }) => {
    const quoted = [assignment.name, assignment.lead, ...(filled ? [] : [assignment.deadline])];
    // A name quoted from mid-sentence starts with a capital here ("Nghiên cứu" for "… liên quan nghiên cứu").
    const lowered = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
    const missing = quoted.find((text) => !words.includes(text) && !words.includes(lowered(text)));
    if (missing) throw new Error(`Letter 002 no longer prints "${missing}" (${assignment.id})`);
    return { ...assignment, programmeId: ASSIGNMENT_PROGRAMME.id, isHeading: false, product: "" };
  });
}

/** The programmes in report order (003 section III: the CĐS plan and its carry-overs, then the KHCN plan and its). */
const PROGRAMME_ORDER = [
  CDS_PROGRAMME_ID,
  "CT2025-B1",
  "CT2025-B2",
  KHCN,
  "CT2025-A1",
  "CT2025-A2",
  ASSIGNMENT_PROGRAMME.id,
];

export function extractProgrammes(seeds: ProgrammeSeeds): ProgrammeExtraction {
  const khcn = khcnPlan(seeds.report);
  const carried = CARRIED_OVER.map((source) => carriedOver(seeds.report, source));
  const fixed: TaskProgramme[] = [
    {
      id: CDS_PROGRAMME_ID,
      kind: "plan",
      part: "B",
      title: "Nhiệm vụ Chuyển đổi số năm 2026",
      source: "Quyết định số 1055/QĐ-UBND ngày 29/4/2026",
      partial: false,
    },
    {
      id: KHCN,
      kind: "plan",
      part: "A",
      title: "Nhiệm vụ Khoa học công nghệ, đổi mới sáng tạo năm 2026",
      source: "Quyết định số 34/QĐ-UBND ngày 06/01/2026",
      partial: true,
      declaredTotal: 28,
    },
    ASSIGNMENT_PROGRAMME,
  ];
  const all = [...fixed, ...carried.map((c) => c.programme)];
  const programmes = PROGRAMME_ORDER.map((id) => {
    const programme = all.find((p) => p.id === id);
    if (!programme) throw new Error(`No programme ${id}`);
    return programme;
  });
  const tasksOf: Record<string, TaskRow[]> = {
    [KHCN]: khcn.tasks,
    [ASSIGNMENT_PROGRAMME.id]: assignments(seeds.letter),
    ...Object.fromEntries(carried.map((c) => [c.programme.id, c.tasks])),
  };
  return {
    programmes,
    tasks: PROGRAMME_ORDER.flatMap((id) => tasksOf[id] ?? []),
    report: Object.assign({}, khcn.values, ...carried.map((c) => c.values)),
  };
}

export const PROGRAMME_OUTPUT_FILES = {
  programmes: "src/domain/catalog/data/programmes.json",
  tasks: "src/domain/catalog/data/programme-tasks.json",
  report: "src/samples/data/report-2026-05-programmes.json",
};

export function readProgrammeSeeds(): ProgrammeSeeds {
  return { report: seedText("003_"), letter: seedText("002_") };
}

function main(): void {
  const { programmes, tasks, report } = extractProgrammes(readProgrammeSeeds());
  writeJson(PROGRAMME_OUTPUT_FILES.programmes, programmes);
  writeJson(PROGRAMME_OUTPUT_FILES.tasks, tasks);
  writeJson(PROGRAMME_OUTPUT_FILES.report, report);
  console.log(`${programmes.length} programmes, ${tasks.length} task rows written.`);
}

if (require.main === module) main();
