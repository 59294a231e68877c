import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { ConsolidatedIndicator } from "../../../src/domain/consolidation/types";
import { appendixFigure } from "../../../src/domain/report/appendixFigure";

const catalog = catalog2026();
const indicator = (id: string) => {
  const found = catalog.indicators.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`test setup: no indicator ${id}`);
  return found;
};

function result(over: Partial<ConsolidatedIndicator>): ConsolidatedIndicator {
  return {
    id: "X",
    value: 99.8,
    display: "99,8%",
    met: "met",
    reporting: 90,
    expected: 90,
    missingUnitIds: [],
    estimate: false,
    sources: [],
    ...over,
  };
}

describe("appendixFigure", () => {
  // CDS.II.2 "Tỷ lệ cán bộ, công chức, viên chức được đào tạo …": every sở and xã, phường reports its share.
  const ratio = indicator("CDS.II.2");

  it("prints a ratio from every expected unit as it is", () => {
    expect(ratio.aggregation.rule).toBe("ratio");
    expect(appendixFigure(ratio, result({}))).toBe("99,8%");
  });

  it("prints “Ước 99,8%” when 80 of the 90 units expected gave a number, as the May 2026 report does", () => {
    expect(appendixFigure(ratio, result({ reporting: 80 }))).toBe("Ước 99,8%");
  });

  it("does not say “Ước” twice when a unit already wrote an estimate", () => {
    expect(appendixFigure(ratio, result({ reporting: 80, estimate: true, display: "Ước 99,8%" }))).toBe("Ước 99,8%");
  });

  it("prints a reason as it is: there is no number to estimate", () => {
    const reason = result({ value: undefined, display: "Đang thống kê số liệu", met: "no_data", reporting: 0 });
    expect(appendixFigure(ratio, reason)).toBe("Đang thống kê số liệu");
  });

  it("prints a lead's own figure as it is, even when a second lead has not reported", () => {
    const fiveG = indicator("CDS.I.1");
    expect(fiveG.aggregation.rule).toBe("lead_value");
    expect(appendixFigure(fiveG, result({ display: "67,1%", reporting: 1, expected: 2 }))).toBe("67,1%");
  });
});
