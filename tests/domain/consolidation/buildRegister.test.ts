import { consolidateAndReport } from "../../../src/domain/report/reportConsolidation";
import type { Consolidation, FileOutcome } from "../../../src/domain/consolidation/types";
import { catalog, expectedUnitIds, period, unitFile } from "./fixtures";

function consolidateMay(files: FileOutcome[]): Consolidation {
  return consolidateAndReport({ catalog, period: period("2026-05"), asOf: "2026-05-14", files });
}

const everyone = () => expectedUnitIds.map((unitId) => unitFile(unitId));

function replacing(unitId: string, change: Partial<FileOutcome>): FileOutcome[] {
  return everyone().map((file) => (file.unitId === unitId ? { ...file, ...change } : file));
}

describe("register", () => {
  it("has a row for each of the 101 recipients of a form, sở first, then xã, phường, then the others", () => {
    const register = consolidateMay([]).register;
    expect(register).toHaveLength(101);
    const groups = register.map((row) => row.group);
    expect(groups.filter((group) => group === "so")).toHaveLength(15);
    expect(groups.filter((group) => group === "xa")).toHaveLength(75);
    expect(groups.filter((group) => group === "other")).toHaveLength(11);
    expect(groups).toEqual(
      [...groups].sort((a, b) => ["so", "xa", "other"].indexOf(a) - ["so", "xa", "other"].indexOf(b)),
    );
    // The two units that lead indicators are expected like any sở, and shown missing.
    for (const unitId of ["cong-an-tinh", "bhxh-tinh"]) {
      expect(register.find((row) => row.unitId === unitId)).toMatchObject({ group: "other", status: "missing" });
    }
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

  it("shows an other unit's file after the xã, phường", () => {
    const register = consolidateMay([...everyone(), unitFile("cong-an-tinh")]).register;
    expect(register).toHaveLength(101);
    expect(register[90]).toMatchObject({
      unitId: "cong-an-tinh",
      name: "Công an tỉnh",
      group: "other",
      status: "received",
    });
  });

  it("ignores a file of no known unit", () => {
    const stray = { ...unitFile("x"), unitId: undefined, file: "bao-cao.xlsx", status: "rejected" as const };
    expect(consolidateMay([...everyone(), stray]).register).toHaveLength(101);
  });

  it("judges lateness on Sơn La's calendar: 10/5 at 23:30 there is 16:30 UTC, on time; 11/5 at 06:30 there is late", () => {
    const onTime = consolidateMay(replacing("so-yt", { receivedAt: "2026-05-10T16:30:00.000Z" }));
    expect(onTime.register.find((row) => row.unitId === "so-yt")?.status).toBe("received");
    const late = consolidateMay(replacing("so-yt", { receivedAt: "2026-05-10T23:30:00.000Z" }));
    expect(late.register.find((row) => row.unitId === "so-yt")?.status).toBe("late");
  });

  it("carries the receipt's source and, for a refused file, the refusing finding's message", () => {
    const reason = "Tệp là báo cáo tháng 4/2026, không phải báo cáo tháng 5/2026 đang tổng hợp.";
    const files = replacing("xa-muong-sai", { status: "rejected", reason, receiptSource: "workbook" });
    expect(consolidateMay(files).register.find((row) => row.unitId === "xa-muong-sai")).toMatchObject({
      status: "rejected",
      reason,
      receiptSource: "workbook",
    });
    const accepted = consolidateMay(replacing("xa-muong-sai", { reason, receiptSource: "officer" }));
    const row = accepted.register.find((candidate) => candidate.unitId === "xa-muong-sai");
    expect(row).toMatchObject({ status: "received", receiptSource: "officer" });
    expect(row?.reason).toBeUndefined();
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
    expect(result.otherMissingSentence).toBe(
      "Đơn vị khác chưa gửi báo cáo: Công an tỉnh; Bảo hiểm xã hội tỉnh; Báo và Phát thanh, Truyền hình Sơn La; " +
        "Trung tâm thông tin tỉnh; Các doanh nghiệp viễn thông trên địa bàn; Trường Đại học Tây Bắc; " +
        "Trường Cao đẳng Sơn La; Ngân hàng Nhà nước khu vực 3; Thuế tỉnh Sơn La; Hiệp hội doanh nghiệp tỉnh; " +
        "Ban Chỉ đạo 1287 tỉnh.",
    );
  });

  it("names no other unit once every other recipient sent an accepted file", () => {
    const others = consolidateMay([]).register.filter((row) => row.group === "other");
    const result = consolidateMay([...everyone(), ...others.map((row) => unitFile(row.unitId))]);
    expect(result.otherMissingSentence).toBeUndefined();
    expect(result.register.every((row) => row.status === "received")).toBe(true);
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
        "chưa nhận được báo cáo của: Sở Tài chính; Sở Y tế; Xã Mường Sại.",
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
