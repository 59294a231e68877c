import { consolidateAndReport } from "../../../src/domain/report/reportConsolidation";
import type { TaskOutcome } from "../../../src/domain/consolidation/types";
import { catalog, period, taskEntry, unitFile } from "./fixtures";

const KHCN_IDS = catalog.tasks.filter((t) => t.programmeId === "KHCN-2026" && !t.isHeading).map((t) => t.id);

/** Sở KH&CN's May file as 003 reports the KHCN plan and the KHCN tasks carried over from 2025. */
const skhcnTasks: TaskOutcome[] = [
  ...KHCN_IDS.map((id) => taskEntry(id, "in_progress", "Đang xây dựng dự thảo")),
  taskEntry("CT2025.A1.1", "done", "UBND tỉnh đã ban hành Quyết định số 1057/QĐ-UBND ngày 29/04/2026"),
  taskEntry("CT2025.A2.1", "done", "Tờ trình số 112/TTr-SKH&CN ngày 18/4/2026"),
  taskEntry("CT2025.A2.2", "in_progress"),
  taskEntry("CT2025.A2.3", "done", "Quyết định số 19/QĐ-BCĐ ngày 10/10/2025"),
  ...["CT2025.A2.4", "CT2025.A2.5", "CT2025.A2.6", "CT2025.A2.7"].map((id) => taskEntry(id, "in_progress")),
  {
    ...taskEntry("CT2025.B2.1", "not_started", "Chưa triển khai."),
    difficulties: {
      text: "Bộ Dân tộc và Tôn giáo chưa triển khai. Sở chờ hướng dẫn của Bộ.",
      cell: { sheet: "Nhiệm vụ", cell: "J60" },
    },
  },
];

const result = consolidateAndReport({
  catalog,
  period: period("2026-05"),
  asOf: "2026-05-14",
  files: [
    unitFile("so-khcn", { tasks: skhcnTasks }),
    // A.2 row 3 has two leads: done only when both say so.
    unitFile("so-tc", { tasks: [taskEntry("CT2025.A2.3", "done", "Quyết định số 19/QĐ-BCĐ")] }),
  ],
});
const byId = (id: string) => {
  const found = result.programmes.find((programme) => programme.programmeId === id);
  if (!found) throw new Error(`no programme ${id}`);
  return found;
};

describe("consolidation per programme", () => {
  it("gives every programme of the catalog, in catalog order, and keeps taskCounts the CĐS plan's", () => {
    expect(result.programmes.map((p) => p.programmeId)).toEqual(catalog.programmes.map((p) => p.id));
    expect(byId("CDS-2026").counts).toEqual(result.taskCounts);
    expect(result.taskCounts.total).toBe(75);
    expect(byId("CDS-2026").sentences).toEqual(result.taskSentences);
  });

  it("counts the KHCN carried-over tasks as 003 does: 3 done and 5 in progress over A.1 and A.2", () => {
    expect(byId("CT2025-A1").byStatus).toEqual({ done: 1, inProgress: 0, notStarted: 0, unreported: 0 });
    expect(byId("CT2025-A2").byStatus).toEqual({ done: 2, inProgress: 5, notStarted: 0, unreported: 0 });
    expect(byId("CT2025-A2").sentences).toEqual([
      "7 nhiệm vụ. Đã hoàn thành 2 nhiệm vụ; Đang thực hiện 5 nhiệm vụ, Chưa thực hiện 0 nhiệm vụ.",
    ]);
  });

  it("lists a carried-over task not started with the reason its lead gave under Khó khăn, vướng mắc, and says the list is partial", () => {
    expect(byId("CT2025-B2").notStarted).toEqual([
      {
        id: "CT2025.B2.1",
        name: "Xây dựng (hoặc thuê dịch vụ) trung tâm dữ liệu và hệ thống tính toán hiệu năng cao; xây dựng quy chế về chia sẻ hạ tầng số.",
        reason: "Bộ Dân tộc và Tôn giáo chưa triển khai. Sở chờ hướng dẫn của Bộ.",
      },
    ]);
    expect(byId("CT2025-B2").sentences).toEqual([
      "1 nhiệm vụ. Đã hoàn thành 0 nhiệm vụ; Đang thực hiện 0 nhiệm vụ, Chưa thực hiện 1 nhiệm vụ:",
      "(1) Xây dựng (hoặc thuê dịch vụ) trung tâm dữ liệu và hệ thống tính toán hiệu năng cao; xây dựng quy chế về chia sẻ hạ tầng số. (Bộ Dân tộc và Tôn giáo chưa triển khai)",
      "(Danh mục mới cập nhật 1 nhiệm vụ của chương trình này; các số trên chỉ tính các nhiệm vụ đã cập nhật.)",
    ]);
  });

  it("counts a carried-over task nobody reported on apart, as Chưa có báo cáo", () => {
    expect(byId("CT2025-B1").byStatus).toEqual({ done: 0, inProgress: 0, notStarted: 0, unreported: 1 });
    expect(byId("CT2025-B1").sentences[0]).toBe(
      "1 nhiệm vụ. Đã hoàn thành 0 nhiệm vụ; Đang thực hiện 0 nhiệm vụ, Chưa thực hiện 0 nhiệm vụ, Chưa có báo cáo 1 nhiệm vụ.",
    );
  });

  it("writes the KHCN plan in the CĐS plan's shape, saying the catalog holds 9 of its 28 tasks", () => {
    const khcn = byId("KHCN-2026");
    expect(khcn.counts.total).toBe(9);
    expect(khcn.sentences).toEqual([
      "Tổng số: 28 nhiệm vụ (danh mục mới cập nhật 9/28 nhiệm vụ; các số dưới đây chỉ tính 9 nhiệm vụ này), trong đó:",
      "- Nhiệm vụ thường xuyên (gồm cả nhiệm vụ có thời gian thực hiện “năm 2026”): 3 nhiệm vụ.",
      "- Nhiệm vụ có thời hạn trong quý I và trong tháng 4/2026 là: 0 nhiệm vụ (Đã hoàn thành 0 nhiệm vụ; Quá hạn 0 nhiệm vụ).",
      "- Nhiệm vụ có thời hạn trong tháng 5/2026: 0 nhiệm vụ. Số nhiệm vụ đã hoàn thành: 0 nhiệm vụ. Số nhiệm vụ đang thực hiện trong hạn: 0 nhiệm vụ. Số nhiệm vụ quá hạn: 0 nhiệm vụ.",
      "- Nhiệm vụ chưa đến hạn: 6 nhiệm vụ (Đang triển khai: 6 nhiệm vụ; Chưa triển khai: 0 nhiệm vụ).",
    ]);
  });

  it("buckets the letter's assignments by their prose deadlines: tháng 4 before May, tháng 5 in it, quý II not yet due", () => {
    const letter = result.tasks.filter((task) => task.programmeId === "GV-TB11-2026");
    const bucketOf = Object.fromEntries(letter.map((task) => [task.id, task.bucket]));
    expect(bucketOf).toMatchObject({
      "GV.1.1": "continuous",
      "GV.1.4": "due_before",
      "GV.1.5": "due_in_period",
      "GV.2": "due_in_period",
      "GV.3.a": "not_yet_due",
      "GV.5": "not_yet_due",
    });
    expect(byId("GV-TB11-2026").counts.total).toBe(10);
    expect(byId("GV-TB11-2026").sentences[0]).toBe("Tổng số: 10 nhiệm vụ, trong đó:");
  });
});
