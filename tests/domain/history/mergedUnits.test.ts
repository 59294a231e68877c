/**
 * The history follows a unit through a rename and a merger: Phường Chiềng Cơi merged into Phường Chiềng An from
 * 1/7/2026, Xã Mường Sại renamed from the same day. Records keep the unit that sent them; every expected figure
 * below is worked out from the records themselves.
 */
import { buildCatalog } from "../../../src/domain/catalog/buildCatalog";
import { catalogRows2026 } from "../../../src/domain/catalog/catalog2026";
import { catalogInForce } from "../../../src/domain/catalog/catalogInForce";
import { consolidateAndReport } from "../../../src/domain/report/reportConsolidation";
import type { FileOutcome } from "../../../src/domain/consolidation/types";
import { carryForward } from "../../../src/domain/history/carryForward";
import { consolidateWithHistory } from "../../../src/domain/history/consolidateWithHistory";
import { previousFigures } from "../../../src/domain/history/previousFigures";
import { rollUpPeriod } from "../../../src/domain/history/rollUpPeriod";
import type { HistoryRecord } from "../../../src/domain/history/types";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { row, task } from "./historyRows";

const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;
const SUCCESSOR = "phuong-chieng-an";
const MERGED = "phuong-chieng-coi";
const RENAMED = "xa-muong-sai";

const built = buildCatalog({
  ...catalogRows2026,
  revisions: [
    { kind: "merged", id: SUCCESSOR, from: "2026-07-01", predecessors: [MERGED] },
    { kind: "renamed", id: RENAMED, from: "2026-07-01", name: "Xã Mường Sại Mới" },
  ],
});
if (!built.ok) throw new Error(built.issues.map((issue) => issue.message).join("; "));
const catalog = built.value;

/** May and June under the old units; in July Sở KH&CN reports, the merged ward and the renamed commune do not. */
const records: HistoryRecord[] = [
  row("2026-05", MERGED, "KHCN.II.4", { value: 9, text: "9", cell: "Chỉ tiêu!F8" }),
  row("2026-06", SUCCESSOR, "KHCN.II.9", { value: 4, text: "4", cell: "Chỉ tiêu!F9" }),
  row("2026-06", SUCCESSOR, "KHCN.I.1", { value: 2, text: "2", cell: "Chỉ tiêu!F7" }),
  row("2026-06", SUCCESSOR, "CDS.II.2", { value: 50, numerator: 30, denominator: 60, cell: "Chỉ tiêu!G10" }),
  row("2026-06", SUCCESSOR, "CDS.II.1", { value: 80, text: "80%", cell: "Chỉ tiêu!F11" }),
  row("2026-06", SUCCESSOR, "CDS.III.15", { value: 100, text: "100%", cell: "Chỉ tiêu!F12" }),
  task("2026-06", SUCCESSOR, "NV.I.2", "Đã hoàn thành"),
  task("2026-06", SUCCESSOR, "NV.I.3", "Đang thực hiện"),
  row("2026-06", MERGED, "KHCN.II.9", { value: 3, text: "3", cell: "Chỉ tiêu!F9" }),
  row("2026-06", MERGED, "KHCN.I.1", { value: 5, text: "5", cell: "Chỉ tiêu!F7" }),
  row("2026-06", MERGED, "CDS.II.2", { value: 25, numerator: 10, denominator: 40, cell: "Chỉ tiêu!G10" }),
  row("2026-06", MERGED, "CDS.II.1", { value: 70, text: "70%", cell: "Chỉ tiêu!F11" }),
  task("2026-06", MERGED, "NV.I.2", "Chưa thực hiện"),
  task("2026-06", MERGED, "NV.I.3", "Đang thực hiện"),
  row("2026-06", RENAMED, "KHCN.II.9", { value: 7, text: "7", cell: "Chỉ tiêu!F9" }),
  row("2026-07", "so-khcn", "KHCN.II.9", { value: 6, text: "6", cell: "Chỉ tiêu!F15" }),
];
/** The same, with the merged ward reporting in July as Phường Chiềng An. */
const successorInJuly = row("2026-07", SUCCESSOR, "KHCN.II.9", { value: 10, text: "10", cell: "Chỉ tiêu!F9" });
const withSuccessorInJuly = [...records, successorInJuly];

const valueOf = (unitId: string, itemId: string, code = "2026-06") =>
  records.find((r) => r.period === code && r.unitId === unitId && r.itemId === itemId)?.value as number;
