import { consolidateAndReport } from "../../../src/domain/report/reportConsolidation";
import type { ConsolidatedTask, FileOutcome } from "../../../src/domain/consolidation/types";
import type { TaskStatus } from "../../../src/domain/language/types";
import { catalog, period, taskEntry, unitFile } from "./fixtures";

function taskResult(id: string, files: FileOutcome[], asOf = "2026-05-14"): ConsolidatedTask {
  const found = consolidateAndReport({ catalog, period: period("2026-05"), asOf, files }).tasks.find(
    (task) => task.id === id,
  );
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
  const units = (group: string) => catalog.units.filter((unit) => unit.group === group);
  const fraction = (n: number, total: number) => `${String(n).padStart(2, "0")}/${String(total).padStart(2, "0")}`;

  it("keeps the own lines of one or two units, leads first, named", () => {
    const files = [
      reporting("so-khcn", "NV.I.4", "in_progress", "  Đăng tải 12 tin bài trên Cổng thông tin điện tử.  "),
      reporting("so-tc", "NV.I.4", "done", "Đã công khai dự toán kinh phí chuyển đổi số năm 2026."),
    ];
    const result = taskResult("NV.I.4", files);
    expect(result.rollup).toBeUndefined();
    expect(result.description).toBe(
      [
        "- Sở Tài chính: Đã công khai dự toán kinh phí chuyển đổi số năm 2026.",
        "- Sở Khoa học và Công nghệ: Đăng tải 12 tin bài trên Cổng thông tin điện tử.",
      ].join("\n"),
    );
  });

  it("from three units on, counts each group of the register and names who has not done it, then the leads' text", () => {
    // NV.I.4: led by Sở Tài chính and Sở Khoa học và Công nghệ, coordinated by every sở and xã.
    const files = [
      reporting("xa-muong-sai", "NV.I.4", "done", "Niêm yết công khai tại trụ sở UBND xã."),
      reporting("so-khcn", "NV.I.4", "in_progress", "  Đăng tải 12 tin bài trên Cổng thông tin điện tử.  "),
      reporting("so-nv", "NV.I.4", "in_progress", "Phối hợp cung cấp thông tin."),
      reporting("so-tc", "NV.I.4", "done", "Đã công khai dự toán kinh phí chuyển đổi số năm 2026."),
      reporting("phuong-to-hieu", "NV.I.4", "in_progress", ""),
    ];
    const result = taskResult("NV.I.4", files);
    const so = units("so");
    const xa = units("xa");
    const soNotDone = so.filter((unit) => unit.id !== "so-tc").map((unit) => unit.name.replace(/^Sở /, ""));
    const xaNotDone = xa
      .filter((unit) => unit.id !== "xa-muong-sai")
      .map((unit) => unit.name.replace(/^(Xã|Phường) /, ""));
    expect(result.rollup?.groups.map(({ group, total, done, inProgress }) => [group, total, done, inProgress])).toEqual(
      [
        ["so", so.length, 1, 2],
        ["xa", xa.length, 1, 1],
      ],
    );
    expect(result.description.split("\n")).toEqual([
      `${fraction(1, so.length)} sở, ban, ngành và ${fraction(1, xa.length)} xã, phường đã hoàn thành; ` +
        `${fraction(2, so.length)} sở, ban, ngành và ${fraction(1, xa.length)} xã, phường đang thực hiện.`,
      // Văn phòng UBND tỉnh is among them, so the group is not called "sở" alone.
      `Chưa hoàn thành: ${fraction(so.length - 1, so.length)} sở, ban, ngành (${soNotDone.join("; ")}) ` +
        `và ${fraction(xa.length - 1, xa.length)} xã, phường (${xaNotDone.join("; ")}).`,
      "- Sở Tài chính: Đã công khai dự toán kinh phí chuyển đổi số năm 2026.",
      "- Sở Khoa học và Công nghệ: Đăng tải 12 tin bài trên Cổng thông tin điện tử.",
    ]);
    expect(result.details.map((detail) => [detail.unitId, detail.isLead, detail.status, detail.description])).toEqual([
      ["so-tc", true, "done", "Đã công khai dự toán kinh phí chuyển đổi số năm 2026."],
      ["so-khcn", true, "in_progress", "Đăng tải 12 tin bài trên Cổng thông tin điện tử."],
      ["so-nv", false, "in_progress", "Phối hợp cung cấp thông tin."],
      ["phuong-to-hieu", false, "in_progress", undefined],
      ["xa-muong-sai", false, "done", "Niêm yết công khai tại trụ sở UBND xã."],
    ]);
    expect(result.sources.map((source) => [source.unitId, source.text])).toEqual([
      ["so-tc", "Đã hoàn thành"],
      ["so-khcn", "Đang thực hiện"],
      ["so-nv", "Đang thực hiện"],
      ["phuong-to-hieu", "Đang thực hiện"],
      ["xa-muong-sai", "Đã hoàn thành"],
    ]);
  });

  it("names nobody when no unit is done: the fractions say it", () => {
    const files = ["so-tc", "so-khcn", "so-nv"].map((unitId) => reporting(unitId, "NV.I.4", "not_started"));
    expect(taskResult("NV.I.4", files).description).toBe(
      `00/${String(units("so").length)} sở, ban, ngành và 00/${String(units("xa").length)} xã, phường đã hoàn thành.`,
    );
  });

  it("words NV.I.2 as the catalog says, the sở and xã named shortly as 003 does", () => {
    const notDone = ["so-tc", "so-yt", "phuong-chieng-an", "xa-muong-sai"];
    const files = catalog.units
      .filter((unit) => unit.group !== "other")
      .map((unit) => reporting(unit.id, "NV.I.2", notDone.includes(unit.id) ? "in_progress" : "done", "Đã ban hành."));
    const so = units("so").length;
    const xa = units("xa").length;
    const lines = taskResult("NV.I.2", files).description.split("\n");
    expect(lines[0]).toBe(
      `${fraction(so - 2, so)} sở, ban, ngành và ${fraction(xa - 2, xa)} xã, phường đã cập nhật, điều chỉnh Kế hoạch ` +
        `chuyển đổi số năm 2026; 02/${so} sở, ban, ngành và 02/${xa} xã, phường đang thực hiện.`,
    );
    expect(lines[1]).toBe(
      `Sở Khoa học và Công nghệ chưa nhận được Kế hoạch của 02/${so} sở (Tài chính; Y tế) ` +
        `và 02/${xa} xã, phường (Chiềng An; Mường Sại).`,
    );
    expect(lines).toHaveLength(2);
  });

  it("cuts a description over 1,500 characters and says where the rest is; the detail keeps it whole", () => {
    const long = Array(60).fill("Đăng tải tin bài tuyên truyền về chuyển đổi số trên Cổng thông tin.").join(" ");
    const files = [
      reporting("so-tc", "NV.I.4", "in_progress", long),
      reporting("so-khcn", "NV.I.4", "in_progress", "Đang rà soát."),
      reporting("so-nv", "NV.I.4", "in_progress"),
    ];
    const result = taskResult("NV.I.4", files);
    expect(long.length).toBeGreaterThan(1500);
    expect(result.description.length).toBeLessThanOrEqual(1500);
    expect(result.description.endsWith(" … (xem sheet Chi tiết nhiệm vụ)")).toBe(true);
    expect(result.description).toContain("- Sở Tài chính: Đăng tải tin bài");
    expect(result.details[0].description).toBe(long);
  });

  it("shows the progress a unit gave next to its status", () => {
    const file = unitFile("so-yt", { tasks: [{ ...taskEntry("NV.VII.3", "in_progress"), progress: 62.5 }] });
    const result = taskResult("NV.VII.3", [file]);
    expect(result.sources[0].text).toBe("Đang thực hiện (62,5%)");
    expect(result.details[0].progress).toBe(62.5);
  });

  it("is empty when nobody wrote a description", () => {
    expect(taskResult("NV.I.4", [reporting("so-tc", "NV.I.4", "done")]).description).toBe("");
  });
});

