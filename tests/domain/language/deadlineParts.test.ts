import { isComposite, partLabel } from "../../../src/domain/language/deadlineParts";
import { parseDeadline } from "../../../src/domain/language/parseDeadline";

function parts(text: string) {
  const result = parseDeadline(text);
  if (!result.ok) throw new Error(`test setup: ${text} is not a deadline`);
  return result.value;
}

describe("deadline parts", () => {
  it("names a part by the label the plan prints before it", () => {
    const deadline = parts("- Kế hoạch: Trước 10/5/2026 - Báo cáo: Quý, 6 tháng, năm và đột xuất");
    expect([partLabel(deadline, 0), partLabel(deadline, 1)]).toEqual(["Kế hoạch", "Báo cáo"]);
  });

  it("names an unlabelled part by its place", () => {
    const deadline = parts("- Quý III/2026 - Tháng 10/2026");
    expect([partLabel(deadline, 0), partLabel(deadline, 1)]).toEqual(["(1)", "(2)"]);
  });

  it("calls a deadline with more than one part composite", () => {
    expect(isComposite(parts("(1) Quý I/2026 (2) Thường xuyên"))).toBe(true);
    expect(isComposite(parts("Quý I/2026"))).toBe(false);
  });
});
