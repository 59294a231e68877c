import { formContentFor, formFingerprint } from "../../../src/domain/forms/formContent";
import { check } from "./checkHelpers";
import { catalog, indicatorRow, taskRow, validSubmission } from "./submissionBuilder";

function expectRejectedWithOne(result: ReturnType<typeof check>, code: string) {
  expect(result.status).toBe("rejected");
  expect(result.findings).toHaveLength(1);
  expect(result.findings[0]).toMatchObject({ code, severity: "error" });
  expect(result.indicators).toEqual([]);
  expect(result.tasks).toEqual([]);
  return result.findings[0];
}

describe("file rules", () => {
  it("rejects a form of another template version", () => {
    const submission = validSubmission("so-khcn");
    submission.identity.templateVersion = 2;
    const finding = expectRejectedWithOne(check(submission), "wrong_template");
    expect(finding.message).toContain("phiên bản 2");
    expect(finding.file).toBe("so-khcn-2026-05.xlsx");
  });

  it("rejects a workbook that is not our form at all", () => {
    const submission = validSubmission("so-khcn");
    submission.identity.templateId = "CDS-CHI-TIEU";
    expect(expectRejectedWithOne(check(submission), "wrong_template").message).toContain("“CDS-CHI-TIEU”");
  });

  it("rejects a unit id that is not in the register", () => {
    const submission = validSubmission("xa-muong-sai");
    submission.unitId = "xa-muong-sai-2";
    const result = check(submission);
    expect(expectRejectedWithOne(result, "unknown_unit").message).toContain("“xa-muong-sai-2”");
    expect(result.unitId).toBeUndefined();
  });

  it("rejects April's report sent in for May, naming both months", () => {
    const submission = validSubmission("xa-muong-sai");
    submission.period = "2026-04";
    const finding = expectRejectedWithOne(check(submission), "wrong_period");
    expect(finding.message).toContain("tháng 4/2026");
    expect(finding.message).toContain("tháng 5/2026");
  });

  it("rejects a period that cannot be read, quoting it", () => {
    const submission = validSubmission("xa-muong-sai");
    submission.period = "tháng năm";
    expect(expectRejectedWithOne(check(submission), "wrong_period").message).toContain("“tháng năm”");
  });

  it("rejects a form built from another catalog year", () => {
    const submission = validSubmission("so-khcn");
    submission.identity.catalogYear = 2025;
    expect(expectRejectedWithOne(check(submission), "catalog_mismatch").message).toContain("danh mục năm 2025");
  });

  it("rejects a form whose fixed content was built from another catalog", () => {
    const submission = validSubmission("so-khcn");
    const older = structuredClone(formContentFor(catalog, "so-khcn"));
    older.indicators[0].target2026 = "7";
    submission.identity.fingerprint = formFingerprint(older, submission);
    expect(expectRejectedWithOne(check(submission), "catalog_mismatch").message).toContain(
      "danh mục chỉ tiêu, nhiệm vụ khác",
    );
  });

  it("rejects a xã form whose hidden unit id names a neighbour, naming the xã it was made for, and credits it to no unit", () => {
    const submission = validSubmission("xa-muong-sai");
    submission.unitId = submission.identity.unitId = "xa-chieng-sung";
    const result = check(submission);
    expect(expectRejectedWithOne(result, "identity_mismatch").message).toBe(
      "Thông tin nhận dạng ẩn của biểu mẫu ghi đơn vị Xã Chiềng Sung, nhưng biểu mẫu được lập cho Xã Mường Sại: " +
        "mã đơn vị đã bị sửa, tệp không được tổng hợp.",
    );
    expect(result.unitId).toBeUndefined();
  });

  it("rejects April's form relabelled as May's in its hidden identity, naming the month it was made for", () => {
    const submission = validSubmission("xa-muong-sai");
    submission.identity.fingerprint = formFingerprint(formContentFor(catalog, "xa-muong-sai"), {
      unitId: "xa-muong-sai",
      period: "2026-04",
    });
    expect(expectRejectedWithOne(check(submission), "identity_mismatch").message).toContain(
      "biểu mẫu được lập cho kỳ tháng 4/2026",
    );
  });

  it.each([
    [{ sheet: "Chỉ tiêu", cell: "A2", unit: "Xã Chiềng Sung", period: "tháng 5/2026" }, "ghi đơn vị “Xã Chiềng Sung”"],
    [{ sheet: "Nhiệm vụ", cell: "A2", unit: "Xã Mường Sại", period: "tháng 4/2026" }, "ghi kỳ báo cáo “tháng 4/2026”"],
    [{ sheet: "Thông tin", cell: "C4", unit: "Sở Y tế" }, "ghi đơn vị “Sở Y tế”"],
    [{ sheet: "Thông tin", cell: "C5", period: "Quý II/2026" }, "ghi kỳ báo cáo “Quý II/2026”"],
  ])("rejects a form showing %j, naming the cell", (shown, says) => {
    const submission = validSubmission("xa-muong-sai");
    submission.shownIdentity = [{ sheet: "Thông tin", cell: "C4", unit: "Xã Mường Sại" }, shown];
    const finding = expectRejectedWithOne(check(submission), "identity_mismatch");
    expect(finding).toMatchObject({ sheet: shown.sheet, cell: shown.cell });
    expect(finding.message).toContain(`Ô ${shown.cell} trang “${shown.sheet}” ${says}`);
  });

  it("accepts a form showing its own unit and period, in other case and accents", () => {
    const submission = validSubmission("xa-muong-sai");
    submission.shownIdentity = [
      { sheet: "Thông tin", cell: "C4", unit: "xã Mường Sại" },
      { sheet: "Thông tin", cell: "C5", period: "Tháng 5/2026" },
      { sheet: "Chỉ tiêu", cell: "A2", unit: "Xa Muong Sai", period: "tháng 5/2026" },
    ];
    expect(check(submission).status).toBe("accepted");
  });

  it("rejects a form with a row deleted, naming the row", () => {
    const submission = validSubmission("so-khcn");
    submission.indicators = submission.indicators.filter((entry) => entry.indicatorId !== "CDS.I.1");
    const finding = expectRejectedWithOne(check(submission), "rows_changed");
    expect(finding.message).toContain("thiếu 1 dòng");
    expect(finding.message).toContain("Tỷ lệ dân số được phủ sóng 5G");
  });

  it("rejects a form with a row of another unit added and a row copied", () => {
    const submission = validSubmission("xa-muong-sai");
    const copied = structuredClone(taskRow(submission, "NV.I.2"));
    const foreign = { ...structuredClone(submission.tasks[0]), taskId: "NV.VII.1" };
    submission.tasks.push(copied, foreign);
    const finding = expectRejectedWithOne(check(submission), "rows_changed");
    expect(finding.message).toContain("thêm 1 dòng không có trong biểu mẫu (mã NV.VII.1)");
    expect(finding.message).toContain("1 dòng bị lặp (mã NV.I.2)");
  });

  it("rejects an edited target, pointing at the first edited cell and counting them", () => {
    const submission = validSubmission("so-khcn");
    const target = indicatorRow(submission, "CDS.I.1").fixed.target2026;
    target.raw = "60%";
    taskRow(submission, "NV.I.4").fixed.deadline.raw = "Quý IV/2026";
    const finding = expectRejectedWithOne(check(submission), "fixed_edited");
    expect(finding).toMatchObject({ sheet: "Chỉ tiêu", cell: target.cell });
    expect(finding.message).toContain("“60%” thay vì “70%”");
    expect(finding.message).toContain("tổng cộng 2 ô");
  });

  it("does not count a re-wrapped name or a decomposed accent as an edit", () => {
    const submission = validSubmission("so-khcn");
    const name = taskRow(submission, "NV.I.4").fixed.name;
    name.raw = `  ${String(name.raw).replace(/\n/g, "\n\n ").normalize("NFD")}  `;
    expect(check(submission).findings).toEqual([]);
  });

  it("reports only the file-level failure, however many cells are also wrong", () => {
    const submission = validSubmission("so-khcn");
    submission.period = "2026-04";
    indicatorRow(submission, "CDS.I.1").result.raw = "abc";
    taskRow(submission, "NV.I.2").status.raw = null;
    expectRejectedWithOne(check(submission), "wrong_period");
  });

  it("checks the template before anything else", () => {
    const submission = validSubmission("so-khcn");
    submission.identity.templateVersion = 0;
    submission.unitId = "khong-ro";
    expectRejectedWithOne(check(submission), "wrong_template");
  });
});
