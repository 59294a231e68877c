import { latestMonth, rollUpChoices, rollUpOf } from "../../../src/domain/history/rollUpChoice";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";

const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;

describe("rollUpChoices", () => {
  it("offers the four quarters, the two halves and the year, in that order", () => {
    expect(rollUpChoices(2027).map((p) => p.code)).toEqual([
      "2027-Q1",
      "2027-Q2",
      "2027-Q3",
      "2027-Q4",
      "2027-H1",
      "2027-H2",
      "2027",
    ]);
  });
});

describe("latestMonth", () => {
  it("is the latest month recorded, whatever the order of the rows and the roll-ups among them", () => {
    expect(latestMonth(["2026-05", "2026-Q3", "2026-06", "2026-04", "2026"])?.code).toBe("2026-06");
    expect(latestMonth(["2026-12", "2027-01", "2026-11"])?.code).toBe("2027-01");
  });

  it("is none when no month is recorded", () => {
    expect(latestMonth([])).toBeUndefined();
    expect(latestMonth(["2026-Q1", "2026-H1"])).toBeUndefined();
  });
});

describe("rollUpOf", () => {
  it.each([
    ["2026-01", "2026-Q1"],
    ["2026-03", "2026-Q1"],
    ["2026-05", "2026-Q2"],
    ["2026-07", "2026-Q3"],
    ["2026-12", "2026-Q4"],
    ["2026-H2", "2026-H2"],
    ["2026", "2026"],
  ])("%s → %s", (code, expected) => {
    expect(rollUpOf(period(code)).code).toBe(expected);
  });
});
