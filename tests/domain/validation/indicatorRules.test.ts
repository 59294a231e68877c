import { check, codes, theFinding } from "./checkHelpers";
import { indicatorRow, validationContext, validSubmission } from "./submissionBuilder";

/** Sở KH&CN's form; CDS.I.1 (5G coverage, target 70%) is a plain result cell, CDS.II.2 a Tử số/Mẫu số row. */
function khcn() {
  return validSubmission("so-khcn");
}

function checked(result: ReturnType<typeof check>, indicatorId: string) {
  return result.indicators.find((indicator) => indicator.indicatorId === indicatorId);
}

describe("indicator rules", () => {
  it("requires a value: an empty result cell is an error at that cell", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.I.1");
    row.result.raw = null;
    const finding = theFinding(check(submission), "missing_value");
    expect(finding).toMatchObject({ severity: "error", sheet: "Chỉ tiêu", cell: row.result.cell });
    expect(finding.subject).toEqual({ kind: "indicator", id: "CDS.I.1" });
    expect(finding.message).toContain("Tỷ lệ dân số được phủ sóng 5G");
    expect(finding.message).toContain("Chưa ghi Kết quả thực hiện");
  });

  it("requires Tử số on a rate entered as Tử số and Mẫu số", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.II.2");
    row.numerator!.raw = "  ";
    row.denominator!.raw = null;
    row.result.raw = null; // the formula shows nothing until both are numbers
    const finding = theFinding(check(submission), "missing_value");
    expect(finding).toMatchObject({ severity: "error", cell: row.numerator!.cell });
    expect(finding.message).toContain("Chưa ghi Tử số");
  });

  it.each(["Đang thống kê số liệu", "Chưa đến kỳ báo cáo", "Đơn vị chưa cung cấp số liệu"])(
    "accepts the reason %j instead of a number, and carries it",
    (reason) => {
      const submission = khcn();
      indicatorRow(submission, "CDS.I.1").result.raw = reason;
      const result = check(submission);
      expect(result.findings).toEqual([]);
      expect(checked(result, "CDS.I.1")?.value?.reason?.text).toBe(reason);
      expect(checked(result, "CDS.I.1")?.comparison).toEqual({ status: "no_data", reason });
    },
  );

  it("accepts a reason written over the rate's formula, with Tử số and Mẫu số left empty", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.II.3");
    row.numerator!.raw = null;
    row.denominator!.raw = null;
    row.result = { ...row.result, raw: "Chưa triển khai", formula: false };
    const result = check(submission);
    expect(result.findings).toEqual([]);
    expect(checked(result, "CDS.II.3")?.value).toMatchObject({ unit: "percent", reason: { code: "not_started" } });
  });

  it("rejects a rate typed over the formula without Tử số and Mẫu số", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.II.2");
    row.numerator!.raw = null;
    row.denominator!.raw = null;
    row.result = { ...row.result, raw: "Ước 99,8%", formula: false };
    const result = check(submission);
    const finding = theFinding(result, "rate_without_parts");
    expect(finding).toMatchObject({ severity: "error", cell: row.result.cell });
    expect(finding.message).toContain("“Ước 99,8%”");
    expect(codes(result)).not.toContain("missing_value");
    expect(checked(result, "CDS.II.2")?.value).toBeUndefined();
  });

  it("accepts a reason written in Tử số of a rate, with Mẫu số left empty", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.II.3");
    row.numerator!.raw = "Chưa triển khai";
    row.denominator!.raw = null;
    const result = check(submission);
    expect(result.findings).toEqual([]);
    expect(checked(result, "CDS.II.3")?.value).toMatchObject({ unit: "percent", reason: { code: "not_started" } });
  });

  it("quotes a value it cannot read", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "KHCN.II.4");
    row.result.raw = "1,234";
    const finding = theFinding(check(submission), "unreadable_value");
    expect(finding).toMatchObject({ severity: "error", cell: row.result.cell });
    expect(finding.message).toContain("“1,234”");
  });

  it("reports an Excel error value instead of a number", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.I.1");
    row.result = { ...row.result, raw: null, error: "#N/A" };
    const finding = theFinding(check(submission), "error_value");
    expect(finding).toMatchObject({ severity: "error", cell: row.result.cell });
    expect(finding.message).toContain("#N/A");
    expect(codes(check(submission))).not.toContain("missing_value");
  });

  it("reports #DIV/0! in Mẫu số", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.III.1");
    row.denominator!.raw = "#DIV/0!";
    const finding = theFinding(check(submission), "error_value");
    expect(finding).toMatchObject({ cell: row.denominator!.cell });
    expect(finding.message).toContain("Mẫu số có giá trị lỗi #DIV/0!");
  });

  it("warns of a formula where a value is typed, and uses its cached value", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.I.1");
    row.result = { ...row.result, raw: 72, formula: true };
    const result = check(submission);
    expect(theFinding(result, "formula_input")).toMatchObject({ severity: "warning", cell: row.result.cell });
    expect(checked(result, "CDS.I.1")?.value?.number).toBe(72);
  });

  it("does not warn of the formula in the Tỷ lệ cell of a rate row: that one is ours", () => {
    const submission = khcn();
    expect(indicatorRow(submission, "CDS.II.2").result.formula).toBe(true);
    expect(codes(check(submission))).not.toContain("formula_input");
  });

  it("rejects a percentage above 100", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.I.1");
    row.result.raw = "120%";
    const finding = theFinding(check(submission), "percent_out_of_range");
    expect(finding).toMatchObject({ severity: "error", cell: row.result.cell });
    expect(finding.message).toContain("120%");
    expect(checked(check(submission), "CDS.I.1")?.value).toBeUndefined();
  });

  it("reads a percent-formatted cell's 0,876 as 87,6%", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.I.1");
    row.result = { ...row.result, raw: 0.876, percentFormat: true };
    const result = check(submission);
    expect(result.findings).toEqual([]);
    expect(checked(result, "CDS.I.1")?.value).toMatchObject({ number: 87.6, unit: "percent" });
  });

  it("rejects a percent-formatted 1,2 as 120%", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.I.1");
    row.result = { ...row.result, raw: 1.2, percentFormat: true };
    expect(theFinding(check(submission), "percent_out_of_range").message).toContain("120%");
  });

  it.each([
    ["12,5", "“12,5”"],
    [-3, "“-3”"],
  ])("rejects %j as a count of enterprises", (raw, quoted) => {
    const submission = khcn();
    const row = indicatorRow(submission, "KHCN.II.1");
    row.result.raw = raw;
    const finding = theFinding(check(submission), "bad_count");
    expect(finding).toMatchObject({ severity: "error", cell: row.result.cell });
    expect(finding.message).toContain(quoted);
  });

  it.each([
    ["KHCN.II.1", "result", "100%", "đang ghi tỷ lệ “100%”"],
    ["CDS.II.2", "numerator", "95%", "Ô Tử số: Cần ghi số lượng"],
    ["CDS.II.2", "denominator", "12,5", "Ô Mẫu số: Số lượng phải là số nguyên"],
  ] as const)("rejects %s's %s %j: a count is a whole number, never a percentage", (id, cell, raw, says) => {
    const submission = khcn();
    const row = indicatorRow(submission, id);
    row[cell]!.raw = raw;
    const result = check(submission);
    const finding = theFinding(result, "bad_count");
    expect(finding).toMatchObject({ severity: "error", cell: row[cell]!.cell });
    expect(finding.message).toContain(says);
    expect(checked(result, id)?.value).toBeUndefined();
  });

  it.each([
    ["KHCN.II.1", "result", 1201, "1.200", "mức tối đa của chỉ tiêu"],
    ["KHCN.II.4", "result", 1e308, "1.248.415", "số dân của tỉnh"],
    ["CDS.II.2", "denominator", 1e308, "1.248.415", "số dân của tỉnh"],
  ] as const)("rejects %s's %s %d, above the count's bound, and keeps it out", (id, cell, raw, bound, basis) => {
    const submission = khcn();
    const row = indicatorRow(submission, id);
    row[cell]!.raw = raw;
    const result = check(submission);
    const finding = theFinding(result, "implausible_count");
    expect(finding).toMatchObject({ severity: "error", cell: row[cell]!.cell });
    expect(finding.message).toContain(`vượt mức hợp lý ${bound}`);
    expect(finding.message).toContain(basis);
    expect(checked(result, id)?.value).toBeUndefined();
    expect(checked(result, id)?.denominator).toBeUndefined();
  });

  it("accepts a count at its bound", () => {
    const submission = khcn();
    indicatorRow(submission, "KHCN.II.1").result.raw = 1200;
    expect(check(submission).findings).toEqual([]);
  });

  it("takes a reason in Mẫu số, with Tử số empty, as the row's reason for no number", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.II.2");
    row.numerator!.raw = null;
    row.denominator!.raw = "Chưa triển khai";
    row.result.raw = null;
    const result = check(submission);
    expect(result.findings).toEqual([]);
    expect(checked(result, "CDS.II.2")?.value).toMatchObject({ reason: { code: "not_started" } });
    expect(checked(result, "CDS.II.2")?.value?.number).toBeUndefined();
  });

  it("takes a reason in Mẫu số beside a Tử số as no number, and warns that Tử số is not counted", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.II.2");
    row.numerator!.raw = 12;
    row.denominator!.raw = "Chưa triển khai";
    row.result.raw = null;
    const result = check(submission);
    const finding = theFinding(result, "reason_beside_number");
    expect(finding).toMatchObject({ severity: "warning", cell: row.denominator!.cell });
    expect(finding.message).toContain("Tử số 12 không được tổng hợp");
    expect(checked(result, "CDS.II.2")?.value).toMatchObject({ reason: { text: "Chưa triển khai" } });
    expect(checked(result, "CDS.II.2")?.numerator).toBeUndefined();
  });

  it.each([
    ["12abc", "chữ viết liền sau số"],
    ["0x1A", "chữ viết liền sau số"],
    ["2026-05-10", "ngày 10/05/2026"],
  ])("rejects %j in a count, naming the cell and what is expected", (raw, says) => {
    const submission = khcn();
    const row = indicatorRow(submission, "KHCN.II.1");
    row.result.raw = raw;
    const finding = theFinding(check(submission), "unreadable_value");
    expect(finding).toMatchObject({ severity: "error", cell: row.result.cell });
    expect(finding.message).toContain(says);
    expect(finding.message).toContain("cần ghi một số");
  });

  it("accepts decimals for researchers per 10 000 people, whose 2025 result was 7,26", () => {
    const submission = khcn();
    indicatorRow(submission, "KHCN.I.1").result.raw = "8,1";
    expect(check(submission).findings).toEqual([]);
  });

  it("requires Mẫu số once Tử số is given", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.II.2");
    row.numerator!.raw = 950;
    row.denominator!.raw = null;
    const finding = theFinding(check(submission), "missing_denominator");
    expect(finding).toMatchObject({ severity: "error", cell: row.denominator!.cell });
    expect(finding.message).toContain("Tử số 950");
  });

  it("rejects a zero Mẫu số", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.II.2");
    row.denominator!.raw = 0;
    const finding = theFinding(check(submission), "denominator_not_positive");
    expect(finding).toMatchObject({ severity: "error", cell: row.denominator!.cell });
    expect(finding.message).toContain("Mẫu số phải lớn hơn 0");
  });

  it("rejects Tử số above Mẫu số", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.II.2");
    row.numerator!.raw = 120;
    row.denominator!.raw = 100;
    const finding = theFinding(check(submission), "numerator_above_denominator");
    expect(finding).toMatchObject({ severity: "error", cell: row.numerator!.cell });
    expect(finding.message).toContain("Tử số 120 lớn hơn Mẫu số 100");
    expect(codes(check(submission))).not.toContain("percent_out_of_range");
  });

  it("warns when the cached Tỷ lệ disagrees with Tử số ÷ Mẫu số", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.III.1");
    row.numerator!.raw = 812;
    row.denominator!.raw = 1000;
    row.result.raw = 70;
    const finding = theFinding(check(submission), "ratio_mismatch");
    expect(finding).toMatchObject({ severity: "warning", cell: row.result.cell });
    expect(finding.message).toContain("812/1.000 = 81,2%");
  });

  it("accepts a cached Tỷ lệ within 0,05 of Tử số ÷ Mẫu số", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.III.1");
    row.numerator!.raw = 5;
    row.denominator!.raw = 6;
    row.result = { ...row.result, raw: 0.8337, percentFormat: true }; // 5/6 = 83,33%
    expect(check(submission).findings).toEqual([]);
  });

  it("keeps a target not met as the indicator's status, not a finding: progress is no mistake of the unit", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.I.1");
    row.result.raw = "67,1%";
    const result = check(submission);
    expect(result.findings).toEqual([]);
    expect(checked(result, "CDS.I.1")?.comparison).toEqual({ status: "not_met", shortBy: 2.9 });
  });

  it("does not hold a commune's part of a province sum against the province's target", () => {
    const submission = validSubmission("xa-muong-sai");
    indicatorRow(submission, "KHCN.II.4").result.raw = 3;
    const result = check(submission);
    expect(result.findings).toEqual([]);
    expect(checked(result, "KHCN.II.4")).toMatchObject({ value: { number: 3 } });
    expect(checked(result, "KHCN.II.4")?.comparison).toBeUndefined();
  });

  it("marks a result below last year's as the indicator's status, not a finding", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.III.6"); // 2025: 90,46%, target ≥ 80%
    row.numerator!.raw = 85;
    row.denominator!.raw = 100;
    row.result.raw = 85;
    const result = check(submission);
    expect(result.findings).toEqual([]);
    expect(checked(result, "CDS.III.6")).toMatchObject({ belowLastYear: true, comparison: { status: "met" } });
    indicatorRow(submission, "CDS.III.6").numerator!.raw = 95;
    expect(checked(check(submission), "CDS.III.6")?.belowLastYear).toBe(false);
  });

  it("warns when a cumulative figure went down since the last period", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "KHCN.II.9"); // Có 40 bài báo khoa học… (sum: no target check)
    row.result.raw = "01 (Số liệu lũy kế)";
    const ctx = validationContext({
      previousValue: (unitId, id) => (unitId === "so-khcn" && id === "KHCN.II.9" ? 3 : undefined),
    });
    const finding = theFinding(check(submission, ctx), "cumulative_decreased");
    expect(finding).toMatchObject({ severity: "warning", cell: row.result.cell });
    expect(finding.message).toContain("kỳ trước đã báo cáo 3");
  });

  it("notes an estimate and carries it", () => {
    const submission = khcn();
    const row = indicatorRow(submission, "CDS.I.2");
    row.result.raw = "Ước 73%";
    const result = check(submission);
    const finding = theFinding(result, "estimate");
    expect(finding).toMatchObject({ severity: "info", cell: row.result.cell });
    expect(finding.message).toContain("“Ước 73%”");
    expect(checked(result, "CDS.I.2")).toMatchObject({ estimate: true, value: { number: 73 } });
  });
});