const fractionOf = (unitId: string, itemId: string) => {
  const r = records.find((rec) => rec.period === "2026-06" && rec.unitId === unitId && rec.itemId === itemId);
  return { numerator: r?.numerator as number, denominator: r?.denominator as number };
};

describe("previousFigures through a merger and a rename", () => {
  it("starts the merged unit's July counts from its own and the merged ward's last counts, summed", () => {
    const figures = previousFigures(catalog, records, period("2026-07"));
    expect(figures[SUCCESSOR]).toEqual({
      "KHCN.II.9": valueOf(SUCCESSOR, "KHCN.II.9") + valueOf(MERGED, "KHCN.II.9"),
      // Counted per population, a unit's figure is a count: summed too.
      "KHCN.I.1": valueOf(SUCCESSOR, "KHCN.I.1") + valueOf(MERGED, "KHCN.I.1"),
      // Only the merged ward gave it, in May: its figure alone.
      "KHCN.II.4": valueOf(MERGED, "KHCN.II.4", "2026-05"),
    });
    expect(figures[RENAMED]).toEqual({ "KHCN.II.9": valueOf(RENAMED, "KHCN.II.9") });
  });

  it("keeps the units apart before the merger, and counts nothing twice after the merged unit has reported", () => {
    const june = previousFigures(catalog, records, period("2026-06"));
    expect(june[SUCCESSOR]).toBeUndefined();
    expect(june[MERGED]).toEqual({ "KHCN.II.4": valueOf(MERGED, "KHCN.II.4", "2026-05") });
    const august = previousFigures(catalog, withSuccessorInJuly, period("2026-08"));
    // July's 10 already holds the ward's count; May's KHCN.II.4 was the ward's before the merger and is still its last.
    expect(august[SUCCESSOR]?.["KHCN.II.9"]).toBe(successorInJuly.value);
  });
});

describe("previousFigures with a merger mid-month", () => {
  const midJuly = buildCatalog({
    ...catalogRows2026,
    revisions: [{ kind: "merged", id: SUCCESSOR, from: "2026-07-15", predecessors: [MERGED] }],
  });
  if (!midJuly.ok) throw new Error(midJuly.issues.map((issue) => issue.message).join("; "));

  it("judges July's forms as of the day they are judged: before the merger each ward has its own figure", () => {
    const early = previousFigures(midJuly.value, records, period("2026-07"), "2026-07-14");
    expect(early[SUCCESSOR]?.["KHCN.II.9"]).toBe(valueOf(SUCCESSOR, "KHCN.II.9"));
    const late = previousFigures(midJuly.value, records, period("2026-07"), "2026-08-14");
    expect(late[SUCCESSOR]?.["KHCN.II.9"]).toBe(valueOf(SUCCESSOR, "KHCN.II.9") + valueOf(MERGED, "KHCN.II.9"));
  });
});

describe("two wards merged into a new one", () => {
  // Phường Chiềng Mới, added from 1/7, receives both wards: it has no records of its own before July.
  const ward = catalogRows2026.units.find((unit) => unit.id === SUCCESSOR);
  if (!ward) throw new Error(SUCCESSOR);
  const created = buildCatalog({
    ...catalogRows2026,
    units: [...catalogRows2026.units, { ...ward, id: "phuong-chieng-moi", name: "Phường Chiềng Mới", variants: [] }],
    revisions: [
      { kind: "added", id: "phuong-chieng-moi", from: "2026-07-01" },
      { kind: "merged", id: "phuong-chieng-moi", from: "2026-07-01", predecessors: [SUCCESSOR, MERGED] },
    ],
  });
  if (!created.ok) throw new Error(created.issues.map((issue) => issue.message).join("; "));
  const both = valueOf(SUCCESSOR, "KHCN.II.9") + valueOf(MERGED, "KHCN.II.9");

  it("starts the new ward's counts from both wards' last ones, and carries them when it sends nothing", () => {
    expect(previousFigures(created.value, records, period("2026-07"))["phuong-chieng-moi"]?.["KHCN.II.9"]).toBe(both);
    const carried = carryForward(created.value, period("2026-07"), records, new Set(), "2026-07-31");
    expect(carried.reports.get("phuong-chieng-moi")?.indicators.get("KHCN.II.9")?.value?.number).toBe(both);
    expect(carried.units.map((unit) => unit.unitId)).not.toEqual(expect.arrayContaining([SUCCESSOR]));
    expect(carried.units.map((unit) => unit.unitId)).not.toEqual(expect.arrayContaining([MERGED]));
  });
});

