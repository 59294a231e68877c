import { check, codes, theFinding } from "./checkHelpers";
import { taskRow, validSubmission } from "./submissionBuilder";

/**
 * Sở KH&CN's form, checked for May 2026 on 14/5/2026. NV.I.2 is due "- Kế hoạch: Trước 10/5/2026 - Báo cáo: …",
 * NV.I.3 "Trước 30/11/2026" with a plan as its product, NV.I.4 "Thường xuyên", NV.III.2 "Năm 2026".
 */
function khcn() {
  return validSubmission("so-khcn");
}

function checkedTask(result: ReturnType<typeof check>, taskId: string) {
  return result.tasks.find((task) => task.taskId === taskId);
}

describe("task rules", () => {
  it("requires a status", () => {
    const submission = khcn();
    const row = taskRow(submission, "NV.I.3");
    row.status.raw = null;
    const result = check(submission);
    const finding = theFinding(result, "missing_status");
    expect(finding).toMatchObject({ severity: "error", sheet: "Nhiệm vụ", cell: row.status.cell });
    expect(finding.subject).toEqual({ kind: "task", id: "NV.I.3" });
    expect(finding.message).toContain("Chưa chọn tiến độ");
    expect(result.status).toBe("accepted");
  });

  it("rejects a status outside the list, quoting it", () => {
    const submission = khcn();
    const row = taskRow(submission, "NV.I.3");
    row.status.raw = "Đang triển khai";
    const result = check(submission);
    const finding = theFinding(result, "bad_status");
    expect(finding).toMatchObject({ severity: "error", cell: row.status.cell });
    expect(finding.message).toContain("“Đang triển khai”");
    expect(finding.fix).toContain("“Đã hoàn thành”, “Đang thực hiện” hoặc “Chưa thực hiện”");
    expect(checkedTask(result, "NV.I.3")?.status).toBeUndefined();
  });

  it.each(["ĐANG THỰC HIỆN", "đang thực hiện", "Dang thuc hien", " Đang  thực hiện. "])(
    "reads the status %j whatever its accents and case",
    (written) => {
      const submission = khcn();
      taskRow(submission, "NV.I.3").status.raw = written;
      const result = check(submission);
      expect(result.findings).toEqual([]);
      expect(checkedTask(result, "NV.I.3")?.status).toBe("in_progress");
    },
  );

  it("rejects a progress above 100%", () => {
    const submission = khcn();
    const row = taskRow(submission, "NV.I.3");
    row.progress!.raw = "150%";
    const result = check(submission);
    const finding = theFinding(result, "bad_progress");
    expect(finding).toMatchObject({ severity: "error", cell: row.progress!.cell });
    expect(finding.message).toContain("“150%”");
    expect(checkedTask(result, "NV.I.3")).toMatchObject({ status: "in_progress" });
    expect(checkedTask(result, "NV.I.3")?.progress).toBeUndefined();
  });

  it("reads a percent-formatted progress of 0,6 as 60%", () => {
    const submission = khcn();
    const row = taskRow(submission, "NV.I.3");
    row.progress = { ...row.progress!, raw: 0.6, percentFormat: true };
    const result = check(submission);
    expect(result.findings).toEqual([]);
    expect(checkedTask(result, "NV.I.3")?.progress).toBe(60);
  });

  it("requires a description of what was done, and leaves the unsupported “done” out", () => {
    const submission = khcn();
    const row = taskRow(submission, "NV.I.3");
    row.status.raw = "Đã hoàn thành";
    row.progress!.raw = 100;
    row.description!.raw = null;
    const result = check(submission);
    const finding = theFinding(result, "missing_description");
    expect(finding).toMatchObject({ severity: "error", cell: row.status.cell });
    expect(finding.message).toContain("chưa mô tả kết quả");
    expect(checkedTask(result, "NV.I.3")?.status).toBeUndefined();
  });

  it("asks for the document number when the product is a plan", () => {
    const submission = khcn();
    const row = taskRow(submission, "NV.I.3");
    row.status.raw = "Đã hoàn thành";
    row.progress!.raw = 100;
    row.description!.raw = "Đã ban hành Kế hoạch kiểm tra năm 2026 tại đơn vị.";
    const finding = theFinding(check(submission), "missing_document_number");
    expect(finding).toMatchObject({ severity: "warning", cell: row.description!.cell });
    expect(finding.message).toContain("Kế hoạch kiểm tra năm 2026");
    row.description!.raw = "Đã ban hành Kế hoạch số 12/KH-SKHCN ngày 05/5/2026.";
    expect(check(submission).findings).toEqual([]);
  });

  it("flags a task due “Trước 10/5/2026” still unfinished on 14/5 as overdue (the May report said 0 overdue)", () => {
    const submission = khcn();
    const row = taskRow(submission, "NV.I.2");
    row.status.raw = "Đang thực hiện";
    row.progress!.raw = 80;
    row.description!.raw =
      "11/15 sở, ban, ngành và 28/75 xã, phường đã cập nhật, điều chỉnh Kế hoạch chuyển đổi số năm 2026";
    const result = check(submission);
    const finding = theFinding(result, "overdue");
    expect(finding).toMatchObject({ severity: "warning", cell: row.status.cell });
    expect(finding.message).toContain("hạn 10/5/2026");
    expect(finding.message).toContain("quá hạn");
    expect(checkedTask(result, "NV.I.2")).toMatchObject({
      overdue: true,
      bucket: "due_in_period",
      status: "in_progress",
    });
  });

  it("flags overdue whatever the unit wrote, even an unreadable status", () => {
    const submission = khcn();
    taskRow(submission, "NV.I.2").status.raw = "Chậm";
    const result = check(submission);
    expect(codes(result)).toEqual(expect.arrayContaining(["bad_status", "overdue"]));
    expect(checkedTask(result, "NV.I.2")?.overdue).toBe(true);
  });

  it("warns of a “Thường xuyên” task marked done", () => {
    const submission = khcn();
    const row = taskRow(submission, "NV.I.4");
    row.status.raw = "Đã hoàn thành";
    row.progress!.raw = 100;
    row.description!.raw = "Đã công khai trên Cổng thông tin điện tử tỉnh.";
    const finding = theFinding(check(submission), "ongoing_marked_done");
    expect(finding).toMatchObject({ severity: "warning", cell: row.status.cell });
    expect(finding.message).toContain("“Thường xuyên”");
  });

  it("accepts a task of “Năm 2026” finished early", () => {
    const submission = khcn();
    const row = taskRow(submission, "NV.III.2");
    row.status.raw = "Đã hoàn thành";
    row.progress!.raw = 100;
    row.description!.raw = "HĐND tỉnh đã ban hành Nghị quyết số 15/2026/NQ-HĐND.";
    expect(check(submission).findings).toEqual([]);
  });

  it.each([
    ["Đang thực hiện", "Đơn vị chưa triển khai do chưa có kinh phí.", "chưa triển khai"],
    ["Đã hoàn thành", "Đang xây dựng dự thảo Kế hoạch số 12/KH-SKHCN.", "Đang xây dựng dự thảo"],
    ["Đã hoàn thành", "Kế hoạch số 12/KH-SKHCN đang triển khai.", "đang triển khai"],
    ["Chưa thực hiện", "Đã hoàn thành dự thảo.", "Đã hoàn thành"],
  ])("warns when the description contradicts “%s”: %j", (status, description, phrase) => {
    const submission = khcn();
    const row = taskRow(submission, "NV.I.3");
    row.status.raw = status;
    row.progress!.raw = null;
    row.description!.raw = description;
    const finding = theFinding(check(submission), "description_contradicts_status");
    expect(finding).toMatchObject({ severity: "warning", cell: row.description!.cell });
    expect(finding.message).toContain(`cụm “${phrase}”, mâu thuẫn với tiến độ “${status}”`);
  });

  it.each([
    ["Đang thực hiện", 100, "100%"],
    ["Đã hoàn thành", 0, "0%"],
  ])("warns when “%s” comes with a progress of %j", (status, progress, shown) => {
    const submission = khcn();
    const row = taskRow(submission, "NV.I.3");
    row.status.raw = status;
    row.progress!.raw = progress;
    row.description!.raw = "Kế hoạch số 12/KH-SKHCN ngày 05/5/2026.";
    const finding = theFinding(check(submission), "progress_contradicts_status");
    expect(finding).toMatchObject({ severity: "warning", cell: row.progress!.cell });
    expect(finding.message).toContain(`Tỷ lệ hoàn thành ${shown} không khớp với tiến độ “${status}”`);
  });

  it("reports an Excel error value in the status cell", () => {
    const submission = khcn();
    const row = taskRow(submission, "NV.I.3");
    row.status = { ...row.status, raw: null, error: "#N/A" };
    const result = check(submission);
    expect(theFinding(result, "error_value")).toMatchObject({ severity: "error", cell: row.status.cell });
    expect(codes(result)).not.toContain("missing_status");
  });

  it("reports #N/A read back as text in the progress cell", () => {
    const submission = khcn();
    const row = taskRow(submission, "NV.I.3");
    row.progress!.raw = "#N/A";
    const result = check(submission);
    const finding = theFinding(result, "error_value");
    expect(finding).toMatchObject({ severity: "error", cell: row.progress!.cell });
    expect(finding.message).toContain("Tỷ lệ hoàn thành (%) có giá trị lỗi #N/A");
    expect(codes(result)).not.toContain("bad_progress");
  });

  it("warns of a formula in the progress cell", () => {
    const submission = khcn();
    const row = taskRow(submission, "NV.I.3");
    row.progress = { ...row.progress!, formula: true };
    expect(theFinding(check(submission), "formula_input")).toMatchObject({
      severity: "warning",
      cell: row.progress.cell,
    });
  });
});
