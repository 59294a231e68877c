import { defaultPeriodCode, periodChoices } from "../../../src/domain/language/periodChoices";

describe("periodChoices", () => {
  it("lists 12 months, 4 quarters, 2 halves and the year, in that order", () => {
    const codes = periodChoices(2026).map((p) => p.code);
    expect(codes).toHaveLength(19);
    expect(codes.slice(0, 2)).toEqual(["2026-01", "2026-02"]);
    expect(codes.slice(12)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026-H1", "2026-H2", "2026"]);
  });
});

describe("defaultPeriodCode", () => {
  it("is the current month inside the plan year, else the year's first or last month", () => {
    expect(defaultPeriodCode("2026-05-14", 2026)).toBe("2026-05");
    expect(defaultPeriodCode("2025-12-30", 2026)).toBe("2026-01");
    expect(defaultPeriodCode("2027-01-05", 2026)).toBe("2026-12");
  });
});
