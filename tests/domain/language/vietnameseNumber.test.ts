import {
  formatVietnameseNumber,
  parseVietnameseNumber,
  shiftDecimalPoint,
} from "../../../src/domain/language/vietnameseNumber";

describe("parseVietnameseNumber", () => {
  it.each<[string, number]>([
    ["99,8", 99.8],
    ["58,65", 58.65],
    ["1,02", 1.02],
    ["1.234", 1234],
    ["1.234,5", 1234.5],
    ["1.234.567", 1234567],
    ["02", 2],
    ["0", 0],
    [" 127 ", 127],
    ["0,125", 0.125],
    ["1234,567", 1234.567],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["0.5", 0.5],
    ["3.36", 3.36],
    ["0.500", 0.5],
    ["1.2345", 1.2345],
    ["-5", -5],
    ["−2,5", -2.5],
    ["+7", 7],
  ])("reads %j as %d", (text, expected) => {
    expect(parseVietnameseNumber(text)).toEqual({ ok: true, value: expected });
  });

  it.each(["1,234", "12,345", "999,999", "-1,234"])("refuses the ambiguous %j", (text) => {
    const result = parseVietnameseNumber(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].code).toBe("ambiguous_number");
    expect(result.issues[0].message).toContain(`“${text}”`);
  });

  it("names both readings of an ambiguous number", () => {
    const result = parseVietnameseNumber("1,234");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0].message).toContain("số thập phân 1,234");
    expect(result.issues[0].message).toContain("hãy ghi 1.234");
  });

  it.each(["abc", "1,2,3", "1.2.3", "1.234,5,6", "12.", ",5", "1 234", "5%", "--5", "1,234.5.6"])(
    "refuses %j as not a number",
    (text) => {
      expect(parseVietnameseNumber(text)).toEqual({
        ok: false,
        issues: [{ path: [], code: "not_a_number", message: expect.stringContaining(`“${text.trim()}”`) }],
      });
    },
  );

  it.each(["", "   "])("refuses the empty text %j", (text) => {
    expect(parseVietnameseNumber(text)).toEqual({
      ok: false,
      issues: [{ path: [], code: "empty", message: "Chưa ghi số." }],
    });
  });

  it("returns 0, not -0, for a signed zero", () => {
    const result = parseVietnameseNumber("-0");
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });
});

describe("formatVietnameseNumber", () => {
  it.each<[number, string]>([
    [87.6, "87,6"],
    [1234, "1.234"],
    [1234.5, "1.234,5"],
    [66.67, "66,67"],
    [100, "100"],
    [0, "0"],
    [0.5, "0,5"],
    [1000000, "1.000.000"],
    [-1234567.891, "-1.234.567,89"],
    [1.005, "1,01"],
    [(2 / 3) * 100, "66,67"],
    [99.999, "100"],
    [-0.001, "0"],
  ])("writes %d as %j", (n, expected) => {
    expect(formatVietnameseNumber(n)).toBe(expected);
  });

  it.each<[number, number, string]>([
    [87.654, 1, "87,7"],
    [87.65, 0, "88"],
    [1.2, 3, "1,2"],
    [1.2345, 3, "1,235"],
    [58.65, 1, "58,7"],
  ])("writes %d with at most %d decimals as %j", (n, decimals, expected) => {
    expect(formatVietnameseNumber(n, { decimals })).toBe(expected);
  });

  it("leaves non-finite numbers visible instead of hiding them", () => {
    expect(formatVietnameseNumber(Number.NaN)).toBe("NaN");
    expect(formatVietnameseNumber(Number.POSITIVE_INFINITY)).toBe("Infinity");
  });
});

describe("shiftDecimalPoint", () => {
  it.each<[number, number, number]>([
    [0.07, 2, 7],
    [0.876, 2, 87.6],
    [0.0029, 2, 0.29],
    [87.6, -2, 0.876],
    [1e-7, 2, 0.00001],
  ])("shifts %d by %d places to %d", (n, places, expected) => {
    expect(shiftDecimalPoint(n, places)).toBe(expected);
  });
});
