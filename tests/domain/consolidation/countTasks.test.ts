import { consolidate } from "../../../src/domain/consolidation/consolidate";
import { countTasks } from "../../../src/domain/consolidation/countTasks";
import type { ConsolidatedTask } from "../../../src/domain/consolidation/types";
import type { TaskBucket, TaskStatus } from "../../../src/domain/language/types";
import { catalog, period, taskEntry, unitFile } from "./fixtures";

function task(bucket: TaskBucket, status: TaskStatus | undefined, overdue = false): ConsolidatedTask {
  return {
    id: "NV.X",
    programmeId: "CDS-2026",
    status,
    statusText: "",
    bucket,
    overdue,
    description: "",
    sources: [],
    details: [],
  };
}

describe("countTasks", () => {
  it("sorts each bucket by status, an unreported task counting as on time or not started", () => {
    const counts = countTasks([
      task("continuous", "in_progress"),
      task("recurring", "done"),
      task("recurring", undefined),
      task("due_before", "done"),
      task("due_before", "in_progress", true),
      task("due_in_period", "done"),
      task("due_in_period", "in_progress", true),
      task("due_in_period", "in_progress"),
      task("due_in_period", undefined),
      task("not_yet_due", "in_progress"),
      task("not_yet_due", "not_started"),
      task("not_yet_due", undefined),
      task("not_yet_due", "done"),
    ]);
    expect(counts).toEqual({
      total: 13,
      continuous: 1,
      recurring: 2,
      dueBefore: { total: 2, done: 1, overdue: 1 },
      dueInPeriod: { total: 4, done: 1, onTime: 2, overdue: 1 },
      notYetDue: { total: 4, done: 1, inProgress: 1, notStarted: 2 },
    });
  });
});

describe("the 2026 plan in May 2026", () => {
  const files = [
    unitFile("so-khcn", { tasks: [taskEntry("NV.IV.2", "done")] }),
    unitFile("xa-muong-sai", { tasks: [taskEntry("NV.I.2", "in_progress")] }),
    unitFile("cong-an-tinh", { tasks: [taskEntry("NV.VIII.1", "done"), taskEntry("NV.IV.10", "in_progress")] }),
  ];
  const result = consolidate({ catalog, period: period("2026-05"), asOf: "2026-05-14", files });

  it("puts each of the 75 tasks in exactly one bucket", () => {
    const { total, continuous, recurring, dueBefore, dueInPeriod, notYetDue } = result.taskCounts;
    expect(total).toBe(75);
    expect(continuous + recurring + dueBefore.total + dueInPeriod.total + notYetDue.total).toBe(75);
  });

  it("finds the deadlines before May and in May by reading them", () => {
    const plan = result.tasks.filter((t) => t.programmeId === "CDS-2026");
    const ids = (bucket: TaskBucket) => plan.filter((t) => t.bucket === bucket).map((t) => t.id);
    // Tháng 01/2026, Quý I/2026 (some with "(2) Thường xuyên" after), Quý I năm 2026, Tháng 4/2026.
    expect(ids("due_before")).toEqual([
      "NV.I.1",
      "NV.I.8",
      "NV.IV.2",
      "NV.IV.8",
      "NV.IV.9",
      "NV.IV.11",
      "NV.VIII.9",
      "NV.VIII.11",
      "NV.IX.1",
    ]);
    // "Trước 10/5/2026", "(1)…(4): 31/5/2026", "Tháng 05/2026 (Kế hoạch 04-KH/BCĐTW)".
    expect(ids("due_in_period")).toEqual(["NV.I.2", "NV.I.10", "NV.VIII.1"]);
  });

  it("counts NV.I.2, in progress on 14/5 past its 10/5 deadline, as quá hạn", () => {
    expect(result.taskCounts.dueInPeriod).toEqual({ total: 3, done: 1, onTime: 1, overdue: 1 });
    expect(result.taskCounts.dueBefore).toEqual({ total: 9, done: 1, overdue: 8 });
    expect(result.taskCounts.notYetDue).toEqual({ total: 15, done: 0, inProgress: 1, notStarted: 14 });
    expect(result.taskCounts.continuous + result.taskCounts.recurring).toBe(48);
  });
});
