import { periodLabel } from "../../../src/domain/language/parsePeriod";
import { parsePeriodLabel } from "../../../src/domain/language/parsePeriodLabel";
import { periodChoices } from "../../../src/domain/language/periodChoices";

describe("parsePeriodLabel", () => {
  it("reads back every period label of a plan year", () => {
    for (const period of periodChoices(2026)) expect(parsePeriodLabel(periodLabel(period))?.code).toBe(period.code);
  });

  it("forgives case, accents and spacing as a title line may show them", () => {
    expect(parsePeriodLabel("Tháng 5/2026")?.code).toBe("2026-05");
    expect(parsePeriodLabel("THANG  5/2026")?.code).toBe("2026-05");
    expect(parsePeriodLabel("quý II/2026")?.code).toBe("2026-Q2");
    expect(parsePeriodLabel("6 tháng đầu năm 2026")?.code).toBe("2026-H1");
    expect(parsePeriodLabel("năm 2027")?.code).toBe("2027");
  });

  it("gives nothing for a text that is not a period", () => {
    expect(parsePeriodLabel("tháng 13/2026")).toBeUndefined();
    expect(parsePeriodLabel("Tháng năm")).toBeUndefined();
    expect(parsePeriodLabel("")).toBeUndefined();
  });
});
