import type { TaskCounts } from "../../../src/domain/consolidation/types";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { taskSentences } from "../../../src/domain/report/taskSentences";

function period(code: string): Period {
  const result = parsePeriod(code);
  if (!result.ok) throw new Error(`test setup: ${code}`);
  return result.value;
}

/** Section III of the May 2026 report: 24 + 5 + 1 + 45 = 75. */
const MAY_2026: TaskCounts = {
  total: 75,
  continuous: 24,
  recurring: 0,
  dueBefore: { total: 5, done: 5, overdue: 0 },
  dueInPeriod: { total: 1, done: 0, onTime: 1, overdue: 0 },
  notYetDue: { total: 45, done: 0, inProgress: 38, notStarted: 7 },
};

describe("taskSentences", () => {
  it("writes the May 2026 report's section III", () => {
    expect(taskSentences(MAY_2026, period("2026-05"))).toEqual([
      "Tổng số: 75 nhiệm vụ, trong đó:",
      "- Nhiệm vụ thường xuyên (gồm cả nhiệm vụ có thời gian thực hiện “năm 2026”): 24 nhiệm vụ.",
      "- Nhiệm vụ có thời hạn trong quý I và trong tháng 4/2026 là: 5 nhiệm vụ (Đã hoàn thành 5 nhiệm vụ; Quá hạn 0 nhiệm vụ).",
      "- Nhiệm vụ có thời hạn trong tháng 5/2026: 1 nhiệm vụ. Số nhiệm vụ đã hoàn thành: 0 nhiệm vụ. " +
        "Số nhiệm vụ đang thực hiện trong hạn: 1 nhiệm vụ. Số nhiệm vụ quá hạn: 0 nhiệm vụ.",
      "- Nhiệm vụ chưa đến hạn: 45 nhiệm vụ (Đang triển khai: 38 nhiệm vụ; Chưa triển khai: 7 nhiệm vụ).",
    ]);
  });

  it("counts recurring tasks in the “thường xuyên” line and says so", () => {
    const counts = { ...MAY_2026, continuous: 22, recurring: 2 };
    expect(taskSentences(counts, period("2026-05"))[1]).toBe(
      "- Nhiệm vụ thường xuyên (gồm cả nhiệm vụ định kỳ và nhiệm vụ có thời gian thực hiện “năm 2026”): 24 nhiệm vụ.",
    );
  });

  it("names a task finished before its due date only when there is one", () => {
    const counts = { ...MAY_2026, notYetDue: { total: 45, done: 1, inProgress: 37, notStarted: 7 } };
    expect(taskSentences(counts, period("2026-05"))[4]).toBe(
      "- Nhiệm vụ chưa đến hạn: 45 nhiệm vụ (Đã hoàn thành trước hạn: 1 nhiệm vụ; " +
        "Đang triển khai: 37 nhiệm vụ; Chưa triển khai: 7 nhiệm vụ).",
    );
  });

  it("counts “năm 2026” among the tasks due in the annual report, not in the “thường xuyên” line", () => {
    const lines = taskSentences({ ...MAY_2026, continuous: 22, recurring: 2 }, period("2026"));
    expect(lines[1]).toBe("- Nhiệm vụ thường xuyên (gồm cả nhiệm vụ định kỳ): 24 nhiệm vụ.");
    expect(taskSentences(MAY_2026, period("2026"))[1]).toBe("- Nhiệm vụ thường xuyên: 24 nhiệm vụ.");
    expect(lines[3]).toMatch(/^- Nhiệm vụ có thời hạn trong năm 2026: 1 nhiệm vụ\./);
  });

  it("names the quarter for a quarterly report", () => {
    const lines = taskSentences(MAY_2026, period("2026-Q3"));
    expect(lines[2]).toMatch(/^- Nhiệm vụ có thời hạn trong quý I, quý II\/2026 là: 5 nhiệm vụ/);
    expect(lines[3]).toMatch(/^- Nhiệm vụ có thời hạn trong quý III\/2026: 1 nhiệm vụ\./);
  });
});
