import { consolidate } from "../../../src/domain/consolidation/consolidate";
import type { Consolidation, FileOutcome } from "../../../src/domain/consolidation/types";
import { catalog, expectedUnitIds, period, unitFile } from "./fixtures";

function consolidateMay(files: FileOutcome[]): Consolidation {
  return consolidate({ catalog, period: period("2026-05"), asOf: "2026-05-14", files });
}

const everyone = () => expectedUnitIds.map((unitId) => unitFile(unitId));

function replacing(unitId: string, change: Partial<FileOutcome>): FileOutcome[] {
  return everyone().map((file) => (file.unitId === unitId ? { ...file, ...change } : file));
}

describe("register", () => {
  it("has a row for each of the 15 sở and 75 xã, phường, sở first, in catalog order", () => {
    const register = consolidateMay([]).register;
    expect(register).toHaveLength(90);
    expect(register.slice(0, 3).map((row) => row.name)).toEqual(["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tài chính"]);
    expect(register[15]).toEqual({
      unitId: "phuong-chieng-an",
      name: "Phường Chiềng An",
      group: "xa",
      status: "missing",
      errors: 0,
      warnings: 0,
      replacedFiles: [],
    });
  });

  it("adds an other unit only when it sent a file, after the xã, phường", () => {
    const register = consolidateMay([...everyone(), unitFile("cong-an-tinh")]).register;
    expect(register).toHaveLength(91);
    expect(register[90]).toMatchObject({ unitId: "cong-an-tinh", name: "Công an tỉnh", group: "other" });
  });

  it("ignores a file of no known unit", () => {
    const stray = { ...unitFile("x"), unitId: undefined, file: "bao-cao.xlsx", status: "rejected" as const };
    expect(consolidateMay([...everyone(), stray]).register).toHaveLength(90);
  });

  it("is late when received on the 11th, whatever the hour, and on time on the 10th", () => {
    const late = consolidateMay(replacing("so-yt", { receivedAt: "2026-05-11T07:05:00" }));
    expect(late.register.find((row) => row.unitId === "so-yt")).toMatchObject({
      status: "late",
      receivedAt: "2026-05-11T07:05:00",
    });
    const onTime = consolidateMay(replacing("so-yt", { receivedAt: "2026-05-10T23:59:00" }));
    expect(onTime.register.find((row) => row.unitId === "so-yt")?.status).toBe("received");
  });

  it("shows the accepted file with its findings and lists the files it replaced", () => {
    const files = [
      ...replacing("so-khcn", { file: "so-khcn-lan3.xlsx", receivedAt: "2026-05-09T10:00:00", errors: 0, warnings: 2 }),
      {
        ...unitFile("so-khcn"),
        file: "so-khcn-lan2.xlsx",
        status: "replaced" as const,
        replacedBy: "so-khcn-lan3.xlsx",
      },
      {
        ...unitFile("so-khcn"),
        file: "so-khcn-lan1.xlsx",
        receivedAt: "2026-05-07T08:00:00",
        status: "replaced" as const,
      },
    ];
    expect(consolidateMay(files).register.find((row) => row.unitId === "so-khcn")).toEqual({
      unitId: "so-khcn",
      name: "Sở Khoa học và Công nghệ",
      group: "so",
      status: "received",
      file: "so-khcn-lan3.xlsx",
      receivedAt: "2026-05-09T10:00:00",
      errors: 0,
      warnings: 2,
      replacedFiles: ["so-khcn-lan1.xlsx", "so-khcn-lan2.xlsx"],
    });
  });

  it("marks a unit whose only file was rejected", () => {
    const files = replacing("xa-muong-sai", { status: "rejected", errors: 3 });
    expect(consolidateMay(files).register.find((row) => row.unitId === "xa-muong-sai")).toMatchObject({
      status: "rejected",
      file: "xa-muong-sai.xlsx",
      errors: 3,
    });
  });
});

describe("completeness", () => {
  it("is 15/15 and 75/75 when everyone sent an accepted file", () => {
    const result = consolidateMay(everyone());
    expect(result.completeness).toEqual({
      so: { received: 15, total: 15, missing: [] },
      xa: { received: 75, total: 75, missing: [] },
    });
    expect(result.completenessSentence).toBe("15/15 sở, ban, ngành và 75/75 xã, phường đã gửi báo cáo.");
    expect(result.lateSentence).toBeUndefined();
    expect(result.rejectedSentence).toBeUndefined();
  });

  it("drops to 74/75 and names the commune when its file is rejected instead of accepted", () => {
    const result = consolidateMay(replacing("xa-muong-sai", { status: "rejected" }));
    expect(result.completeness.xa).toEqual({ received: 74, total: 75, missing: ["Xã Mường Sại"] });
    expect(result.completenessSentence).toBe(
      "15/15 sở, ban, ngành và 74/75 xã, phường đã gửi báo cáo; chưa nhận được báo cáo của: Xã Mường Sại.",
    );
    expect(result.rejectedSentence).toBe("Tệp không hợp lệ, cần gửi lại: Xã Mường Sại.");
  });

  it("names the missing sở before the missing communes, in register order", () => {
    const files = everyone().filter((file) => !["so-yt", "xa-muong-sai", "so-tc"].includes(file.unitId ?? ""));
    expect(consolidateMay(files).completenessSentence).toBe(
      "13/15 sở, ban, ngành và 74/75 xã, phường đã gửi báo cáo; " +
        "chưa nhận được báo cáo của: Sở Tài chính, Sở Y tế, Xã Mường Sại.",
    );
  });

  it("counts a late report as received and names it in the late sentence", () => {
    const result = consolidateMay(replacing("so-yt", { receivedAt: "2026-05-11T08:30:00" }));
    expect(result.completeness.so.received).toBe(15);
    expect(result.lateSentence).toBe("Gửi muộn (sau ngày 10/5/2026): Sở Y tế.");
  });
});

it("gives the same result whatever order the files come in", () => {
  const files = [
    ...replacing("so-khcn", { file: "so-khcn-lan2.xlsx", receivedAt: "2026-05-09T10:00:00" }),
    { ...unitFile("so-khcn"), file: "so-khcn-lan1.xlsx", status: "replaced" as const },
    unitFile("cong-an-tinh", { status: "rejected" }),
  ];
  expect(consolidateMay([...files].reverse())).toEqual(consolidateMay(files));
});
