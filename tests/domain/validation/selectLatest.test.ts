import { selectLatest, type SentFile } from "../../../src/domain/validation/validateSubmission";

function sent(unitId: string, file: string, receivedAt: string): SentFile {
  return { file, unitId, period: "2026-05", receivedAt };
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
    const unknown: SentFile = { file: "la.xlsx", period: "2026-05", receivedAt: "2026-05-10" };
    const unknownLater: SentFile = { file: "la-2.xlsx", period: "2026-05", receivedAt: "2026-05-11" };
    const { kept, replaced } = selectLatest([khcn, muongSai, unknown, unknownLater]);
    expect(kept).toEqual([khcn, muongSai, unknown, unknownLater]);
    expect(replaced).toEqual([]);
  });

  it("lets a file replace only the same unit's file for the same period", () => {
    const april = { ...sent("so-khcn", "thang-4.xlsx", "2026-05-02"), period: "2026-04" };
    const may = sent("so-khcn", "thang-5.xlsx", "2026-05-09");
    expect(selectLatest([april, may])).toEqual({ kept: [april, may], replaced: [] });
  });
});
