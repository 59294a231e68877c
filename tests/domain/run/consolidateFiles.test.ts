import { consolidateFiles, type FileRead } from "../../../src/domain/run/consolidateFiles";
import { validationContext, validSubmission } from "../validation/submissionBuilder";

function read(unitId: string, file: string, receivedAt: string): FileRead {
  return { file, receivedAt, submission: { ...validSubmission(unitId, file), receivedAt }, notes: [] };
}

describe("consolidateFiles", () => {
  const unreadable: FileRead = {
    file: "anh-chup.xlsx",
    receivedAt: "2026-05-09T08:00:00Z",
    finding: { file: "anh-chup.xlsx", severity: "error", code: "not_a_form", message: "Không phải biểu mẫu." },
  };

  const run = consolidateFiles(
    [
      read("xa-muong-sai", "lan-1.xlsx", "2026-05-06T08:00:00Z"),
      read("xa-muong-sai", "lan-2.xlsx", "2026-05-08T08:00:00Z"),
      read("so-khcn", "so-khcn.xlsx", "2026-05-12T08:00:00Z"),
      unreadable,
    ],
    validationContext(),
  );

  it("keeps a unit's later file and marks the earlier one replaced", () => {
    const first = run.files.find((f) => f.file === "lan-1.xlsx")!;
    expect(first).toMatchObject({ status: "replaced", replacedBy: "lan-2.xlsx" });
    expect(run.files.find((f) => f.file === "lan-2.xlsx")!.status).toBe("accepted");
    const row = run.consolidation.register.find((r) => r.unitId === "xa-muong-sai")!;
    expect(row).toMatchObject({ status: "received", file: "lan-2.xlsx", replacedFiles: ["lan-1.xlsx"] });
    expect(run.findings.some((f) => f.file === "lan-1.xlsx" && f.message.includes("lan-2.xlsx"))).toBe(true);
  });

  it("keeps an unreadable file's finding and still consolidates the others", () => {
    expect(run.findings).toContainEqual(unreadable.finding);
    expect(run.files.find((f) => f.file === "anh-chup.xlsx")!.status).toBe("rejected");
    expect(run.consolidation.register.find((r) => r.unitId === "so-khcn")!.status).toBe("late");
    expect(run.consolidation.completeness.so.received).toBe(1);
    expect(run.consolidation.completeness.xa.received).toBe(1);
  });
});
