import { parseValue } from "../../../src/domain/language/parseValue";
import type { MeasureUnit } from "../../../src/domain/language/types";
import { indicatorDisplay } from "../../../src/domain/language/indicatorDisplay";

function displayOf(text: string, measure: MeasureUnit): string {
  const parsed = parseValue(text, { measure });
  if (!parsed.ok || parsed.value.number === undefined) throw new Error(`test setup: ${text}`);
  return indicatorDisplay({ ...parsed.value, number: parsed.value.number });
}

describe("indicatorDisplay", () => {
  it.each<[string, MeasureUnit, string]>([
    ["67,1%", "percent", "67,1%"],
    ["63,07%", "percent", "63,07%"],
    ["Ước 99,8%", "percent", "Ước 99,8%"],
    ["6,9% (năm 2025)", "percent", "6,9% (năm 2025)"],
    ["127", "count", "127"],
    ["17 (Số liệu lũy kế)", "count", "17 (Số liệu lũy kế)"],
    ["1.234", "count", "1.234"],
  ])("writes %s as the report does: %s", (text, measure, display) => {
    expect(displayOf(text, measure)).toBe(display);
  });

  it("writes counts without the leading zero the officers type (“01” → “1”)", () => {
    expect(displayOf("01 (Số liệu lũy kế)", "count")).toBe("1 (Số liệu lũy kế)");
  });
});
