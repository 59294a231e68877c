import { consolidateAndReport } from "../../../src/domain/report/reportConsolidation";
import type { DocumentOutcome, FileOutcome } from "../../../src/domain/consolidation/types";
import { catalog, period, unitFile } from "./fixtures";

const MAY = period("2026-05");
const AS_OF = "2026-05-14";

function document(number: string, date: string, summary: string, cell = "B5"): DocumentOutcome {
  return { number, date, summary, taskIds: [], cell: { sheet: "Văn bản", cell } };
}

function run(files: FileOutcome[], documentsSince?: string) {
  return consolidateAndReport({
    catalog,
    period: MAY,
    asOf: AS_OF,
    files,
    ...(documentsSince ? { documentsSince } : {}),
  });
}

const PLAN = "ban hành Kế hoạch chuyển đổi số tỉnh Sơn La năm 2026";
const HEALTH = "về việc kế hoạch triển khai hồ sơ bệnh án điện tử";
const OPEN_DATA = "về việc phê duyệt Danh mục dữ liệu mở của các cơ quan nhà nước tỉnh Sơn La";

describe("consolidating the units' documents into Phụ lục I", () => {
  const files = [
    unitFile("so-khcn", {
      documents: [
        document("1055/QĐ-UBND", "2026-04-29", PLAN, "B5"),
        document("978/QĐ-UBND", "2026-04-21", OPEN_DATA, "B6"),
        document("3117/UBND-KGVX", "2026-05-11", "v/v triển khai Quyết định số 804/QĐ-TTg", "B7"),
        document("3111/UBND-KGVX", "2026-05-11", "v/v triển khai một số nội dung", "B8"),
      ],
    }),
    // Sở Y tế comes first in the register and types the plan's decision in a hurry.
    unitFile("so-yt", {
      documents: [document("1055/qd-ubnd", "2026-04-29", PLAN, "B9"), document("2433/UBND-KGVX", "2026-04-14", HEALTH)],
    }),
    unitFile("so-nv", { documents: [document("83/KH-UBND", "2026-03-12", "triển khai văn thư số")] }),
    // A replaced file's documents are not the unit's report.
    unitFile("so-tc", { status: "replaced", documents: [document("2664/UBND-KGVX", "2026-04-21", "về việc kết nối")] }),
  ];

  it("lists each document once, in date order (then by number), numbered, as the report prints it", () => {
    const { documents } = run(files);
    expect(documents.map((d) => [d.stt, d.text])).toEqual([
      [1, `Công văn số 2433/UBND-KGVX ngày 14/4/2026 ${HEALTH}`],
      [2, `Quyết định số 978/QĐ-UBND ngày 21/4/2026 ${OPEN_DATA}`],
      [3, `Quyết định số 1055/QĐ-UBND ngày 29/4/2026 ${PLAN}`],
      [4, "Công văn số 3111/UBND-KGVX ngày 11/5/2026 v/v triển khai một số nội dung"],
      [5, "Công văn số 3117/UBND-KGVX ngày 11/5/2026 v/v triển khai Quyết định số 804/QĐ-TTg"],
    ]);
  });

  it("names every unit that reported a document, in register order, with each one's cell", () => {
    const plan = run(files).documents.find((d) => d.number === "1055/QĐ-UBND")!;
    expect(plan.kind).toBe("quyet_dinh");
    expect(plan.unitIds).toEqual(["so-yt", "so-khcn"]);
    expect(plan.sources).toEqual([
      { unitId: "so-yt", file: "so-yt.xlsx", cell: { sheet: "Văn bản", cell: "B9" }, text: "1055/qd-ubnd" },
      { unitId: "so-khcn", file: "so-khcn.xlsx", cell: { sheet: "Văn bản", cell: "B5" }, text: "1055/QĐ-UBND" },
    ]);
  });

  it("keeps the default window, 31/3 to the as-of day: a document of 12/3 stays out", () => {
    const result = run(files);
    expect(result.documentsWindow).toEqual({ since: "2026-03-31", until: AS_OF });
    expect(result.documents.map((d) => d.number)).not.toContain("83/KH-UBND");
    expect(result.documentsSentence).toBe(
      "Ban hành 5 văn bản chỉ đạo, triển khai thực hiện nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo, " +
        "chuyển đổi số (Phụ lục I kèm theo).",
    );
  });

  it("takes the officer's first day: from it, both ends included", () => {
    expect(run(files, "2026-03-01").documents.map((d) => d.number)[0]).toBe("83/KH-UBND");
    const fromTheEleventh = run(files, "2026-05-11").documents;
    expect(fromTheEleventh.map((d) => [d.stt, d.number])).toEqual([
      [1, "3111/UBND-KGVX"],
      [2, "3117/UBND-KGVX"],
    ]);
  });

  it("says so when no unit reported a document in the window", () => {
    const result = run([unitFile("so-khcn")]);
    expect(result.documents).toEqual([]);
    expect(result.documentsSentence).toBe(
      "Từ ngày 31/3/2026 đến ngày 14/5/2026, các đơn vị chưa báo cáo văn bản chỉ đạo, triển khai thực hiện nhiệm vụ " +
        "phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số.",
    );
  });
});
