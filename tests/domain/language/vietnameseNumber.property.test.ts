import fc from "fast-check";
import { parseTarget } from "../../../src/domain/language/parseTarget";
import { parseValue } from "../../../src/domain/language/parseValue";
import { formatVietnameseNumber, parseVietnameseNumber } from "../../../src/domain/language/vietnameseNumber";

// Characters officers type in result cells, so random strings reach the interesting branches.
const CELL_PIECES = [
  "0",
  "1",
  "2",
  "5",
  "9",
  ",",
  ".",
  "%",
  "/",
  "-",
  " ",
  "≥",
  "≤",
  ">=",
  "(",
  ")",
  "Ước ",
  "năm 2025",
];
const cellLikeText = fc.string({ unit: fc.constantFrom(...CELL_PIECES), maxLength: 12 });

describe("formatVietnameseNumber → parseVietnameseNumber", () => {
  it("gives back every finite number with up to 2 decimals", () => {
    const hundredths = fc.tuple(
      fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
      fc.integer({ min: 0, max: 99 }),
    );
    fc.assert(
      fc.property(hundredths, ([whole, cents]) => {
        const n = (whole * 100 + cents) / 100;
        expect(parseVietnameseNumber(formatVietnameseNumber(n))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it("gives back any finite double to within half a hundredth", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        const result = parseVietnameseNumber(formatVietnameseNumber(n));
        expect(result.ok).toBe(true);
        if (result.ok) expect(Math.abs(result.value - n)).toBeLessThanOrEqual(0.005 + Math.abs(n) * 1e-15);
      }),
    );
  });
});

describe("parsers never throw", () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc.string({ unit: "binary-ascii" }),
    cellLikeText,
  );

  it("parseValue returns a result with a Vietnamese message for any string", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseValue(text);
        if (result.ok) expect(result.value.raw).toBe(text);
        else expect(result.issues.every((issue) => issue.message.length > 0)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("parseValue keeps either a number or a reason when it succeeds", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseValue(text);
        if (result.ok) expect((result.value.number === undefined) !== (result.value.reason === undefined)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("parseTarget and parseVietnameseNumber return a result for any string", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(typeof parseTarget(text).ok).toBe("boolean");
        expect(typeof parseVietnameseNumber(text).ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });

  it("parseValue accepts any JS number from a cell, finite or not", () => {
    fc.assert(
      fc.property(fc.double(), fc.boolean(), (n, excelPercentFraction) => {
        const result = parseValue(n, { excelPercentFraction });
        expect(result.ok).toBe(Number.isFinite(n));
      }),
    );
  });
});
