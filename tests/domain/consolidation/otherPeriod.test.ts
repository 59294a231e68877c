import type { CheckedFile } from "../../../src/domain/consolidation/checkFileRead";
import { otherPeriodOfMostFiles } from "../../../src/domain/consolidation/otherPeriod";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";

const april = (parsePeriod("2026-04") as { ok: true; value: Period }).value;

/** A read file of `period`; only its period matters here. */
const form = (period: string, i: number) => ({ file: `${period}_${i}.xlsx`, period }) as unknown as CheckedFile;
const unreadable = (i: number): CheckedFile => ({
  file: `hong-${i}.xlsx`,
  receivedAt: "2026-05-10",
  finding: { file: `hong-${i}.xlsx`, severity: "error", code: "not_xlsx", message: "Không phải tệp Excel." },
});

describe("otherPeriodOfMostFiles", () => {
  it("names the period most files are of when it is not the one chosen", () => {
    const files = [...Array.from({ length: 81 }, (_, i) => form("2026-05", i)), form("2026-04", 0), unreadable(0)];
    expect(otherPeriodOfMostFiles(files, april)).toEqual({
      period: expect.objectContaining({ code: "2026-05" }),
      count: 81,
      total: 83,
    });
  });

  it("says nothing when most files are of the chosen period, or when no other period has more than half", () => {
    expect(otherPeriodOfMostFiles([form("2026-04", 0), form("2026-04", 1), form("2026-05", 0)], april)).toBeUndefined();
    const split = [form("2026-05", 0), form("2026-06", 0), form("2026-04", 0), unreadable(0)];
    expect(otherPeriodOfMostFiles(split, april)).toBeUndefined();
    expect(otherPeriodOfMostFiles([form("2026-05", 0), unreadable(0)], april)).toBeUndefined();
    expect(otherPeriodOfMostFiles([], april)).toBeUndefined();
  });
});
