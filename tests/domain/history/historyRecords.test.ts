import { consolidateAndReport } from "../../../src/domain/report/reportConsolidation";
import { historyRecords } from "../../../src/domain/history/historyRecords";
import { recordedTasks } from "../../../src/domain/history/recordedOutcomes";
import { catalog, period, taskEntry, unitFile } from "../consolidation/fixtures";

describe("historyRecords of a composite deadline", () => {
  // NV.I.8 "(1) Quý I/2026 (2) Thường xuyên": Sở KH&CN's form gave each part's status.
  const files = [
    unitFile("so-khcn", {
      tasks: [{ ...taskEntry("NV.I.8", "in_progress"), partStatuses: ["done", "in_progress"] }],
    }),
  ];
  const records = historyRecords(
    catalog,
    consolidateAndReport({ catalog, period: period("2026-05"), asOf: "2026-05-14", files }),
    files,
  ).filter((record) => record.unitId === "so-khcn");

  it("writes a row per part after the task's, each with its status, as the form asks them", () => {
    expect(records.map((record) => [record.itemId, record.status])).toEqual([
      ["NV.I.8", "Đang thực hiện"],
      ["NV.I.8#1", "Đã hoàn thành"],
      ["NV.I.8#2", "Đang thực hiện"],
    ]);
  });

  it("reads the rows back as the task with its part statuses", () => {
    expect(recordedTasks(records)).toEqual([
      { taskId: "NV.I.8", status: "in_progress", partStatuses: ["done", "in_progress"], cell: files[0].tasks[0].cell },
    ]);
  });
});
