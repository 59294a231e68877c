import type { ConsolidatedIndicator, ConsolidatedTask } from "../../../src/domain/consolidation/types";
import { figureChange, statusChange } from "../../../src/domain/history/describeChange";

function indicator(value: number | undefined, before: number | undefined): ConsolidatedIndicator {
  return {
    id: "CDS.II.2",
    ...(value === undefined ? {} : { value }),
    display: "",
    met: "met",
    reporting: 1,
    expected: 1,
    missingUnitIds: [],
    estimate: false,
    sources: [],
    previous: { period: "2026-04", ...(before === undefined ? {} : { value: before }), display: "" },
  };
}

function task(statusText: string, before?: string): ConsolidatedTask {
  return {
    id: "NV.I.1",
    programmeId: "CDS-2026",
    statusText,
    bucket: "continuous",
    overdue: false,
    description: "",
    sources: [],
    details: [],
    ...(before === undefined ? {} : { previous: { period: "2026-04", statusText: before } }),
  };
}

describe("figureChange", () => {
  it.each([
    [67.1, 65, "percent", "+2,1 điểm %"],
    [65, 67.1, "percent", "-2,1 điểm %"],
    [0.3, 0.1, "percent", "+0,2 điểm %"],
    [1250, 1247, "count", "+3"],
    [12, 12, "count", "Không đổi"],
  ] as const)("%s after %s (%s) → %s", (value, before, measure, text) =>
    expect(figureChange(indicator(value, before), measure)).toBe(text),
  );

  it("says nothing when either period has no figure", () => {
    expect(figureChange(indicator(undefined, 65), "percent")).toBeUndefined();
    expect(figureChange(indicator(67.1, undefined), "percent")).toBeUndefined();
  });
});

describe("statusChange", () => {
  it("names the move from the previous status, or says it is unchanged", () => {
    expect(statusChange(task("Đã hoàn thành", "Đang thực hiện"))).toBe("Đang thực hiện → Đã hoàn thành");
    expect(statusChange(task("Đang thực hiện", "Đang thực hiện"))).toBe("Không đổi");
    expect(statusChange(task("Đang thực hiện"))).toBeUndefined();
  });
});
