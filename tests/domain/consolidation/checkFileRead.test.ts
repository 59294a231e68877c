import { checkFileRead, type FileRead } from "../../../src/domain/consolidation/checkFileRead";
import type { Finding } from "../../../src/domain/validation/types";
import { validationContext, validSubmission } from "../validation/submissionBuilder";

describe("checkFileRead", () => {
  const note: Finding = {
    file: "muong-sai.xlsx",
    unit: "xa-muong-sai",
    severity: "warning",
    code: "macro_ignored",
    message: "Tệp có macro; macro đã được bỏ qua.",
  };

  it("keeps a read form's verdict, notes and what tells its resends apart, not the submission", () => {
    const submission = { ...validSubmission("xa-muong-sai", "muong-sai.xlsx"), receivedAt: "2026-05-09T08:00:00Z" };
    const read: FileRead = { file: "muong-sai.xlsx", receivedAt: "2026-05-09T08:00:00Z", submission, notes: [note] };
    const checked = checkFileRead(read, validationContext());
    expect(checked).toMatchObject({
      file: "muong-sai.xlsx",
      receivedAt: "2026-05-09T08:00:00Z",
      unitId: "xa-muong-sai",
      period: "2026-05",
      notes: [note],
      check: { file: "muong-sai.xlsx", unitId: "xa-muong-sai", status: "accepted" },
    });
    expect(checked).not.toHaveProperty("submission");
  });

  it("leaves out the unit of a file that names no unit of the register", () => {
    const stray = validSubmission("so-khcn", "la.xlsx");
    stray.unitId = "khong-ro";
    const checked = checkFileRead(
      { file: "la.xlsx", receivedAt: "2026-05-09", submission: stray, notes: [] },
      validationContext(),
    );
    expect(checked).not.toHaveProperty("unitId");
    expect(checked).toMatchObject({ check: { status: "rejected" } });
  });

  it("passes an unreadable file's one finding on as it is", () => {
    const unreadable: FileRead = {
      file: "anh-chup.xlsx",
      receivedAt: "2026-05-09T08:00:00Z",
      finding: { file: "anh-chup.xlsx", severity: "error", code: "not_a_form", message: "Không phải biểu mẫu." },
    };
    expect(checkFileRead(unreadable, validationContext())).toEqual(unreadable);
  });
});
