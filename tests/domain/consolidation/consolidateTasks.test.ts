import { consolidate } from "../../../src/domain/consolidation/consolidate";
import type { ConsolidatedTask, FileOutcome } from "../../../src/domain/consolidation/types";
import type { TaskStatus } from "../../../src/domain/language/types";
import { catalog, period, taskEntry, unitFile } from "./fixtures";

function taskResult(id: string, files: FileOutcome[], asOf = "2026-05-14"): ConsolidatedTask {
  const found = consolidate({ catalog, period: period("2026-05"), asOf, files }).tasks.find((task) => task.id === id);
  if (!found) throw new Error(`test setup: no task ${id}`);
  return found;
}

function reporting(unitId: string, taskId: string, status?: TaskStatus, description?: string): FileOutcome {
  return unitFile(unitId, { tasks: [taskEntry(taskId, status, description)] });
}

describe("status from two leads", () => {
  // NV.I.4 "Công khai, minh bạch thông tin về các chương trình, chính sách hỗ trợ chuyển đổi số…":
  // "- Sở Tài chính - Sở Khoa học và Công nghệ", "Thường xuyên".
  it.each<[TaskStatus | undefined, TaskStatus | undefined, TaskStatus | undefined, string]>([
    ["done", "done", "done", "Đã hoàn thành"],
    ["done", "in_progress", "in_progress", "Đang thực hiện"],
    ["done", undefined, "in_progress", "Đang thực hiện"],
    ["not_started", "in_progress", "in_progress", "Đang thực hiện"],
    ["not_started", "not_started", "not_started", "Chưa thực hiện"],
    ["not_started", undefined, "not_started", "Chưa thực hiện"],
    [undefined, undefined, undefined, "Chưa có báo cáo"],
  ])("Sở Tài chính %s, Sở Khoa học và Công nghệ %s → %s", (finance, science, status, statusText) => {
    const files = [reporting("so-tc", "NV.I.4", finance), reporting("so-khcn", "NV.I.4", science)];
    const result = taskResult("NV.I.4", files);
    expect(result.status).toBe(status);
    expect(result.statusText).toBe(statusText);
    expect(result.bucket).toBe("continuous");
    expect(result.overdue).toBe(false);
  });

  it("ignores a coordinator's status", () => {
    const files = [reporting("so-tc", "NV.I.4", "done"), reporting("so-khcn", "NV.I.4", "done")];
    expect(taskResult("NV.I.4", [...files, reporting("xa-muong-sai", "NV.I.4", "not_started")]).status).toBe("done");
  });
});

describe("overdue whatever units wrote", () => {
  // NV.I.2 "Bổ sung, hoàn thiện … Kế hoạch Chuyển đổi số năm 2026": "- Kế hoạch: Trước 10/5/2026 - Báo cáo: …",
  // led by every sở and xã: the May 2026 report counted it "đang thực hiện trong hạn" on 14/5.
  const files = [reporting("so-khcn", "NV.I.2", "done"), reporting("xa-muong-sai", "NV.I.2", "in_progress")];

  it("is overdue on 14/5 while in progress", () => {
    expect(taskResult("NV.I.2", files)).toMatchObject({
      status: "in_progress",
      statusText: "Đang thực hiện",
      bucket: "due_in_period",
      overdue: true,
      dueDate: "2026-05-10",
    });
  });

  it("is still on time on 10/5", () => {
    expect(taskResult("NV.I.2", files, "2026-05-10")).toMatchObject({ bucket: "due_in_period", overdue: false });
  });
});

describe("Mô tả kết quả trong kỳ", () => {
  it("lists leads first, then coordinators, each in register order and named", () => {
    const files = [
      reporting("xa-muong-sai", "NV.I.4", "in_progress", "Niêm yết công khai tại trụ sở UBND xã."),
      reporting("so-khcn", "NV.I.4", "in_progress", "  Đăng tải 12 tin bài trên Cổng thông tin điện tử.  "),
      reporting("so-nv", "NV.I.4", "in_progress", "Phối hợp cung cấp thông tin."),
      reporting("so-tc", "NV.I.4", "done", "Đã công khai dự toán kinh phí chuyển đổi số năm 2026."),
      reporting("phuong-to-hieu", "NV.I.4", "in_progress", ""),
    ];
    const result = taskResult("NV.I.4", files);
    expect(result.description).toBe(
      [
        "- Sở Tài chính: Đã công khai dự toán kinh phí chuyển đổi số năm 2026.",
        "- Sở Khoa học và Công nghệ: Đăng tải 12 tin bài trên Cổng thông tin điện tử.",
        "- Sở Nội vụ: Phối hợp cung cấp thông tin.",
        "- Xã Mường Sại: Niêm yết công khai tại trụ sở UBND xã.",
      ].join("\n"),
    );
    expect(result.sources.map((source) => [source.unitId, source.text])).toEqual([
      ["so-tc", "Đã hoàn thành"],
      ["so-khcn", "Đang thực hiện"],
      ["so-nv", "Đang thực hiện"],
      ["phuong-to-hieu", "Đang thực hiện"],
      ["xa-muong-sai", "Đang thực hiện"],
    ]);
  });

  it("shows the progress a unit gave next to its status", () => {
    const file = unitFile("so-yt", { tasks: [{ ...taskEntry("NV.VII.3", "in_progress"), progress: 62.5 }] });
    expect(taskResult("NV.VII.3", [file]).sources[0].text).toBe("Đang thực hiện (62,5%)");
  });

  it("is empty when nobody wrote a description", () => {
    expect(taskResult("NV.I.4", [reporting("so-tc", "NV.I.4", "done")]).description).toBe("");
  });
});

it("reports the CĐS plan's 75 tasks and the other programmes' 29, headings left out, in catalog order", () => {
  const all = consolidate({ catalog, period: period("2026-05"), asOf: "2026-05-14", files: [] }).tasks;
  expect(all).toHaveLength(75 + 29);
  expect(all.map((task) => task.id)).not.toContain("KHCN.NV.II.H1");
  const tasks = all.filter((task) => task.programmeId === "CDS-2026");
  expect(tasks).toHaveLength(75);
  expect(tasks.map((task) => task.id)).not.toContain("NV.IV.3");
  expect(tasks.map((task) => task.id)).not.toContain("NV.V.5");
  expect(tasks.slice(0, 3).map((task) => task.id)).toEqual(["NV.I.1", "NV.I.2", "NV.I.3"]);
});
