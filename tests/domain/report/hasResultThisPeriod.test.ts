import type { ConsolidatedTask } from "../../../src/domain/consolidation/types";
import { hasResultThisPeriod } from "../../../src/domain/report/hasResultThisPeriod";

const task = (over: Partial<ConsolidatedTask>): ConsolidatedTask => ({
  id: "NV.V.2",
  programmeId: "CDS-2026",
  statusText: "Chưa có báo cáo",
  bucket: "not_yet_due",
  overdue: false,
  description: "",
  sources: [],
  details: [],
  ...over,
});

describe("hasResultThisPeriod", () => {
  it("is true for a task its lead reported on, even without a description", () => {
    expect(hasResultThisPeriod(task({ status: "in_progress", statusText: "Đang thực hiện" }))).toBe(true);
  });

  it("is true for a task some unit described, though its lead said nothing", () => {
    expect(hasResultThisPeriod(task({ description: "- Xã Mường Sại: tổ chức tập huấn." }))).toBe(true);
  });

  it("is false for a task nobody reported on, blank description included", () => {
    expect(hasResultThisPeriod(task({ description: "  " }))).toBe(false);
  });
});
