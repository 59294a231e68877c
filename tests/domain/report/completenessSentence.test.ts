import type { RegisterRow } from "../../../src/domain/consolidation/types";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import { completenessSentence, lateSentence, rejectedSentence } from "../../../src/domain/report/completenessSentence";

function row(name: string, status: RegisterRow["status"]): RegisterRow {
  return { unitId: name, name, group: "so", status, errors: 0, warnings: 0, replacedFiles: [] };
}

describe("completenessSentence", () => {
  it("writes the report's sentence with the missing units named", () => {
    const sentence = completenessSentence({
      so: { received: 12, total: 15, missing: ["Sở Tài chính", "Sở Y tế", "Sở Dân tộc và Tôn giáo"] },
      xa: { received: 73, total: 75, missing: ["Xã Mường Sại", "Xã Chiềng Sung"] },
    });
    expect(sentence).toBe(
      "12/15 sở, ban, ngành và 73/75 xã, phường đã gửi báo cáo; chưa nhận được báo cáo của: " +
        "Sở Tài chính; Sở Y tế; Sở Dân tộc và Tôn giáo; Xã Mường Sại; Xã Chiềng Sung.",
    );
  });

  it("names only the communes when every sở has reported", () => {
    const sentence = completenessSentence({
      so: { received: 15, total: 15, missing: [] },
      xa: { received: 74, total: 75, missing: ["Xã Huổi Một"] },
    });
    expect(sentence).toBe(
      "15/15 sở, ban, ngành và 74/75 xã, phường đã gửi báo cáo; chưa nhận được báo cáo của: Xã Huổi Một.",
    );
  });
});

describe("late and rejected sentences", () => {
  const register = [
    row("Sở Nội vụ", "late"),
    row("Sở Y tế", "rejected"),
    row("Sở Tư pháp", "received"),
    row("Xã Mường Sại", "late"),
    row("Công an tỉnh", "rejected"),
  ];

  it("names the late units with the deadline of the period", () => {
    const june = parsePeriod("2026-06");
    if (!june.ok) throw new Error("test setup");
    expect(lateSentence(register, june.value)).toBe("Gửi muộn (sau ngày 10/6/2026): Sở Nội vụ; Xã Mường Sại.");
  });

  it("names the units whose file must be sent again", () => {
    expect(rejectedSentence(register)).toBe("Tệp không hợp lệ, cần gửi lại: Sở Y tế; Công an tỉnh.");
  });

  it("has nothing to say when nobody was late or rejected", () => {
    const may = parsePeriod("2026-05");
    if (!may.ok) throw new Error("test setup");
    expect(lateSentence([row("Sở Nội vụ", "received")], may.value)).toBeUndefined();
    expect(rejectedSentence([row("Sở Nội vụ", "missing")])).toBeUndefined();
  });
});
