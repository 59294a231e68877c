import { formContentFor } from "../../../src/domain/forms/formContent";
import { check, theFinding } from "./checkHelpers";
import { catalog, indicatorRow, taskRow, validSubmission } from "./submissionBuilder";

describe("validateSubmission", () => {
  it.each(["so-khcn", "xa-muong-sai", "so-yt", "cong-an-tinh"])(
    "accepts the correct form of %s without a finding",
    (unitId) => {
      const result = check(validSubmission(unitId));
      const content = formContentFor(catalog, unitId);
      expect(result).toMatchObject({ file: `${unitId}-2026-05.xlsx`, unitId, status: "accepted", findings: [] });
      expect(result.indicators.map((indicator) => indicator.indicatorId)).toEqual(content.indicators.map((i) => i.id));
      expect(result.tasks.map((task) => task.taskId)).toEqual(content.tasks.map((t) => t.id));
      expect(result.indicators.every((indicator) => indicator.value !== undefined)).toBe(true);
      expect(result.tasks.every((task) => task.status !== undefined)).toBe(true);
    },
  );

  it("gives consolidation Tử số, Mẫu số and the rate they make", () => {
    const submission = validSubmission("xa-muong-sai");
    const row = indicatorRow(submission, "CDS.III.6");
    row.numerator!.raw = 174;
    row.denominator!.raw = 200;
    row.result.raw = 87;
    const indicator = check(submission).indicators.find((i) => i.indicatorId === "CDS.III.6");
    expect(indicator).toMatchObject({
      numerator: 174,
      denominator: 200,
      value: { number: 87, unit: "percent" },
      comparison: { status: "met" },
      cell: { sheet: "Chỉ tiêu", cell: row.result.cell },
      estimate: false,
    });
  });

  it("never rejects a file for one bad cell, and leaves only that value out", () => {
    const submission = validSubmission("so-khcn");
    indicatorRow(submission, "CDS.I.1").result.raw = "Đạt";
    const result = check(submission);
    expect(result.status).toBe("accepted");
    expect(theFinding(result, "unreadable_value").severity).toBe("error");
    const values = new Map(result.indicators.map((indicator) => [indicator.indicatorId, indicator]));
    expect(values.get("CDS.I.1")).toEqual({
      indicatorId: "CDS.I.1",
      cell: { sheet: "Chỉ tiêu", cell: indicatorRow(submission, "CDS.I.1").result.cell },
      estimate: false,
      belowLastYear: false,
    });
    expect(values.get("CDS.I.2")?.value?.number).toBe(72);
  });

  it("leaves Tử số and Mẫu số out of a rate with an error", () => {
    const submission = validSubmission("so-khcn");
    const row = indicatorRow(submission, "CDS.II.2");
    row.numerator!.raw = 120;
    row.denominator!.raw = 100;
    const indicator = check(submission).indicators.find((i) => i.indicatorId === "CDS.II.2");
    expect(indicator?.value).toBeUndefined();
    expect(indicator?.numerator).toBeUndefined();
    expect(indicator?.denominator).toBeUndefined();
    expect(indicator?.comparison).toBeUndefined();
  });

  it("keeps a value with only warnings", () => {
    const submission = validSubmission("so-khcn");
    indicatorRow(submission, "CDS.I.1").result.raw = "67,1%";
    const indicator = check(submission).indicators.find((i) => i.indicatorId === "CDS.I.1");
    expect(indicator?.value?.number).toBe(67.1);
  });

  it("passes the texts of a task on, trimmed, and its section III bucket", () => {
    const submission = validSubmission("so-khcn");
    const row = taskRow(submission, "NV.I.4");
    row.description!.raw = "  Đăng 12 tin, bài trên Cổng thông tin điện tử.  ";
    row.difficulties!.raw = "Thiếu nhân lực";
    const task = check(submission).tasks.find((t) => t.taskId === "NV.I.4");
    expect(task).toEqual({
      taskId: "NV.I.4",
      status: "in_progress",
      progress: 50,
      description: "Đăng 12 tin, bài trên Cổng thông tin điện tử.",
      difficulties: { text: "Thiếu nhân lực", cell: { sheet: "Nhiệm vụ", cell: row.difficulties!.cell } },
      overdue: false,
      bucket: "continuous",
      statusCell: { sheet: "Nhiệm vụ", cell: row.status.cell },
    });
  });

  it("keeps the line breaks of a list of difficulties or proposals, each line cleaned, blank lines dropped", () => {
    const submission = validSubmission("so-khcn");
    const row = taskRow(submission, "NV.I.4");
    row.difficulties!.raw = "1. Thiếu  nhân lực;\r\n\n2. Thiếu kinh phí.  ";
    row.proposals!.raw = "  \n ";
    const task = check(submission).tasks.find((t) => t.taskId === "NV.I.4");
    expect(task?.difficulties?.text).toBe("1. Thiếu nhân lực;\n2. Thiếu kinh phí.");
    expect(task?.proposals).toBeUndefined();
  });

  it("names the file and the unit in every finding", () => {
    const submission = validSubmission("xa-muong-sai", "Muong Sai T5.xlsx");
    taskRow(submission, "NV.I.2").status.raw = "Chưa thực hiện";
    const finding = theFinding(check(submission), "overdue");
    expect(finding).toMatchObject({ file: "Muong Sai T5.xlsx", unit: "xa-muong-sai" });
    expect(finding.fix).toBeTruthy();
  });
});
