import { consolidateAndReport } from "../../../src/domain/report/reportConsolidation";
import type { FileOutcome } from "../../../src/domain/consolidation/types";
import { consolidateWithHistory } from "../../../src/domain/history/consolidateWithHistory";
import { historyRecords } from "../../../src/domain/history/historyRecords";
import type { TaskStatus } from "../../../src/domain/language/types";
import { catalog, period, taskEntry, unitFile } from "../consolidation/fixtures";

/** NV.I.2 "- Kế hoạch: Trước 10/5/2026 - Báo cáo: Quý, …" as three sở's forms give its plan part; reports run on. */
function month(code: string, plans: Record<string, TaskStatus>): FileOutcome[] {
  return Object.entries(plans).map(([unitId, plan]) =>
    unitFile(unitId, {
      file: `${code}_${unitId}.xlsx`,
      tasks: [{ ...taskEntry("NV.I.2", "in_progress", "Đã ban hành Kế hoạch."), partStatuses: [plan, "in_progress"] }],
    }),
  );
}

describe("'trong tháng' of a composite task's roll-up", () => {
  it("tells the units whose plan part was done during May, against April's part rows", () => {
    const april = month("2026-04", { "so-khcn": "done", "so-tc": "in_progress", "so-yt": "in_progress" });
    const aprilRun = consolidateAndReport({ catalog, period: period("2026-04"), asOf: "2026-04-14", files: april });
    const records = historyRecords(catalog, aprilRun, april);
    const may = month("2026-05", { "so-khcn": "done", "so-tc": "done", "so-yt": "in_progress" });
    const mayRun = consolidateAndReport({ catalog, period: period("2026-05"), asOf: "2026-05-14", files: may });
    const told = consolidateWithHistory(catalog, mayRun, may, { records, carryForward: false });
    const leadership = told.reportSections.find((section) => section.id === "leadership")!.sentences;
    expect(leadership.map((sentence) => sentence.text)).toContainEqual(
      expect.stringMatching(/^Trong tháng 5\/2026, thêm 01\/15 sở, ban, ngành/),
    );
  });
});
