import { consolidateAndReport } from "../../../src/domain/report/reportConsolidation";
import { catalog, indicatorEntry, period, taskEntry, unitFile } from "./fixtures";

describe("consolidate", () => {
  it("writes section III for May 2026 from the plan's deadlines when nobody has reported yet", () => {
    const result = consolidateAndReport({ catalog, period: period("2026-05"), asOf: "2026-05-14", files: [] });
    // 22 continuous + 26 recurring; 9 due before May, all overdue; in May: NV.I.2 overdue since 10/5,
    // NV.I.10 (31/5) and NV.VIII.1 (tháng 05) still on time; 15 not yet due, none reported as started.
    expect(result.taskSentences).toEqual([
      "Tổng số: 75 nhiệm vụ, trong đó:",
      "- Nhiệm vụ thường xuyên (gồm cả nhiệm vụ định kỳ và nhiệm vụ có thời gian thực hiện “năm 2026”): 48 nhiệm vụ.",
      "- Nhiệm vụ có thời hạn trong quý I và trong tháng 4/2026 là: 9 nhiệm vụ (Đã hoàn thành 0 nhiệm vụ; Quá hạn 9 nhiệm vụ).",
      "- Nhiệm vụ có thời hạn trong tháng 5/2026: 3 nhiệm vụ. Số nhiệm vụ đã hoàn thành: 0 nhiệm vụ. " +
        "Số nhiệm vụ đang thực hiện trong hạn: 2 nhiệm vụ. Số nhiệm vụ quá hạn: 1 nhiệm vụ.",
      "- Nhiệm vụ chưa đến hạn: 15 nhiệm vụ (Đang triển khai: 0 nhiệm vụ; Chưa triển khai: 15 nhiệm vụ).",
    ]);
    expect(result.completenessSentence).toMatch(
      /^0\/15 sở, ban, ngành và 0\/75 xã, phường đã gửi báo cáo; chưa nhận được báo cáo của: Văn phòng UBND tỉnh; Sở Nội vụ; /,
    );
    expect(result.completenessSentence).toMatch(/; Xã Yên Sơn\.$/);
  });

  it("takes figures and progress from the accepted file, not from the one it replaced", () => {
    const first = unitFile("so-khcn", {
      file: "so-khcn-lan1.xlsx",
      receivedAt: "2026-05-07T08:00:00",
      status: "replaced",
      replacedBy: "so-khcn-lan2.xlsx",
      indicators: [indicatorEntry("CDS.I.1", "60%")],
      tasks: [taskEntry("NV.V.2", "not_started")],
    });
    const second = unitFile("so-khcn", {
      file: "so-khcn-lan2.xlsx",
      receivedAt: "2026-05-09T15:20:00",
      indicators: [indicatorEntry("CDS.I.1", "67,1%")],
      tasks: [taskEntry("NV.V.2", "in_progress", "Ban hành Kế hoạch số 56/KH-SKHCN ngày 17/4/2026.")],
    });
    const result = consolidateAndReport({
      catalog,
      period: period("2026-05"),
      asOf: "2026-05-14",
      files: [first, second],
    });
    expect(result.indicators.find((i) => i.id === "CDS.I.1")).toMatchObject({
      display: "67,1%",
      sources: [{ unitId: "so-khcn", file: "so-khcn-lan2.xlsx" }],
    });
    expect(result.tasks.find((t) => t.id === "NV.V.2")).toMatchObject({
      status: "in_progress",
      bucket: "not_yet_due",
      description: "- Sở Khoa học và Công nghệ: Ban hành Kế hoạch số 56/KH-SKHCN ngày 17/4/2026.",
    });
  });
});
