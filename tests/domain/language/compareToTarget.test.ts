import { compareToTarget } from "../../../src/domain/language/compareToTarget";
import { parseTarget } from "../../../src/domain/language/parseTarget";
import { parseValue } from "../../../src/domain/language/parseValue";
import type { MeasureUnit, ParsedValue, Target, TargetComparison } from "../../../src/domain/language/types";

function value(text: string, measure?: MeasureUnit): ParsedValue {
  const result = parseValue(text, { measure });
  if (!result.ok) throw new Error(`test value ${text} does not parse`);
  return result.value;
}

function target(text: string, measure?: MeasureUnit): Target {
  const result = parseTarget(text, { measure });
  if (!result.ok) throw new Error(`test target ${text} does not parse`);
  return result.value;
}

describe("compareToTarget on the May 2026 report (seeds/003 Phụ lục II)", () => {
  it.each<[string, string, TargetComparison]>([
    ["67,1%", "70%", { status: "not_met", shortBy: 2.9 }],
    ["63,07%", "72%", { status: "not_met", shortBy: 8.93 }],
    ["1,6%", "Đảm bảo bố trí ít nhất 1%", { status: "met" }],
    ["Ước 99,8%", "100%", { status: "not_met", shortBy: 0.2 }],
    ["Chưa triển khai", "≥ 50%", { status: "no_data", reason: "Chưa triển khai" }],
    ["100%", "100%", { status: "met" }],
    ["Ước 81,2%", "≥ 70%", { status: "met" }],
    ["Ước 96,9%", "≥ 95%", { status: "met" }],
    ["Ước 95%", "$\\geq 95\\%$", { status: "met" }],
    ["66,67%", "$\\geq 70\\%$", { status: "not_met", shortBy: 3.33 }],
    ["24%", "$\\geq 35\\%$", { status: "not_met", shortBy: 11 }],
    ["50%", "$\\geq 50\\%$", { status: "met" }],
    ["Đơn vị chưa cung cấp số liệu", "65%", { status: "no_data", reason: "Đơn vị chưa cung cấp số liệu" }],
    [
      "<i>Chưa có phương pháp xác định chỉ tiêu trên</i>",
      "80%",
      { status: "no_data", reason: "Chưa có phương pháp xác định chỉ tiêu trên" },
    ],
    ["3,5%", "4%", { status: "not_met", shortBy: 0.5 }],
    ["6,9% (năm 2025)", "9%", { status: "not_met", shortBy: 2.1 }],
    ["12", "12", { status: "met" }],
    ["01", "02", { status: "not_met", shortBy: 1 }],
    ["127", "500", { status: "not_met", shortBy: 373 }],
    ["17 (Số liệu lũy kế)", "40", { status: "not_met", shortBy: 23 }],
    ["Chưa đến kỳ báo cáo", "45", { status: "no_data", reason: "Chưa đến kỳ báo cáo" }],
    ["1%", "2%", { status: "not_met", shortBy: 1 }],
    ["34/30", "30", { status: "met" }],
    ["7,26 (Theo Báo cáo PII của Bộ Khoa học và Công nghệ)", "8", { status: "not_met", shortBy: 0.74 }],
  ])("%j against %j", (valueText, targetText, expected) => {
    expect(compareToTarget(value(valueText), target(targetText))).toEqual(expected);
  });
});

describe("compareToTarget with an increase over last year", () => {
  const increase = target("Tăng tối thiểu 01 doanh nghiệp khởi nghiệp sáng tạo.");

  it("is not met when the result stayed at last year's level", () => {
    // Part A III.1: 01 in 2025, so 2026 needs at least 2; the officer reported 0.
    expect(compareToTarget(value("0"), increase, { baseline: 1 })).toEqual({ status: "not_met", shortBy: 2 });
    expect(compareToTarget(value("01"), increase, { baseline: 1 })).toEqual({ status: "not_met", shortBy: 1 });
  });

  it("is met once the result reaches last year's plus the increase", () => {
    expect(compareToTarget(value("02"), increase, { baseline: 1 })).toEqual({ status: "met" });
  });

  it("has no data without last year's result", () => {
    expect(compareToTarget(value("02"), increase)).toEqual({
      status: "no_data",
      reason: "Chỉ tiêu tính theo mức tăng so với năm trước nhưng chưa có kết quả năm trước để so sánh.",
    });
  });
});

describe("compareToTarget with other operators", () => {
  it.each<[string, string, TargetComparison]>([
    ["3%", "không quá 5%", { status: "met" }],
    ["5%", "≤ 5%", { status: "met" }],
    ["7,2%", "≤ 5%", { status: "not_met", shortBy: 2.2 }],
    ["100%", "= 100%", { status: "met" }],
    ["98%", "= 100%", { status: "not_met", shortBy: 2 }],
    ["102%", "= 100%", { status: "not_met", shortBy: 2 }],
  ])("%j against %j", (valueText, targetText, expected) => {
    expect(compareToTarget(value(valueText), target(targetText))).toEqual(expected);
  });
});

describe("compareToTarget without comparable data", () => {
  it("says there is no data when the value has neither number nor reason", () => {
    const blank: ParsedValue = { raw: "", unit: "none", flags: { estimate: false, cumulative: false } };
    expect(compareToTarget(blank, target("70%"))).toEqual({ status: "no_data", reason: "Chưa có số liệu" });
  });

  it("refuses a count against a percent target", () => {
    expect(compareToTarget(value("12"), target("70%"))).toEqual({
      status: "no_data",
      reason: "Không so sánh được: chỉ tiêu tính theo tỷ lệ phần trăm (%), còn giá trị báo cáo là số lượng.",
    });
  });

  it("refuses a percent against a count target", () => {
    const result = compareToTarget(value("45%"), target("45"));
    expect(result.status).toBe("no_data");
    expect(result.status === "no_data" && result.reason).toContain("chỉ tiêu tính theo số lượng");
  });

  it("compares a number written without % once the indicator's measure is known", () => {
    expect(compareToTarget(value("40", "percent"), target("45", "percent"))).toEqual({
      status: "not_met",
      shortBy: 5,
    });
  });
});
