import { earlierPeriods, earlierPeriodsOfYear, previousPeriod } from "../../../src/domain/history/periodHistory";
import { replacePeriod } from "../../../src/domain/history/replacePeriod";
import type { HistoryRecord } from "../../../src/domain/history/types";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";

const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;
const record = (code: string, itemId = "CDS.II.2"): HistoryRecord => ({
  period: code,
  unitId: "so-khcn",
  unitName: "Sở Khoa học và Công nghệ",
  kind: "indicator",
  itemId,
  text: "",
});

describe("previousPeriod", () => {
  it.each([
    ["2026-05", "2026-04"],
    ["2026-01", "2025-12"],
    ["2026-Q1", "2025-Q4"],
    ["2026-Q3", "2026-Q2"],
    ["2026-H2", "2026-H1"],
    ["2026-H1", "2025-H2"],
    ["2026", "2025"],
  ])("%s → %s", (code, before) => expect(previousPeriod(period(code)).code).toBe(before));
});

describe("earlierPeriods", () => {
  const records = ["2026-03", "2026-Q1", "2025-12", "2026-05", "2026-04", "2026-06"].map((code) => record(code));

  it("lists the recorded periods of the same kind before this one, latest first", () => {
    expect(earlierPeriods(records, period("2026-05")).map((p) => p.code)).toEqual(["2026-04", "2026-03", "2025-12"]);
    expect(earlierPeriods(records, period("2026-Q2")).map((p) => p.code)).toEqual(["2026-Q1"]);
  });

  it("skips a month never consolidated, and stops at the year for cumulative figures", () => {
    const withoutApril = records.filter((r) => r.period !== "2026-04");
    expect(earlierPeriods(withoutApril, period("2026-05"))[0].code).toBe("2026-03");
    expect(earlierPeriodsOfYear(records, period("2026-01"))).toEqual([]);
    expect(earlierPeriods(records, period("2026-01")).map((p) => p.code)).toEqual(["2025-12"]);
  });
});

describe("replacePeriod", () => {
  it("replaces every record of the period and keeps the others in place", () => {
    const existing = [record("2026-04"), record("2026-05", "A"), record("2026-05", "B"), record("2026-06")];
    const fresh = [record("2026-05", "C")];
    expect(replacePeriod(existing, fresh, "2026-05").map((r) => `${r.period}/${r.itemId}`)).toEqual([
      "2026-04/CDS.II.2",
      "2026-05/C",
      "2026-06/CDS.II.2",
    ]);
  });

  it("puts a period run late before the later periods of its kind, so the table reads in time order", () => {
    const existing = [record("2026-03"), record("2026-Q1"), record("2026-05")];
    expect(replacePeriod(existing, [record("2026-04")], "2026-04").map((r) => r.period)).toEqual([
      "2026-03",
      "2026-Q1",
      "2026-04",
      "2026-05",
    ]);
    expect(replacePeriod(existing, [record("2026-06")], "2026-06").map((r) => r.period)).toEqual([
      "2026-03",
      "2026-Q1",
      "2026-05",
      "2026-06",
    ]);
  });
});
