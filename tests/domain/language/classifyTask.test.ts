import { classifyTask } from "../../../src/domain/language/classifyTask";
import { parseDeadline } from "../../../src/domain/language/parseDeadline";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Deadline, Period, TaskStatus } from "../../../src/domain/language/types";

function deadline(text: string): Deadline {
  const result = parseDeadline(text);
  if (!result.ok) throw new Error(`test setup: ${text} is not a deadline`);
  return result.value;
}

function period(code: string): Period {
  const result = parsePeriod(code);
  if (!result.ok) throw new Error(`test setup: ${code} is not a period`);
  return result.value;
}

const PLAN_AND_REPORTS = "- Kế hoạch: <b>Trước 10/5/2026</b> - Báo cáo: Quý, 6 tháng, năm và đột xuất";

describe("classifyTask: the May 2026 report's error", () => {
  it("counts the plan due “Trước 10/5/2026” and unfinished on 14/5 as overdue in May", () => {
    expect(classifyTask(deadline(PLAN_AND_REPORTS), period("2026-05"), "2026-05-14", "in_progress")).toEqual({
      bucket: "due_in_period",
      overdue: true,
      dueDate: "2026-05-10",
      overdueParts: [0],
      decidingPart: 0,
      reason: "Mục “Kế hoạch”: hạn 10/5/2026, trong kỳ tháng 5/2026; đến ngày 14/5/2026 đang thực hiện: quá hạn.",
    });
  });

  it("reads “Trước 10/5/2026” as due on the 10th itself: not overdue that day, overdue the day after", () => {
    const plan = deadline("Trước 10/5/2026");
    expect(classifyTask(plan, period("2026-05"), "2026-05-10", "in_progress").overdue).toBe(false);
    expect(classifyTask(plan, period("2026-05"), "2026-05-11", "in_progress").overdue).toBe(true);
  });

  it("keeps it overdue whatever the unit wrote, unless it wrote done", () => {
    const plan = deadline(PLAN_AND_REPORTS);
    for (const status of ["not_started", "in_progress", undefined] as const) {
      expect(classifyTask(plan, period("2026-05"), "2026-05-14", status).overdue).toBe(true);
    }
    expect(classifyTask(plan, period("2026-05"), "2026-05-14", "done")).toMatchObject({
      bucket: "due_in_period",
      overdue: false,
      dueDate: "2026-05-10",
    });
  });
});

describe("classifyTask: one due date", () => {
  it.each<[string, string, string, TaskStatus | undefined, object]>([
    // section III of the May report: "có thời hạn trong quý I và trong tháng 4/2026 … Đã hoàn thành"
    ["Quý I/2026", "2026-05", "2026-05-14", "done", { bucket: "due_before", overdue: false, dueDate: "2026-03-31" }],
    ["Tháng 4/2026", "2026-05", "2026-05-14", "not_started", { bucket: "due_before", overdue: true }],
    ["Tháng 4/2026", "2026-05", "2026-05-14", undefined, { bucket: "due_before", overdue: true }],
    ["Tháng 05/2026 (Kế hoạch 04-KH/BCĐTW)", "2026-05", "2026-05-14", "in_progress", { bucket: "due_in_period" }],
    ["Tháng 05/2026 (Kế hoạch 04-KH/BCĐTW)", "2026-05", "2026-06-02", "in_progress", { overdue: true }],
    ["Quý II/2026", "2026-05", "2026-05-14", "in_progress", { bucket: "not_yet_due", dueDate: "2026-06-30" }],
    ["Quý II/2026", "2026-Q2", "2026-07-05", "in_progress", { bucket: "due_in_period", overdue: true }],
    ["Quý II/2026", "2026-H1", "2026-07-05", "done", { bucket: "due_in_period", overdue: false }],
    ["Quý III - quý IV/2026", "2026-05", "2026-05-14", "in_progress", { bucket: "not_yet_due", dueDate: "2026-12-31" }],
    ["Trước 30/11/2026", "2026-11", "2026-12-08", "not_started", { bucket: "due_in_period", overdue: true }],
    ["Thời gian hoàn thành: 31/12/2025.", "2026-05", "2026-05-14", "in_progress", { bucket: "due_before" }],
  ])("%j in %s as of %s, %s", (text, code, asOf, status, expected) => {
    expect(classifyTask(deadline(text), period(code), asOf, status)).toMatchObject(expected);
  });

  it("explains a task that is not yet due", () => {
    expect(classifyTask(deadline("Quý II/2026"), period("2026-05"), "2026-05-14", "not_started").reason).toBe(
      "Hạn 30/6/2026, sau kỳ tháng 5/2026: chưa đến hạn; chưa thực hiện.",
    );
  });

  it("explains a task in progress on time", () => {
    expect(classifyTask(deadline("Tháng 5/2026"), period("2026-05"), "2026-05-14", "in_progress").reason).toBe(
      "Hạn 31/5/2026, trong kỳ tháng 5/2026; đang thực hiện, còn trong hạn.",
    );
  });

  it("explains an overdue task the unit did not report on", () => {
    expect(classifyTask(deadline("Tháng 4/2026"), period("2026-05"), "2026-05-14", undefined).reason).toBe(
      "Hạn 30/4/2026, trước kỳ tháng 5/2026; đến ngày 14/5/2026 chưa có báo cáo tiến độ: quá hạn.",
    );
  });
});

