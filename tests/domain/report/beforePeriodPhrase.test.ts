import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import { beforePeriodPhrase } from "../../../src/domain/report/beforePeriodPhrase";

describe("beforePeriodPhrase", () => {
  it.each([
    ["2026-05", "trong quý I và trong tháng 4/2026"], // the May 2026 report's own words
    ["2026-02", "trong tháng 1/2026"],
    ["2026-03", "trong tháng 1, 2/2026"],
    ["2026-04", "trong quý I/2026"],
    ["2026-06", "trong quý I và trong tháng 4, 5/2026"],
    ["2026-07", "trong quý I, quý II/2026"],
    ["2026-12", "trong quý I, quý II, quý III và trong tháng 10, 11/2026"],
    ["2026-Q2", "trong quý I/2026"],
    ["2026-Q3", "trong quý I, quý II/2026"],
    ["2026-Q4", "trong quý I, quý II, quý III/2026"],
    ["2026-H2", "trong 6 tháng đầu năm 2026"],
  ])("%s → %s", (code, phrase) => {
    const period = parsePeriod(code);
    if (!period.ok) throw new Error(`test setup: ${code}`);
    expect(beforePeriodPhrase(period.value)).toBe(phrase);
  });

  it.each([
    ["2026-01", "trước tháng 1/2026"],
    ["2026-Q1", "trước quý I/2026"],
    ["2026-H1", "trước 6 tháng đầu năm 2026"],
    ["2026", "trước năm 2026"],
  ])("%s, with nothing of the year before it → %s", (code, phrase) => {
    const period = parsePeriod(code);
    if (!period.ok) throw new Error(`test setup: ${code}`);
    expect(beforePeriodPhrase(period.value)).toBe(phrase);
  });
});
