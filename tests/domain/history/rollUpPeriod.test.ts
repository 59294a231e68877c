import { buildCatalog } from "../../../src/domain/catalog/buildCatalog";
import { catalog2026, catalogRows2026 } from "../../../src/domain/catalog/catalog2026";
import { rollUpPeriod } from "../../../src/domain/history/rollUpPeriod";
import { PROVINCE_UNIT_ID, type HistoryRecord } from "../../../src/domain/history/types";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { row, task } from "./historyRows";

const catalog = catalog2026();
const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;

/** Two sở and one xã over April–June; the xã sends nothing in June. */
const records: HistoryRecord[] = [
  row("2026-04", "so-khcn", "KHCN.II.1", { value: 10, text: "10", cell: "Chỉ tiêu!F7" }),
  row("2026-04", "so-khcn", "KHCN.II.9", { value: 3, text: "3", cell: "Chỉ tiêu!F15" }),
  row("2026-04", "so-khcn", "CDS.II.2", { numerator: 10, denominator: 40, text: "", cell: "Chỉ tiêu!G20" }),
  row("2026-04", "xa-muong-sai", "KHCN.II.9", { value: 2, text: "2", cell: "Chỉ tiêu!F9" }),
  row("2026-04", "xa-muong-sai", "CDS.II.2", { numerator: 5, denominator: 50, text: "", cell: "Chỉ tiêu!G9" }),
  task("2026-04", "so-tc", "NV.III.2", "Chưa thực hiện"),
  row("2026-04", PROVINCE_UNIT_ID, "KHCN.II.9", { value: 5, text: "5" }),
  row("2026-05", "so-khcn", "KHCN.II.9", { value: 5, text: "5", cell: "Chỉ tiêu!F15" }),
  row("2026-05", "xa-muong-sai", "KHCN.II.9", { value: 4, text: "4", cell: "Chỉ tiêu!F9" }),
  row("2026-05", "xa-muong-sai", "CDS.II.2", { numerator: 30, denominator: 60, text: "", cell: "Chỉ tiêu!G9" }),
  row("2026-06", "so-khcn", "KHCN.II.1", { value: 12, text: "12", cell: "Chỉ tiêu!F7" }),
  row("2026-06", "so-khcn", "KHCN.II.9", { value: 6, text: "6", cell: "Chỉ tiêu!F15" }),
  row("2026-06", "so-khcn", "CDS.II.2", { numerator: 36, denominator: 40, text: "", cell: "Chỉ tiêu!G20" }),
  task("2026-06", "so-tc", "NV.III.2", "Đang thực hiện"),
];

function rolledUp(code: string, asOf: string, from = records) {
  const result = rollUpPeriod(catalog, period(code), asOf, from);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("; "));
  return result.value;
}
const indicator = (code: string, id: string, from = records) =>
  rolledUp(code, "2026-07-14", from).consolidation.indicators.find((result) => result.id === id);

describe("rollUpPeriod: each unit's latest figure of the span, then the province by the indicator's rule", () => {
  it("adds the units' latest counts, never a unit's months (the form's counts run since January)", () => {
    // Sở KH&CN's June 6 and the xã's May 4, carried: 10, not 3+5+6+2+4.
    expect(indicator("2026-Q2", "KHCN.II.9")).toMatchObject({ value: 10, reporting: 2, estimate: true });
  });

  it("takes the lead's latest figure", () => {
    expect(indicator("2026-Q2", "KHCN.II.1")).toMatchObject({ value: 12, estimate: false });
  });

  it("divides Σ Tử số by Σ Mẫu số of the units' latest fractions", () => {
    // (36 + 30) / (40 + 60) = 66%, not the mean of the rates nor the months' fractions added up.
    expect(indicator("2026-Q2", "CDS.II.2")).toMatchObject({ value: 66, reporting: 2 });
  });

  it("gives a task its lead's latest status in the span", () => {
    const result = rolledUp("2026-Q2", "2026-07-14").consolidation.tasks.find((t) => t.id === "NV.III.2");
    expect(result).toMatchObject({ status: "in_progress", bucket: "continuous", overdue: false });
  });

  it("marks a unit whose latest month is not the span's last one as carried, and says so", () => {
    const { consolidation } = rolledUp("2026-Q2", "2026-07-14");
    const xa = consolidation.register.find((r) => r.unitId === "xa-muong-sai");
    expect(xa).toMatchObject({ status: "missing", carriedFrom: "2026-05" });
    expect(consolidation.register.find((r) => r.unitId === "so-khcn")).toMatchObject({ status: "received" });
    const source = consolidation.indicators.find((r) => r.id === "CDS.II.2")?.sources;
    expect(source?.find((s) => s.unitId === "xa-muong-sai")).toMatchObject({ carriedFrom: "2026-05", text: "30/60" });
    expect(consolidation.carriedSentence).toBe(
      "Dùng số liệu kỳ trước cho 1 đơn vị chưa có báo cáo hợp lệ: Xã Mường Sại (tháng 5/2026).",
    );
  });

  it("points section I at the months' Phụ lục I instead of saying no document was reported", () => {
    const { consolidation } = rolledUp("2026-Q2", "2026-07-14");
    const line =
      "Văn bản chỉ đạo, triển khai ban hành trong quý II/2026: xem Phụ lục I của báo cáo tháng 4/2026, tháng 5/2026 và tháng 6/2026.";
    expect(consolidation.documentsSentence).toBe(line);
    const leadership = consolidation.reportSections.find((s) => s.id === "leadership")?.sentences ?? [];
    expect(leadership[0].text).toBe(line);
    expect(leadership.some((s) => s.text.includes("chưa báo cáo văn bản"))).toBe(false);
  });

  it("names the months it is made from in the completeness section", () => {
    const { consolidation, months, missingMonths } = rolledUp("2026-Q2", "2026-07-14");
    expect(months.map((m) => m.code)).toEqual(["2026-04", "2026-05", "2026-06"]);
    expect(missingMonths).toEqual([]);
    const texts = consolidation.reportSections.find((s) => s.id === "completeness")?.sentences.map((s) => s.text);
    expect(texts).toContain("Số liệu quý II/2026 tổng hợp từ báo cáo tháng 4/2026, tháng 5/2026 và tháng 6/2026.");
  });
});

