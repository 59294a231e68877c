import programmes from "../../../../src/domain/catalog/data/programmes.json";
import programmeTasks from "../../../../src/domain/catalog/data/programme-tasks.json";
import tasks from "../../../../src/domain/catalog/data/tasks.json";
import report from "../../../../src/samples/data/report-2026-05-programmes.json";
import { catalog2026 } from "../../../../src/domain/catalog/catalog2026";
import { extractProgrammes, readProgrammeSeeds } from "../../../../scripts/extract-programmes";

const leavesOf = (programmeId: string) =>
  programmeTasks.filter((task) => task.programmeId === programmeId && !task.isHeading);

describe("task programmes", () => {
  it("lists seven programmes in the order of the report's section III, then the letter's assignments", () => {
    expect(programmes.map((p) => [p.id, p.kind, p.part])).toEqual([
      ["CDS-2026", "plan", "B"],
      ["CT2025-B1", "carried_over", "B"],
      ["CT2025-B2", "carried_over", "B"],
      ["KHCN-2026", "plan", "A"],
      ["CT2025-A1", "carried_over", "A"],
      ["CT2025-A2", "carried_over", "A"],
      ["GV-TB11-2026", "assignment", "B"],
    ]);
  });

  it("gives every CĐS plan task the CDS-2026 programme and keeps its ids", () => {
    expect(new Set(tasks.map((task) => task.programmeId))).toEqual(new Set(["CDS-2026"]));
    expect(tasks.filter((task) => !task.isHeading)).toHaveLength(75);
    expect(tasks[0].id).toBe("NV.I.1");
  });

  it("holds 9 of the KHCN plan's 28 tasks, in its two groups, with 003's two sub-headings", () => {
    const khcn = programmes.find((p) => p.id === "KHCN-2026");
    expect(khcn).toMatchObject({
      partial: true,
      declaredTotal: 28,
      source: "Quyết định số 34/QĐ-UBND ngày 06/01/2026",
    });
    expect(leavesOf("KHCN-2026").map((task) => task.id)).toEqual([
      "KHCN.NV.I.1",
      "KHCN.NV.I.2",
      "KHCN.NV.I.3",
      "KHCN.NV.I.4",
      "KHCN.NV.II.5",
      "KHCN.NV.II.6",
      "KHCN.NV.II.7",
      "KHCN.NV.II.8",
      "KHCN.NV.II.9",
    ]);
    const headings = programmeTasks.filter((task) => task.programmeId === "KHCN-2026" && task.isHeading);
    expect(headings.map((task) => task.name)).toEqual(["Nhiệm vụ khoa học công nghệ", "Nhiệm vụ đổi mới sáng tạo"]);
    const under = (id: string) => programmeTasks.filter((task) => task.parentId === id).map((task) => task.stt);
    expect(under("KHCN.NV.II.H1")).toEqual(["5", "6"]);
    expect(under("KHCN.NV.II.H2")).toEqual(["7", "8", "9"]);
  });

  it("fills the three blank leads with Sở Khoa học và Công nghệ and drops the stray comma of I.1's product", () => {
    const byId = (id: string) => programmeTasks.find((task) => task.id === id);
    for (const id of ["KHCN.NV.I.3", "KHCN.NV.I.4", "KHCN.NV.II.9"])
      expect(byId(id)?.lead).toBe("Sở Khoa học và Công nghệ");
    expect(byId("KHCN.NV.I.1")?.product).toBe("Nghị quyết");
  });

  it("lists the carried-over rows 003 prints: KHCN 1 + 7 = its stated 8, CĐS 1 + 1 of its stated 14", () => {
    expect(leavesOf("CT2025-A1")).toHaveLength(1);
    expect(leavesOf("CT2025-A2")).toHaveLength(7);
    expect(leavesOf("CT2025-B1")).toHaveLength(1);
    expect(leavesOf("CT2025-B2")).toHaveLength(1);
    const partial = Object.fromEntries(programmes.map((p) => [p.id, p.partial]));
    expect(partial).toMatchObject({ "CT2025-A1": false, "CT2025-A2": false, "CT2025-B1": true, "CT2025-B2": true });
  });

  it("keeps the result column header where 003 prints one, and repairs the D of BCĐ in the titles", () => {
    const byId = (id: string) => programmes.find((p) => p.id === id);
    expect(byId("CT2025-A1")).toMatchObject({
      title: "Nhiệm vụ tại các Thông báo, Kết luận của BCĐTW",
      resultHeader: "Báo cáo kết quả",
    });
    expect(byId("CT2025-A2")).toMatchObject({
      title: "Nhiệm vụ Kế hoạch số 01-KH/BCĐ1363 của Ban Chỉ đạo 1363",
      resultHeader: "Báo cáo kết quả quý I/2026",
    });
    expect(byId("CT2025-B1")?.resultHeader).toBeUndefined();
  });

  it("merges the name a page break cut in A.2 row 2", () => {
    const task = programmeTasks.find((t) => t.id === "CT2025.A2.2");
    expect(
      task?.name.endsWith(
        "tạo điều kiện thuận lợi tối đa cho sự phát triển mang tính đột phá của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.",
      ),
    ).toBe(true);
  });

  it("holds the ten instructions of letter 002 with their deadlines as printed", () => {
    expect(leavesOf("GV-TB11-2026").map((task) => [task.id, task.lead, task.deadline])).toEqual([
      ["GV.1.1", "Các sở, ban, ngành, UBND các xã, phường", "Năm 2026"],
      ["GV.1.2", "Các sở, ban, ngành, UBND các xã, phường", "Thường xuyên"],
      ["GV.1.3", "Các sở, ban, ngành, UBND các xã, phường", "Thường xuyên"],
      ["GV.1.4", "Các sở, ban, ngành, UBND các xã, phường", "hoàn thành trong tháng 4/2026"],
      ["GV.1.5", "Các sở, ban, ngành, UBND các xã, phường", "hoàn thành trong tháng 5/2026"],
      ["GV.2", "Sở Khoa học và Công nghệ", "hoàn thành trong tháng 5/2026"],
      ["GV.3.a", "Sở Tài chính", "Hoàn thành trước ngày 30/6/2026"],
      ["GV.3.b", "Sở Tài chính", "hoàn thành trong tháng 6/2026"],
      ["GV.4", "Sở Nông nghiệp và Môi trường", "hoàn thành trong quý II/2026"],
      ["GV.5", "Công an tỉnh", "hoàn thành trong quý II/2026"],
    ]);
  });

  it("keeps 003's progress of every task it prints: the KHCN carried-over count is 3 done, 5 in progress", () => {
    const carried = [...leavesOf("CT2025-A1"), ...leavesOf("CT2025-A2")].map(
      (task) => report[task.id as keyof typeof report],
    );
    expect(carried.filter((value) => value.status === "Đã hoàn thành")).toHaveLength(3);
    expect(carried.filter((value) => value.status.startsWith("Đang thực hiện"))).toHaveLength(5);
    expect(Object.keys(report)).toHaveLength(9 + 8 + 2);
  });

  it("builds: every deadline parses, every lead resolves to units, every task's programme exists", () => {
    const catalog = catalog2026();
    const others = catalog.tasks.filter((task) => task.programmeId !== "CDS-2026" && !task.isHeading);
    expect(others).toHaveLength(9 + 8 + 2 + 10);
    expect(others.filter((task) => task.deadline.parts.length === 0).map((task) => task.id)).toEqual([]);
    expect(others.filter((task) => task.lead.unitIds.length === 0).map((task) => task.id)).toEqual([]);
    const unresolved = others
      .flatMap((task) => [...task.lead.parts, ...task.coordinators.parts])
      .flatMap((p) => p.unresolved);
    expect(unresolved).toEqual([]);
    expect(catalog.programmes.map((p) => p.id)).toEqual(programmes.map((p) => p.id));
  });

  it("is what the extraction script makes of the seeds", () => {
    const extracted = extractProgrammes(readProgrammeSeeds());
    expect(extracted.programmes).toEqual(programmes);
    expect(extracted.tasks).toEqual(programmeTasks);
    expect(extracted.report).toEqual(report);
  });
});
