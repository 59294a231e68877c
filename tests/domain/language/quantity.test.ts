import { readLeadingQuantity, unitOfPlainNumber } from "../../../src/domain/language/quantity";

describe("readLeadingQuantity", () => {
  it.each<[string, object]>([
    ["≥ 94%", { symbol: ">=", symbolText: "≥", number: 94, percent: true, rest: "" }],
    ["<= 5 %", { symbol: "<=", symbolText: "<=", number: 5, percent: true, rest: "" }],
    ["34/30", { number: 34, denominator: 30, percent: false, rest: "" }],
    ["34 / 30 sáng kiến", { number: 34, denominator: 30, percent: false, rest: "sáng kiến" }],
    ["01 doanh nghiệp.", { number: 1, percent: false, rest: "doanh nghiệp." }],
    ["12.", { number: 12, percent: false, rest: "." }],
    ["1.234,5", { number: 1234.5, percent: false, rest: "" }],
  ])("reads %j", (text, expected) => {
    expect(readLeadingQuantity(text)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string]>([
    ["Đang thống kê", "no_number"],
    ["%", "no_number"],
    ["1,234%", "ambiguous_number"],
    ["5/1,234", "ambiguous_number"],
    ["1,2.3", "not_a_number"],
  ])("refuses %j with %s", (text, code) => {
    const result = readLeadingQuantity(text);
    expect(!result.ok && result.issues[0].code).toBe(code);
  });
});

describe("unitOfPlainNumber", () => {
  it("prefers the indicator's measure, then count for whole numbers, none for fractions", () => {
    expect(unitOfPlainNumber(7.26, "count")).toBe("count");
    expect(unitOfPlainNumber(12, undefined)).toBe("count");
    expect(unitOfPlainNumber(7.26, undefined)).toBe("none");
  });
});