describe("rollUpPeriod: beside the period before, rolled up the same way", () => {
  const withMarch = [
    row("2026-03", "so-khcn", "KHCN.II.1", { value: 9, text: "9", cell: "Chỉ tiêu!F7" }),
    task("2026-03", "so-tc", "NV.III.2", "Chưa thực hiện"),
    ...records,
  ];

  it("gives each figure and status quý I's, from the months of quý I the history holds", () => {
    const { consolidation } = rolledUp("2026-Q2", "2026-07-14", withMarch);
    expect(consolidation.comparedWith?.code).toBe("2026-Q1");
    expect(consolidation.indicators.find((r) => r.id === "KHCN.II.1")?.previous).toEqual({
      period: "2026-Q1",
      value: 9,
      display: "9",
    });
    expect(consolidation.tasks.find((t) => t.id === "NV.III.2")?.previous).toMatchObject({
      period: "2026-Q1",
      status: "not_started",
    });
  });

  it("has nothing to compare with when the history holds no month of the period before", () => {
    expect(rolledUp("2026-Q2", "2026-07-14").consolidation.comparedWith).toBeUndefined();
  });
});

describe("rollUpPeriod: a span the history holds in part or not at all", () => {
  const aprilMay = records.filter((record) => record.period !== "2026-06");

  it("rolls up the months it has, names those it lacks, and stands as of the last one", () => {
    const { consolidation, missingMonths } = rolledUp("2026-Q2", "2026-06-14", aprilMay);
    expect(missingMonths.map((m) => m.code)).toEqual(["2026-06"]);
    const sentence =
      "Số liệu quý II/2026 tổng hợp từ báo cáo tháng 4/2026 và tháng 5/2026; chưa có số liệu tháng 6/2026, " +
      "số liệu tính đến hết tháng 5/2026.";
    expect(consolidation.rolledUpFrom).toEqual({
      months: ["2026-04", "2026-05"],
      missingMonths: ["2026-06"],
      sentence,
    });
    const texts = consolidation.reportSections.find((s) => s.id === "completeness")?.sentences.map((s) => s.text);
    expect(texts).toContain(sentence);
    // Sở KH&CN's May 5 and the xã's May 4: both current as of May.
    expect(indicator("2026-Q2", "KHCN.II.9", aprilMay)).toMatchObject({ value: 9, estimate: false });
  });

  it("refuses a span with no month recorded, naming the months it needs", () => {
    const result = rollUpPeriod(catalog, period("2026-Q3"), "2026-10-14", records);
    expect(result).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          code: "rollup.no_months",
          message:
            "Sổ dữ liệu các kỳ chưa có tháng nào của quý III/2026 (tháng 7/2026, tháng 8/2026, tháng 9/2026): " +
            "cần tổng hợp báo cáo các tháng này trước.",
        }),
      ],
    });
  });

  it("refuses a month: a month is made from the units' files", () => {
    const result = rollUpPeriod(catalog, period("2026-05"), "2026-05-14", records);
    expect(result.ok ? undefined : result.issues[0].code).toBe("rollup.month");
  });
});

