import { buildCatalog } from "../../../src/domain/catalog/buildCatalog";
import { catalogRows2026 } from "../../../src/domain/catalog/catalog2026";
import type { HistoryRecord } from "../../../src/domain/history/types";
import { latestPartPeriod, latestParts, recordsByUnit } from "../../../src/domain/history/unitLineage";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";

const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;

// Chiềng Cơi into Chiềng An from 1/6, Chiềng An into Chiềng Sinh from 1/7.
const built = buildCatalog({
  ...catalogRows2026,
  revisions: [
    { kind: "merged", id: "phuong-chieng-an", from: "2026-06-01", predecessors: ["phuong-chieng-coi"] },
    { kind: "merged", id: "phuong-chieng-sinh", from: "2026-07-01", predecessors: ["phuong-chieng-an"] },
  ],
});
if (!built.ok) throw new Error(built.issues.map((issue) => issue.message).join("; "));
const catalog = built.value;

const figure = (code: string, unitId: string, value: number): HistoryRecord => ({
  period: code,
  unitId,
  unitName: unitId,
  kind: "indicator",
  itemId: "KHCN.II.9",
  value,
  text: String(value),
});

const records = [
  figure("2026-05", "phuong-chieng-coi", 1),
  figure("2026-05", "phuong-chieng-an", 2),
  figure("2026-05", "phuong-chieng-sinh", 3),
  figure("2026-06", "phuong-chieng-an", 5),
  figure("2026-06", "phuong-chieng-sinh", 4),
];
const latestFirst = ["2026-07", "2026-06", "2026-05"].map(period);
const parts = (from: HistoryRecord[], unitId: string, day: string) =>
  latestParts(catalog, recordsByUnit(from), unitId, latestFirst, day).map((part) => [part.unitId, part.period.code]);

describe("latestParts", () => {
  it("reads a unit through every merger, each predecessor from before its own merger", () => {
    expect(parts(records, "phuong-chieng-sinh", "2026-08-31")).toEqual([
      ["phuong-chieng-sinh", "2026-06"],
      // Chiềng An's June report was made as the merged ward: it holds Chiềng Cơi, which adds nothing more.
      ["phuong-chieng-an", "2026-06"],
    ]);
  });

  it("takes a predecessor's last report before the merger when the unit it joined has none since", () => {
    const withoutJune = records.filter((record) => record.period !== "2026-06");
    expect(parts(withoutJune, "phuong-chieng-an", "2026-08-31")).toEqual([
      ["phuong-chieng-an", "2026-05"],
      ["phuong-chieng-coi", "2026-05"],
    ]);
  });

  it("knows no merger before its day; a unit merged away still reads its own records", () => {
    expect(parts(records, "phuong-chieng-sinh", "2026-06-15")).toEqual([["phuong-chieng-sinh", "2026-06"]]);
    expect(parts(records, "phuong-chieng-coi", "2026-08-31")).toEqual([["phuong-chieng-coi", "2026-05"]]);
    expect(parts([], "phuong-chieng-sinh", "2026-08-31")).toEqual([]);
  });

  it("says which period the parts stand as of: the latest among them", () => {
    const withoutJune = records.filter(
      (record) => record.period !== "2026-06" || record.unitId !== "phuong-chieng-sinh",
    );
    const found = latestParts(catalog, recordsByUnit(withoutJune), "phuong-chieng-sinh", latestFirst, "2026-08-31");
    expect(found.map((part) => [part.unitId, part.period.code])).toEqual([
      ["phuong-chieng-sinh", "2026-05"],
      ["phuong-chieng-an", "2026-06"],
    ]);
    expect(latestPartPeriod(found)?.code).toBe("2026-06");
  });
});