it("reports the CĐS plan's 75 tasks and the other programmes' 29, headings left out, in catalog order", () => {
  const all = consolidateAndReport({ catalog, period: period("2026-05"), asOf: "2026-05-14", files: [] }).tasks;
  expect(all).toHaveLength(75 + 29);
  expect(all.map((task) => task.id)).not.toContain("KHCN.NV.II.H1");
  const tasks = all.filter((task) => task.programmeId === "CDS-2026");
  expect(tasks).toHaveLength(75);
  expect(tasks.map((task) => task.id)).not.toContain("NV.IV.3");
  expect(tasks.map((task) => task.id)).not.toContain("NV.V.5");
  expect(tasks.slice(0, 3).map((task) => task.id)).toEqual(["NV.I.1", "NV.I.2", "NV.I.3"]);
});

describe("a composite deadline judged part by part", () => {
  // NV.I.8 "(1) Quý I/2026 (2) Thường xuyên", led by Sở KH&CN and Sở Tài chính: part (1) was done in March.
  const withParts = (unitId: string, partStatuses: TaskStatus[]): FileOutcome =>
    unitFile(unitId, {
      tasks: [
        { ...taskEntry("NV.I.8", partStatuses.includes("done") ? "in_progress" : partStatuses[0]), partStatuses },
      ],
    });

  it("is not overdue in May once both leads have part (1) done", () => {
    const files = [withParts("so-khcn", ["done", "in_progress"]), withParts("so-tc", ["done", "in_progress"])];
    const result = taskResult("NV.I.8", files);
    expect(result).toMatchObject({ status: "in_progress", bucket: "continuous", overdue: false });
    expect(result.overdueParts).toBeUndefined();
  });

  it("is overdue on part (1) while one lead has not done it, and says which part", () => {
    const files = [withParts("so-khcn", ["done", "in_progress"]), withParts("so-tc", ["in_progress", "in_progress"])];
    expect(taskResult("NV.I.8", files)).toMatchObject({
      bucket: "due_before",
      overdue: true,
      overdueParts: ["(1)"],
      dueDate: "2026-03-31",
    });
  });

  it("takes a lead's one status for every part when its form has no part rows", () => {
    const files = [withParts("so-khcn", ["done", "in_progress"]), reporting("so-tc", "NV.I.8", "in_progress")];
    expect(taskResult("NV.I.8", files)).toMatchObject({ overdue: true, overdueParts: ["(1)"] });
    const done = [withParts("so-khcn", ["done", "in_progress"]), reporting("so-tc", "NV.I.8", "done")];
    expect(taskResult("NV.I.8", done)).toMatchObject({ overdue: false, bucket: "continuous" });
  });

  it("names the late part of a plan due “Trước 10/5/2026” reported as a whole", () => {
    const files = [reporting("so-khcn", "NV.I.2", "in_progress")];
    expect(taskResult("NV.I.2", files)).toMatchObject({ overdue: true, overdueParts: ["Kế hoạch"] });
  });
});