describe("rollUpPeriod: the year", () => {
  const year = rolledUp("2026", "2026-12-20").consolidation;

  it("judges a “Năm 2026” task not done as overdue at the year's end", () => {
    expect(year.tasks.find((t) => t.id === "NV.III.2")).toMatchObject({
      status: "in_progress",
      bucket: "due_in_period",
      overdue: true,
      dueDate: "2026-12-31",
    });
  });

  it("says the year's result against the targets before section III", () => {
    expect(year.reportSections.map((s) => s.id)).toEqual(["leadership", "completeness", "indicators", "tasks"]);
    const section = year.reportSections.find((s) => s.id === "indicators");
    const met = year.indicators.filter((r) => r.met === "met").length;
    const notMet = year.indicators.filter((r) => r.met === "not_met");
    const noData = year.indicators.filter((r) => r.met === "no_data").length;
    expect(notMet.length).toBeGreaterThan(0);
    expect(section?.sentences[0].text).toBe(
      `Kết quả năm 2026: ${met}/${year.indicators.length} chỉ tiêu đạt, ${notMet.length} chỉ tiêu chưa đạt, ` +
        `${noData} chỉ tiêu chưa có số liệu.`,
    );
    // KHCN.II.1: 12 enterprises against the target of 12 is met; CDS.II.2: 66% (the xã's May fraction in it) is not.
    expect(year.indicators.find((r) => r.id === "KHCN.II.1")?.met).toBe("met");
    const name = catalog.indicators.find((i) => i.id === "CDS.II.2")?.name;
    expect(section?.sentences.map((s) => s.text)).toContain(`Chưa đạt: ${name}: Ước 66% (chỉ tiêu 100%).`);
  });

  it("keeps the months' reports out of a quarter's sections: no year's result before the year", () => {
    const quarter = rolledUp("2026-Q2", "2026-07-14").consolidation;
    expect(quarter.reportSections.some((s) => s.id === "indicators")).toBe(false);
  });
});

describe("rollUpPeriod: a target changed by a dated change of the catalog", () => {
  // CDS.II.2's target, 100% in the plan, lowered to 60% from 20/5; a later change, from 1/7, raises it to 90%. The
  // xã is renamed from 1/6.
  const built = buildCatalog({
    ...catalogRows2026,
    revisions: [
      { kind: "target", id: "CDS.II.2", from: "2026-05-20", target: "60%" },
      { kind: "target", id: "CDS.II.2", from: "2026-07-01", target: "90%" },
      { kind: "renamed", id: "xa-muong-sai", from: "2026-06-01", name: "Xã Mường Sại Mới" },
    ],
  });
  if (!built.ok) throw new Error(built.issues.map((issue) => issue.message).join("; "));
  const revised = built.value;
  const judged = (code: string, asOf: string) => {
    const result = rollUpPeriod(revised, period(code), asOf, records);
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("; "));
    return result.value.consolidation;
  };

  it("judges a quarter changed mid-way against the target in force at the quarter's end", () => {
    // 66% against 60% (in force on 30/6), not against the plan's 100% nor July's 90%, though made on 14/7.
    const result = judged("2026-Q2", "2026-07-14").indicators.find((r) => r.id === "CDS.II.2");
    expect(result).toMatchObject({
      value: 66,
      met: "met",
      target: { text: "60%", from: "2026-05-20", previous: "100%" },
    });
  });

  it("judges it against the target in force on the as-of day when the report is made before the quarter ends", () => {
    const result = judged("2026-Q2", "2026-05-10").indicators.find((r) => r.id === "CDS.II.2");
    expect(result).toMatchObject({ value: 66, met: "not_met" });
    expect(result?.target).toBeUndefined();
  });

  it("names a unit renamed in the quarter by its name at the quarter's end", () => {
    const { register, carriedSentence } = judged("2026-Q2", "2026-07-14");
    expect(register.find((r) => r.unitId === "xa-muong-sai")?.name).toBe("Xã Mường Sại Mới");
    expect(carriedSentence).toBe(
      "Dùng số liệu kỳ trước cho 1 đơn vị chưa có báo cáo hợp lệ: Xã Mường Sại Mới (tháng 5/2026).",
    );
  });

  it("says the year's result against the targets in force at the year's end", () => {
    const year = judged("2026", "2026-12-20");
    const name = revised.indicators.find((i) => i.id === "CDS.II.2")?.name;
    const texts = year.reportSections.find((s) => s.id === "indicators")?.sentences.map((s) => s.text);
    expect(texts).toContain(`Chưa đạt: ${name}: Ước 66% (chỉ tiêu 90%).`);
  });
});

describe("rollUpPeriod: a composite deadline's parts as the months recorded them", () => {
  // NV.I.8 "(1) Quý I/2026 (2) Thường xuyên", led by Sở KH&CN and Sở Tài chính: part (1) done in March.
  const i8 = (unitId: string, parts: string[] | undefined) => [
    task("2026-05", unitId, "NV.I.8", "Đang thực hiện"),
    ...(parts ?? []).map((status, index) => task("2026-05", unitId, `NV.I.8#${index + 1}`, status)),
  ];
  const i8Result = (from: HistoryRecord[]) =>
    rolledUp("2026-Q2", "2026-07-14", from).consolidation.tasks.find((t) => t.id === "NV.I.8");

  it("is not overdue in quý II once the leads' part (1) is done", () => {
    const parts = ["Đã hoàn thành", "Đang thực hiện"];
    expect(i8Result([...i8("so-khcn", parts), ...i8("so-tc", parts)])).toMatchObject({
      status: "in_progress",
      bucket: "continuous",
      overdue: false,
    });
  });

  it("is overdue on part (1) when the months hold the task's status only", () => {
    expect(i8Result([...i8("so-khcn", undefined), ...i8("so-tc", undefined)])).toMatchObject({
      overdue: true,
      overdueParts: ["(1)"],
    });
  });
});
