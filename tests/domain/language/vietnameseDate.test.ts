import { vietnameseDate } from "../../../src/domain/language/vietnameseDate";

describe("vietnameseDate", () => {
  it("prints a day as the seeds do: day in two digits, month without a leading zero", () => {
    expect(vietnameseDate("2026-05-14")).toBe("14/5/2026");
    expect(vietnameseDate("2026-05-06")).toBe("06/5/2026");
    expect(vietnameseDate("2026-12-31")).toBe("31/12/2026");
  });
});