describe("a composite task's units counted by the part that decides", () => {
  // NV.I.2 in May: its "Kế hoạch" part (due 10/5) decides; "Báo cáo" runs on and is never done.
  const planPart = (unitId: string, plan: TaskStatus): FileOutcome =>
    unitFile(unitId, { tasks: [{ ...taskEntry("NV.I.2", "in_progress"), partStatuses: [plan, "in_progress"] }] });

  it("counts and shows the units by their plan part, though every unit's task is still in progress", () => {
    const files = [planPart("so-khcn", "done"), planPart("so-tc", "done"), planPart("so-yt", "in_progress")];
    const result = taskResult("NV.I.2", files);
    expect(result.status).toBe("in_progress");
    expect(result.rollup?.groups.find((group) => group.group === "so")).toMatchObject({ done: 2, inProgress: 1 });
    expect(result.details.map((detail) => [detail.unitId, detail.status])).toEqual(
      expect.arrayContaining([
        ["so-khcn", "done"],
        ["so-tc", "done"],
        ["so-yt", "in_progress"],
      ]),
    );
  });

  it("counts I.1 by its reports once its plan, due in January, is done: they run on", () => {
    const files = ["so-khcn", "so-tc", "so-yt"].map((unitId) =>
      unitFile(unitId, { tasks: [{ ...taskEntry("NV.I.1", "in_progress"), partStatuses: ["done", "in_progress"] }] }),
    );
    const result = taskResult("NV.I.1", files);
    expect(result).toMatchObject({ bucket: "recurring", overdue: false, status: "in_progress" });
    expect(result.rollup?.groups.find((group) => group.group === "so")).toMatchObject({ done: 0, inProgress: 3 });
  });
});
