import type { Finding } from "../../../src/domain/validation/types";
import { countBySeverity, groupFindings } from "../../../src/taskpane/check/groupFindings";

const finding = (unit: string, severity: Finding["severity"], code: Finding["code"], message: string): Finding => ({
  file: `2026-05_${unit}.xlsx`,
  unit,
  severity,
  code,
  message,
});

const findings: Finding[] = [
  finding("so-yt", "warning", "overdue", "Nhiệm vụ “Nâng cao mức độ hài lòng của người dân” — hệ thống chưa xong."),
  finding("xa-long-he", "error", "missing_value", "Ô trống: cần ghi số liệu."),
  finding("so-yt", "warning", "overdue", "Nhiệm vụ “Kiểm tra” quá hạn."),
  finding("xa-long-he", "info", "estimate", "Số liệu ước tính."),
];
const unitNames = { "so-yt": "Sở Y tế", "xa-long-he": "Xã Long Hẹ" };

describe("groupFindings", () => {
  it("gives one group per kind, errors first, named in Vietnamese with no code", () => {
    const groups = groupFindings(findings, unitNames, { query: "" });
    expect(groups.map((group) => [group.kind, group.severity, group.findings.length])).toEqual([
      ["Thiếu số liệu", "error", 1],
      ["Nhiệm vụ quá hạn", "warning", 2],
      ["Số liệu ước tính", "info", 1],
    ]);
    expect(groups[1].findings.map((listed) => listed.unitTitle)).toEqual(["Sở Y tế", "Sở Y tế"]);
  });

  it("matches the query's words in order as whole words, without diacritics", () => {
    const units = (query: string) =>
      groupFindings(findings, unitNames, { query }).flatMap((group) => group.findings.map((l) => l.finding.unit));
    expect(units("long he")).toEqual(["xa-long-he", "xa-long-he"]);
    expect(units("LONG HẸ")).toEqual(["xa-long-he", "xa-long-he"]);
    expect(units("hai long")).toEqual(["so-yt"]);
    expect(units("lon")).toEqual([]);
  });

  it("filters by severity and counts each severity", () => {
    expect(groupFindings(findings, unitNames, { severity: "warning", query: "" }).map((g) => g.kind)).toEqual([
      "Nhiệm vụ quá hạn",
    ]);
    expect(countBySeverity(findings)).toEqual({ error: 1, warning: 2, info: 1 });
  });
});
