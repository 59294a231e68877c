import { parsePeriod, periodLabel, reportDeadline } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";

function period(code: string): Period {
  const result = parsePeriod(code);
  if (!result.ok) throw new Error(`test setup: ${code} is not a period`);
  return result.value;
}

describe("parsePeriod", () => {
  it.each<[string, Period]>([
    ["2026-05", { kind: "month", year: 2026, index: 5, start: "2026-05-01", end: "2026-05-31", code: "2026-05" }],
    ["2026-5", { kind: "month", year: 2026, index: 5, start: "2026-05-01", end: "2026-05-31", code: "2026-05" }],
    ["2026-02", { kind: "month", year: 2026, index: 2, start: "2026-02-01", end: "2026-02-28", code: "2026-02" }],
    ["2028-02", { kind: "month", year: 2028, index: 2, start: "2028-02-01", end: "2028-02-29", code: "2028-02" }],
    ["2026-Q2", { kind: "quarter", year: 2026, index: 2, start: "2026-04-01", end: "2026-06-30", code: "2026-Q2" }],
    ["2026-q4", { kind: "quarter", year: 2026, index: 4, start: "2026-10-01", end: "2026-12-31", code: "2026-Q4" }],
    ["2026-H1", { kind: "half_year", year: 2026, index: 1, start: "2026-01-01", end: "2026-06-30", code: "2026-H1" }],
    ["2026-H2", { kind: "half_year", year: 2026, index: 2, start: "2026-07-01", end: "2026-12-31", code: "2026-H2" }],
    ["2026", { kind: "year", year: 2026, index: 1, start: "2026-01-01", end: "2026-12-31", code: "2026" }],
    [" 2026-05 ", { kind: "month", year: 2026, index: 5, start: "2026-05-01", end: "2026-05-31", code: "2026-05" }],
  ])("reads %j", (code, expected) => {
    expect(parsePeriod(code)).toEqual({ ok: true, value: expected });
  });

  it.each(["2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-H3", "tháng 5/2026", "26-05", ""])(
    "rejects %j with a message that quotes it",
    (code) => {
      expect(parsePeriod(code)).toEqual({
        ok: false,
        issues: [
          {
            path: [],
            code: "period.invalid",
            message: `Kỳ báo cáo “${code}” không hợp lệ: ghi theo dạng 2026-05 (tháng), 2026-Q2 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm).`,
          },
        ],
      });
    },
  );
});

describe("periodLabel", () => {
  it.each([
    ["2026-05", "tháng 5/2026"],
    ["2026-12", "tháng 12/2026"],
    ["2026-Q2", "quý II/2026"],
    ["2026-Q4", "quý IV/2026"],
    ["2026-H1", "6 tháng đầu năm 2026"],
    ["2026-H2", "6 tháng cuối năm 2026"],
    ["2026", "năm 2026"],
  ])("prints %s as %j", (code, label) => {
    expect(periodLabel(period(code))).toBe(label);
  });
});

describe("reportDeadline", () => {
  // The plan: "Định kỳ tháng, quý, 6 tháng, năm (trước ngày 11 hằng tháng)" — the 10th is the last day,
  // of the month being reported on (the May report is written on 14/5 from forms sent by 10/5).
  it.each([
    ["2026-05", "2026-05-10"],
    ["2026-01", "2026-01-10"],
    ["2026-12", "2026-12-10"],
    ["2026-Q2", "2026-06-10"],
    ["2026-H1", "2026-06-10"],
    ["2026-H2", "2026-12-10"],
    ["2026", "2026-12-10"],
  ])("units send the %s report by %s", (code, date) => {
    expect(reportDeadline(period(code))).toBe(date);
  });
});