describe("carryForward of a merged unit that did not send", () => {
  const carried = carryForward(catalog, period("2026-07"), records, new Set(["so-khcn"]), "2026-07-31");
  const report = carried.reports.get(SUCCESSOR);

  it("carries the predecessors' last figures combined, under the unit in force, marked with June", () => {
    expect(carried.units.map((unit) => unit.unitId)).toEqual(expect.arrayContaining([SUCCESSOR, RENAMED]));
    expect(carried.units.map((unit) => unit.unitId)).not.toContain(MERGED);
    expect(carried.units.find((unit) => unit.unitId === SUCCESSOR)?.period.code).toBe("2026-06");
    expect(report?.indicators.get("KHCN.II.9")?.value?.number).toBe(
      valueOf(SUCCESSOR, "KHCN.II.9") + valueOf(MERGED, "KHCN.II.9"),
    );
    expect(report?.indicators.get("KHCN.II.9")).toMatchObject({ carriedFrom: "2026-06", estimate: true });
  });

  it("combines rates as Σ Tử số ÷ Σ Mẫu số, and gives no figure where the parts' figures do not add up", () => {
    const a = fractionOf(SUCCESSOR, "CDS.II.2");
    const b = fractionOf(MERGED, "CDS.II.2");
    expect(report?.indicators.get("CDS.II.2")).toMatchObject({
      numerator: a.numerator + b.numerator,
      denominator: a.denominator + b.denominator,
    });
    // Two leads' figures (80% and 70%) make no third: none rather than a wrong one.
    expect(report?.indicators.has("CDS.II.1")).toBe(false);
    // A value only the successor gave stays its own.
    expect(report?.indicators.get("CDS.III.15")?.value?.number).toBe(valueOf(SUCCESSOR, "CDS.III.15"));
  });

  it("carries the renamed commune's figures under its id as before", () => {
    expect(carried.reports.get(RENAMED)?.indicators.get("KHCN.II.9")?.value?.number).toBe(
      valueOf(RENAMED, "KHCN.II.9"),
    );
  });

  it("carries the units apart when the period is judged before the merger", () => {
    const june = carryForward(catalog, period("2026-06"), records, new Set(), "2026-06-30");
    expect(june.units.map((unit) => [unit.unitId, unit.period.code])).toEqual([[MERGED, "2026-05"]]);
    const before = carryForward(catalog, period("2026-07"), records, new Set(), "2026-06-30");
    expect(before.reports.get(MERGED)?.indicators.get("KHCN.II.9")?.value?.number).toBe(valueOf(MERGED, "KHCN.II.9"));
    expect(before.reports.get(SUCCESSOR)?.indicators.get("KHCN.II.9")?.value?.number).toBe(
      valueOf(SUCCESSOR, "KHCN.II.9"),
    );
  });
});