describe("classifyTask: continuous and recurring", () => {
  it.each([
    ["Thường xuyên", "continuous"],
    ["Thường xuyên (khi có thay đổi)", "continuous"],
    ["Năm 2026", "continuous"],
    ["<p>Năm 2026 (theo thực tế triển khai)</p>", "continuous"],
    ["Giai đoạn 2026 - 2030", "continuous"],
    ["Hằng quý", "recurring"],
    ["Hàng tháng", "recurring"],
    ["<p>Báo cáo: Quý, 6 tháng, năm và đột xuất</p>", "recurring"],
  ])("%j is %s and never overdue", (text, bucket) => {
    const classification = classifyTask(deadline(text), period("2026-05"), "2026-05-14", "in_progress");
    expect(classification).toMatchObject({ bucket, overdue: false });
    expect(classification.dueDate).toBeUndefined();
  });

  it("says why a task is continuous", () => {
    expect(classifyTask(deadline("Năm 2026"), period("2026-05"), "2026-05-14", "in_progress").reason).toBe(
      "Nhiệm vụ thường xuyên (thời hạn “Năm 2026”).",
    );
  });

  it("treats a year that has ended as due at its end", () => {
    expect(classifyTask(deadline("Năm 2025"), period("2026-05"), "2026-05-14", "in_progress")).toMatchObject({
      bucket: "due_before",
      overdue: true,
      dueDate: "2025-12-31",
    });
  });
});

describe("classifyTask: the annual report closes the year", () => {
  it("judges “Năm 2026” at 31/12: not done is overdue, even in a report made before the year ends", () => {
    for (const asOf of ["2026-12-15", "2026-12-31", "2027-01-14"]) {
      expect(classifyTask(deadline("Năm 2026"), period("2026"), asOf, "in_progress")).toMatchObject({
        bucket: "due_in_period",
        overdue: true,
        dueDate: "2026-12-31",
      });
    }
    expect(classifyTask(deadline("Năm 2026"), period("2026"), "2026-12-15", "done").overdue).toBe(false);
  });

  it("judges any part due within the year the same way, and leaves what runs on continuous", () => {
    expect(classifyTask(deadline("31/12/2026"), period("2026"), "2026-12-20", "not_started").overdue).toBe(true);
    expect(classifyTask(deadline("Thường xuyên"), period("2026"), "2026-12-20", "in_progress")).toMatchObject({
      bucket: "continuous",
      overdue: false,
    });
    expect(classifyTask(deadline("Giai đoạn 2026 - 2030"), period("2026"), "2026-12-20", "in_progress").bucket).toBe(
      "continuous",
    );
  });

  it("leaves “Năm 2026” continuous in a quarter, even the last", () => {
    expect(classifyTask(deadline("Năm 2026"), period("2026-Q4"), "2026-12-31", "in_progress").bucket).toBe(
      "continuous",
    );
  });
});

