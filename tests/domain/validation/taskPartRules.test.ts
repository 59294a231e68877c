import type { TaskEntry } from "../../../src/domain/submission/types";
import { check, codes, theFinding } from "./checkHelpers";
import { partLabel } from "../../../src/domain/language/deadlineParts";
import { catalog, taskRow, TASK_SHEET, validSubmission } from "./submissionBuilder";

/**
 * Sở KH&CN's form for May 2026, checked on 14/5/2026, where NV.I.8 "(1) Quý I/2026 (2) Thường xuyên" asks
 * Tiến độ on a row per part (rows 200 and 201 here), as the form builds it.
 */
function withParts(statuses: (string | null)[]) {
  const submission = validSubmission("so-khcn");
  const row: TaskEntry = taskRow(submission, "NV.I.8");
  row.status = { ...row.status, raw: "Ghi theo từng phần bên dưới" };
  row.progress = { ...row.progress!, raw: 60 };
  const task = catalog.tasks.find((candidate) => candidate.id === "NV.I.8")!;
  row.parts = statuses.map((raw, index) => {
    const at = (column: string, text: string | null) => ({
      sheet: TASK_SHEET,
      cell: `${column}${200 + index}`,
      raw: text,
    });
    return {
      index,
      fixed: {
        stt: at("A", null),
        name: at("B", `Phần ${partLabel(task.deadline, index)}`),
        product: at("C", null),
        deadline: at("D", task.deadline.parts[index].text),
      },
      status: at("E", raw),
    };
  });
  return { submission, row };
}

function checkedI8(result: ReturnType<typeof check>) {
  return result.tasks.find((task) => task.taskId === "NV.I.8");
}

describe("task rules on a composite deadline's parts", () => {
  it("does not call I.8 overdue once part (1), due in quý I, is done: the task runs on (part 2)", () => {
    const { submission } = withParts(["Đã hoàn thành", "Đang thực hiện"]);
    const result = check(submission);
    expect(result.findings).toEqual([]);
    expect(checkedI8(result)).toMatchObject({
      status: "in_progress",
      partStatuses: ["done", "in_progress"],
      overdue: false,
      bucket: "continuous",
    });
  });

  it("calls it overdue on part (1) while that part is not done, pointing at the part's cell", () => {
    const { submission } = withParts(["Đang thực hiện", "Đang thực hiện"]);
    const result = check(submission);
    const finding = theFinding(result, "overdue");
    expect(finding).toMatchObject({ severity: "warning", sheet: TASK_SHEET, cell: "E200" });
    expect(finding.message).toContain("Mục “(1)”: hạn 31/3/2026");
    expect(checkedI8(result)).toMatchObject({ overdue: true, partStatuses: ["in_progress", "in_progress"] });
  });

  it("still judges a form without part rows by the task's one status, as before", () => {
    const submission = validSubmission("so-khcn");
    const row = taskRow(submission, "NV.I.8");
    row.status.raw = "Đang thực hiện";
    const finding = theFinding(check(submission), "overdue");
    expect(finding.cell).toBe(row.status.cell);
    expect(checkedI8(check(submission))?.partStatuses).toBeUndefined();
  });

  it("requires every part's status, at the blank part's cell, and keeps the task's status out meanwhile", () => {
    const { submission } = withParts(["Đã hoàn thành", null]);
    const result = check(submission);
    expect(theFinding(result, "missing_status")).toMatchObject({ severity: "error", cell: "E201" });
    expect(checkedI8(result)?.status).toBeUndefined();
    expect(checkedI8(result)?.partStatuses).toBeUndefined();
  });

  it("rejects a part's status outside the list, and an error value in a part", () => {
    expect(theFinding(check(withParts(["Xong", "Đang thực hiện"]).submission), "bad_status").cell).toBe("E200");
    expect(theFinding(check(withParts(["Đã hoàn thành", "#N/A"]).submission), "error_value").cell).toBe("E201");
  });

  it("warns of the part that runs “Thường xuyên” marked done, naming that part's time", () => {
    const { submission, row } = withParts(["Đã hoàn thành", "Đã hoàn thành"]);
    row.description!.raw = "Đã rà soát, đăng ký kinh phí tại Công văn số 1855/UBND-KGVX ngày 24/3/2026.";
    const result = check(submission);
    const finding = theFinding(result, "ongoing_marked_done");
    expect(finding).toMatchObject({ severity: "warning", cell: "E201" });
    expect(finding.message).toContain("“Thường xuyên”");
    expect(codes(result)).not.toContain("overdue");
    expect(checkedI8(result)?.status).toBe("done");
  });

  it("rejects a part row's locked Thời gian or Nội dung edited, pointing at the part's cell", () => {
    const { submission, row } = withParts(["Đã hoàn thành", "Đang thực hiện"]);
    row.parts![1].fixed.deadline.raw = "Quý IV/2026";
    row.parts![0].fixed.stt.raw = "1";
    const finding = theFinding(check(submission), "fixed_edited");
    expect(finding).toMatchObject({ severity: "error", sheet: TASK_SHEET, cell: "A200" });
    expect(finding.message).toContain("tổng cộng 2 ô");
    const { submission: renamed, row: renamedRow } = withParts(["Đã hoàn thành", "Đang thực hiện"]);
    renamedRow.parts![1].fixed.name.raw = "Phần (1)";
    const other = theFinding(check(renamed), "fixed_edited");
    expect(other.cell).toBe("B201");
    expect(other.message).toContain("“Phần (1)” thay vì “Phần (2)”");
  });

  it("does not count a part row's label re-spaced, nor judge a part row the deadline does not have", () => {
    const { submission, row } = withParts(["Đã hoàn thành", "Đang thực hiện"]);
    row.parts![0].fixed.name.raw = " Phần  (1) ";
    row.parts!.push({ ...structuredClone(row.parts![1]), index: 2 });
    expect(codes(check(submission))).not.toContain("fixed_edited");
  });
});
