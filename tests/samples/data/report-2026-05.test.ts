import indicators from "../../../src/domain/catalog/data/indicators.json";
import tasks from "../../../src/domain/catalog/data/tasks.json";
import report from "../../../src/samples/data/report-2026-05.json";
import { extractAll, readSeeds } from "../../../scripts/extract-catalog";

const STATUSES = ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện"];

describe("May 2026 report values", () => {
  it("keys every indicator value by a reported catalog indicator, all 53 of them", () => {
    const reported = indicators.filter((i) => !i.isHeading).map((i) => i.id);
    expect(Object.keys(report.indicators).sort()).toEqual([...reported].sort());
  });

  it("keeps the indicator results as printed", () => {
    expect(report.indicators["CDS.II.2"]).toBe("Ước 99,8%");
    expect(report.indicators["CDS.I.1"]).toBe("67,1%");
    expect(report.indicators["KHCN.II.3"]).toBe("01 (Số liệu lũy kế)");
    expect(report.indicators["CDS.II.7b"]).toBe("Ước 75,6%");
    expect(report.indicators["CDS.III.23"]).toBe("6,9% (năm 2025)");
    expect(report.indicators["CDS.II.8.2"]).toBe("Chưa có công cụ và phương pháp thống kê");
  });

  it("joins a result split by a page break", () => {
    expect(report.indicators["KHCN.II.7"]).toBe("Đang thống kê số liệu");
  });

  it("keys task progress by catalog leaves, whatever STT the report printed", () => {
    const leafIds = new Set(tasks.filter((t) => !t.isHeading).map((t) => t.id));
    expect(Object.keys(report.tasks).filter((id) => !leafIds.has(id))).toEqual([]);
    expect(Object.keys(report.tasks)).toHaveLength(23);
    // The report numbers its rows afresh: its I.1 is the plan's I.2, its group VI is the plan's VII.
    expect(report.tasks["NV.I.2"].description).toBe(
      "11/15 sở, ban, ngành và 28/75 xã, phường đã cập nhật, điều chỉnh Kế hoạch chuyển đổi số năm 2026",
    );
    expect(report.tasks["NV.VII.3"].description.startsWith("Các đơn vị bệnh viện đã công bố")).toBe(true);
    expect(report.tasks["NV.IV.3.1"].status).toBe("Đang thực hiện");
    expect(report.tasks["NV.V.5.c"].description.startsWith("(1) Hạ tầng viễn thông, bưu chính")).toBe(true);
  });

  it("reads every status from the list and keeps the one finished task", () => {
    const statuses = Object.values(report.tasks).map((t) => t.status);
    expect(statuses.filter((s) => !STATUSES.includes(s))).toEqual([]);
    expect(
      Object.entries(report.tasks)
        .filter(([, t]) => t.status === "Đã hoàn thành")
        .map(([id]) => id),
    ).toEqual(["NV.III.1"]);
  });

  it("merges descriptions across page breaks and footnotes", () => {
    const budget = report.tasks["NV.I.7"].description;
    expect(budget).toContain("chi đầu tư phát triển là 82.695 triệu đồng; chi thường xuyên 38.300 triệu đồng");
    expect(budget).toContain("Quyết định 898/QĐ-UBND ngày 09/4/2026, với số tiền 2.550 triệu đồng.");
    expect(budget.split("\n")).toHaveLength(4);
    expect(report.tasks["NV.II.4"].description).toContain("trên địa bàn phường Mộc Châu năm 2026");
  });

  it("carries no HTML and is NFC", () => {
    const all = [
      ...Object.values(report.indicators),
      ...Object.values(report.tasks).flatMap((t) => [t.status, t.description]),
    ];
    expect(all.filter((text) => /<[^>]+>|\$/.test(text))).toEqual([]);
    expect(all.filter((text) => text !== text.normalize("NFC"))).toEqual([]);
  });

  it("is what the extraction script reproduces from the seeds", () => {
    expect(extractAll(readSeeds()).report).toEqual(report);
  });
});