describe("classifyTask: composite deadlines, earliest unsettled due part decides", () => {
  it("is recurring once its plan part lies before the period and is done", () => {
    expect(classifyTask(deadline(PLAN_AND_REPORTS), period("2026-06"), "2026-06-14", "done")).toEqual({
      bucket: "recurring",
      overdue: false,
      decidingPart: 1,
      reason: "Nhiệm vụ định kỳ (thời hạn “Quý, 6 tháng, năm và đột xuất”).",
    });
  });

  it("stays on its plan part, overdue, while the plan is not done", () => {
    expect(classifyTask(deadline(PLAN_AND_REPORTS), period("2026-06"), "2026-06-14", "in_progress")).toMatchObject({
      bucket: "due_before",
      overdue: true,
      dueDate: "2026-05-10",
    });
  });

  it("“(1) Quý I/2026 (2) Thường xuyên” is continuous once done, overdue on (1) while not", () => {
    const text = "(1) Quý I/2026 (2) Thường xuyên";
    expect(classifyTask(deadline(text), period("2026-05"), "2026-05-14", "done")).toMatchObject({
      bucket: "continuous",
      overdue: false,
    });
    expect(classifyTask(deadline(text), period("2026-05"), "2026-05-14", "in_progress")).toMatchObject({
      bucket: "due_before",
      overdue: true,
      dueDate: "2026-03-31",
      reason: "Mục “(1)”: hạn 31/3/2026, trước kỳ tháng 5/2026; đến ngày 14/5/2026 đang thực hiện: quá hạn.",
    });
  });

  it("“- Quý III/2026 - Tháng 10/2026” moves to its second part once the first is done", () => {
    const text = "- Quý III/2026 - Tháng 10/2026";
    expect(classifyTask(deadline(text), period("2026-05"), "2026-05-14", "in_progress")).toMatchObject({
      bucket: "not_yet_due",
      dueDate: "2026-09-30",
    });
    expect(classifyTask(deadline(text), period("2026-10"), "2026-10-15", "done")).toMatchObject({
      bucket: "due_in_period",
      overdue: false,
      dueDate: "2026-10-31",
    });
    expect(classifyTask(deadline(text), period("2026-10"), "2026-10-15", "in_progress")).toMatchObject({
      bucket: "due_before",
      overdue: true,
      dueDate: "2026-09-30",
    });
  });

  it("a composite of due parts only, all done, is due before the period on its last part", () => {
    const text = "- (1) (2) (3) (4): 31/5/2026 - (5): 30/6/2026";
    expect(classifyTask(deadline(text), period("2026-07"), "2026-07-14", "done")).toMatchObject({
      bucket: "due_before",
      overdue: false,
      dueDate: "2026-06-30",
    });
  });

  it("“Tháng 01/2026 và năm 2026” is continuous after January if done", () => {
    const text = "Tháng 01/2026 và năm 2026";
    expect(classifyTask(deadline(text), period("2026-05"), "2026-05-14", "done").bucket).toBe("continuous");
    expect(classifyTask(deadline(text), period("2026-01"), "2026-01-20", "in_progress")).toMatchObject({
      bucket: "due_in_period",
      overdue: false,
    });
  });
});

describe("classifyTask: a status for each part of a composite deadline", () => {
  const fundingThenOngoing = "(1) Quý I/2026 (2) Thường xuyên";
  const estimates = "- (1) (2) (3) (4): 31/5/2026 - (5): 30/6/2026";

  it("does not count I.8 overdue in May once its part (1) was done in March", () => {
    expect(
      classifyTask(deadline(fundingThenOngoing), period("2026-05"), "2026-06-10", "in_progress", [
        "done",
        "in_progress",
      ]),
    ).toEqual({
      bucket: "continuous",
      overdue: false,
      decidingPart: 1,
      reason: "Nhiệm vụ thường xuyên (thời hạn “Thường xuyên”).",
    });
  });

  it("counts I.8 overdue on part (1) while that part is not done, whatever part (2) says", () => {
    expect(
      classifyTask(deadline(fundingThenOngoing), period("2026-05"), "2026-06-10", "in_progress", [
        "in_progress",
        "done",
      ]),
    ).toEqual({
      bucket: "due_before",
      overdue: true,
      dueDate: "2026-03-31",
      overdueParts: [0],
      decidingPart: 0,
      reason: "Mục “(1)”: hạn 31/3/2026, trước kỳ tháng 5/2026; đến ngày 10/6/2026 đang thực hiện: quá hạn.",
    });
  });

  it("names the late part even when an earlier part of the same period is done (a quarter's report)", () => {
    expect(
      classifyTask(deadline(estimates), period("2026-Q2"), "2026-07-10", "in_progress", ["done", "in_progress"]),
    ).toMatchObject({ bucket: "due_in_period", overdue: true, dueDate: "2026-06-30", overdueParts: [1] });
    expect(
      classifyTask(deadline(estimates), period("2026-Q2"), "2026-07-10", "in_progress", ["done", "done"]),
    ).toMatchObject({ bucket: "due_in_period", overdue: false, dueDate: "2026-05-31" });
  });

  it("lists every late part", () => {
    expect(
      classifyTask(deadline(estimates), period("2026-06"), "2026-07-10", "not_started", ["not_started", "in_progress"]),
    ).toMatchObject({ overdue: true, dueDate: "2026-05-31", overdueParts: [0, 1] });
  });

  it("lets a part without a status of its own take the task's", () => {
    const parts = deadline(fundingThenOngoing);
    expect(classifyTask(parts, period("2026-05"), "2026-06-10", "done", [undefined, "in_progress"]).overdue).toBe(
      false,
    );
    expect(classifyTask(parts, period("2026-05"), "2026-06-10", "in_progress", [undefined, "done"]).overdue).toBe(true);
  });

  it("reads a whole-task status as before: no part named for a single deadline", () => {
    const single = classifyTask(deadline("Tháng 4/2026"), period("2026-05"), "2026-05-14", "in_progress");
    expect(single.overdueParts).toBeUndefined();
    expect(single.decidingPart).toBeUndefined();
  });
});
