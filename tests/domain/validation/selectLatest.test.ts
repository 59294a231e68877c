import { selectLatest } from "../../../src/domain/validation/validateSubmission";
import { check } from "./checkHelpers";
import { validSubmission } from "./submissionBuilder";

function sent(unitId: string, file: string, receivedAt: string) {
  const submission = { ...validSubmission(unitId, file), receivedAt };
  return { check: check(submission), submission };
}

describe("selectLatest", () => {
  it("keeps the file sent later and reports the older as replaced, naming both", () => {
    const first = sent("xa-muong-sai", "Muong Sai lan 1.xlsx", "2026-05-08T09:00:00+07:00");
    const second = sent("xa-muong-sai", "Muong Sai lan 2.xlsx", "2026-05-09T15:30:00+07:00");
    const { kept, replaced } = selectLatest([second, first]);
    expect(kept).toEqual([second]);
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).toMatchObject({
      older: "Muong Sai lan 1.xlsx",
      newer: "Muong Sai lan 2.xlsx",
      unitId: "xa-muong-sai",
      finding: { file: "Muong Sai lan 1.xlsx", unit: "xa-muong-sai", severity: "info", code: "replaced" },
    });
    expect(replaced[0].finding.message).toBe(
      "Tệp “Muong Sai lan 1.xlsx” đã được thay bằng tệp “Muong Sai lan 2.xlsx” gửi sau.",
    );
  });

  it("compares times as instants, whatever their offsets", () => {
    const morning = sent("so-khcn", "b.xlsx", "2026-05-09T09:00:00+07:00"); // 02:00 UTC
    const night = sent("so-khcn", "a.xlsx", "2026-05-09T01:00:00Z");
    expect(selectLatest([morning, night]).kept).toEqual([morning]);
  });

  it("breaks a tie by file name order", () => {
    const a = sent("so-khcn", "so-khcn-a.xlsx", "2026-05-09");
    const b = sent("so-khcn", "so-khcn-b.xlsx", "2026-05-09");
    const { kept, replaced } = selectLatest([b, a]);
    expect(kept).toEqual([b]);
    expect(replaced.map((r) => r.older)).toEqual(["so-khcn-a.xlsx"]);
  });

  it("keeps one file per unit, and files of no known unit", () => {
    const khcn = sent("so-khcn", "khcn.xlsx", "2026-05-09");
    const muongSai = sent("xa-muong-sai", "muong-sai.xlsx", "2026-05-08");
    const stray = validSubmission("so-khcn", "la.xlsx");
    stray.unitId = "khong-ro";
    const unknown = { check: check(stray), submission: stray };
    const { kept, replaced } = selectLatest([khcn, muongSai, unknown]);
    expect(kept).toEqual([khcn, muongSai, unknown]);
    expect(replaced).toEqual([]);
  });
});
