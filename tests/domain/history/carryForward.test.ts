import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { carryForward } from "../../../src/domain/history/carryForward";
import { previousFigures } from "../../../src/domain/history/previousFigures";
import { PROVINCE_UNIT_ID, type HistoryRecord } from "../../../src/domain/history/types";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";

const catalog = catalog2026();
const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;

function figure(code: string, unitId: string, itemId: string, fields: Partial<HistoryRecord>): HistoryRecord {
  return { period: code, unitId, unitName: unitId, kind: "indicator", itemId, text: "", ...fields };
}

const records: HistoryRecord[] = [
  figure("2026-03", "xa-muong-sai", "CDS.II.2", { numerator: 10, denominator: 40, text: "", cell: "Chỉ tiêu!G7" }),
  figure("2026-04", "xa-muong-sai", "CDS.II.2", { numerator: 12, denominator: 40, cell: "Chỉ tiêu!G7" }),
  figure("2026-04", "xa-muong-sai", "KHCN.II.9", { value: 3, text: "Ước 03", file: "04_xa.xlsx", cell: "Chỉ tiêu!F9" }),
  figure("2025-12", "xa-chieng-an", "KHCN.II.9", { value: 9, text: "9" }),
  figure("2026-04", "so-khcn", "KHCN.II.9", { value: 5, text: "5" }),
  figure("2026-04", PROVINCE_UNIT_ID, "KHCN.II.9", { value: 40, text: "40" }),
];

describe("carryForward", () => {
  const carried = carryForward(catalog, period("2026-05"), records, new Set(["so-khcn"]));

  it("carries a missing unit's figures from its latest period of the year, with their flags and cells", () => {
    expect(carried.units).toEqual([{ unitId: "xa-muong-sai", period: period("2026-04") }]);
    const report = carried.reports.get("xa-muong-sai");
    expect(report?.indicators.get("CDS.II.2")).toMatchObject({
      numerator: 12,
      denominator: 40,
      carriedFrom: "2026-04",
      cell: { sheet: "Chỉ tiêu", cell: "G7" },
      estimate: true,
    });
    expect(report?.indicators.get("KHCN.II.9")).toMatchObject({
      value: { number: 3, flags: { estimate: true } },
      estimate: true,
      carriedFrom: "2026-04",
    });
    expect(report?.tasks.size).toBe(0);
  });

  it("carries nothing across the year, nothing for a unit that reported, nothing for the province's own row", () => {
    expect(carried.reports.has("xa-chieng-an")).toBe(false);
    expect(carried.reports.has("so-khcn")).toBe(false);
    expect(carried.reports.has(PROVINCE_UNIT_ID)).toBe(false);
  });
});

describe("previousFigures", () => {
  it("gives each unit's latest count of the year, never a rate, a figure of last year or the province's", () => {
    expect(previousFigures(catalog, records, period("2026-05"))).toEqual({
      "xa-muong-sai": { "KHCN.II.9": 3 },
      "so-khcn": { "KHCN.II.9": 5 },
    });
    expect(previousFigures(catalog, records, period("2026-01"))).toEqual({});
  });
});