describe("roll-ups spanning the merger", () => {
  const rolled = (code: string, asOf: string, from: HistoryRecord[]) => {
    const result = rollUpPeriod(catalog, period(code), asOf, from);
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("; "));
    return result.value.consolidation;
  };
  const indicator = (c: ReturnType<typeof rolled>, id: string) => c.indicators.find((i) => i.id === id);

  it("counts the predecessors' June under the merged unit, carried, and the merged ward not apart", () => {
    const year = rolled("2026", "2026-12-31", records);
    const expected =
      valueOf(SUCCESSOR, "KHCN.II.9") +
      valueOf(MERGED, "KHCN.II.9") +
      valueOf(RENAMED, "KHCN.II.9") +
      (records.find((r) => r.unitId === "so-khcn")?.value as number);
    // Three units in force reporting: the merged unit (June, combined), the renamed commune (June), Sở KH&CN (July).
    expect(indicator(year, "KHCN.II.9")).toMatchObject({ value: expected, reporting: 3 });
    const a = fractionOf(SUCCESSOR, "CDS.II.2");
    const b = fractionOf(MERGED, "CDS.II.2");
    const rate = Math.round(((a.numerator + b.numerator) / (a.denominator + b.denominator)) * 1000) / 10;
    expect(indicator(year, "CDS.II.2")).toMatchObject({ value: rate, reporting: 1 });
    expect(year.register.some((r) => r.unitId === MERGED)).toBe(false);
    expect(year.register.find((r) => r.unitId === SUCCESSOR)?.carriedFrom).toBe("2026-06");
    expect(year.register.find((r) => r.unitId === RENAMED)).toMatchObject({
      name: "Xã Mường Sại Mới",
      carriedFrom: "2026-06",
    });
    // The completeness counts the units in force: one ward fewer than the plan's.
    const inForce = catalogInForce(catalog, "2026-12-31").units.filter((unit) => unit.group === "xa").length;
    expect(year.completeness.xa.total).toBe(inForce);
    expect(inForce).toBe(catalog.units.filter((unit) => unit.group === "xa").length - 1);
  });

  it("takes a task both parts stand at as is, and one they differ on as under way", () => {
    const year = rolled("2026", "2026-12-31", records);
    const detail = (id: string) =>
      year.tasks.find((t) => t.id === id)?.details.find((d) => d.unitId === SUCCESSOR)?.status;
    expect(detail("NV.I.2")).toBe("in_progress");
    expect(detail("NV.I.3")).toBe("in_progress");
  });

  it("never counts the merged ward twice once the merged unit has reported", () => {
    const year = rolled("2026", "2026-12-31", withSuccessorInJuly);
    const expected =
      (successorInJuly.value as number) +
      valueOf(RENAMED, "KHCN.II.9") +
      (records.find((r) => r.unitId === "so-khcn")?.value as number);
    expect(indicator(year, "KHCN.II.9")).toMatchObject({ value: expected, reporting: 3 });
    expect(year.register.find((r) => r.unitId === SUCCESSOR)?.carriedFrom).toBeUndefined();
    const quarter = rolled("2026-Q3", "2026-10-14", withSuccessorInJuly);
    expect(indicator(quarter, "KHCN.II.9")).toMatchObject({
      value: (successorInJuly.value as number) + (records.find((r) => r.unitId === "so-khcn")?.value as number),
      reporting: 2,
    });
  });

  it("keeps the units apart in a quarter judged before the merger", () => {
    const q2 = rolled("2026-Q2", "2026-07-14", records);
    expect(indicator(q2, "KHCN.II.9")).toMatchObject({
      value: valueOf(SUCCESSOR, "KHCN.II.9") + valueOf(MERGED, "KHCN.II.9") + valueOf(RENAMED, "KHCN.II.9"),
      reporting: 3,
    });
    expect(q2.register.some((r) => r.unitId === MERGED)).toBe(true);
  });
});

describe("'trong tháng' after a merger", () => {
  const july = period("2026-07");
  const planTask = "NV.I.2";
  const file = (unitId: string): FileOutcome => ({
    file: `2026-07_${unitId}.xlsx`,
    unitId,
    receivedAt: "2026-07-08T09:00:00",
    status: "accepted",
    errors: 0,
    warnings: 0,
    indicators: [],
    tasks: [{ taskId: planTask, status: "done", cell: { sheet: "Nhiệm vụ", cell: "F9" } }],
  });
  // Two more communes, so the task has a roll-up (one or two units reporting make none).
  const others = catalog.units
    .filter((unit) => unit.group === "xa" && ![SUCCESSOR, MERGED, RENAMED].includes(unit.id))
    .slice(0, 2)
    .map((unit) => unit.id);
  // In June the receiving ward had the plan updated, the ward merged into it had not; in July the merged ward has.
  const june = [
    task("2026-06", SUCCESSOR, planTask, "Đã hoàn thành"),
    task("2026-06", MERGED, planTask, "Chưa thực hiện"),
    ...[RENAMED, ...others].map((unitId) => task("2026-06", unitId, planTask, "Đã hoàn thành")),
  ];
  const files = [SUCCESSOR, RENAMED, ...others].map(file);
  const alone = consolidateAndReport({ catalog, period: july, asOf: "2026-07-14", files });
  const sentences = consolidateWithHistory(catalog, alone, files, { records: june, carryForward: false })
    .reportSections.find((section) => section.id === "leadership")
    ?.sentences.map((sentence) => sentence.text);

  it("counts the merged ward as newly done: done by one of its wards in June is not done by the merged one", () => {
    const during = sentences?.find((text) => text.startsWith("Trong tháng 7/2026"));
    // Of the units done in July, the others (the renamed commune among them) were done in June under the same id.
    expect(during).toMatch(/thêm 01\/\d+ xã, phường/);
  });
});
