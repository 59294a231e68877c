import indicators from "../../../../src/domain/catalog/data/indicators.json";
import countBounds from "../../../../src/domain/catalog/data/count-bounds.json";
import population from "../../../../src/domain/catalog/data/population.json";
import tasks from "../../../../src/domain/catalog/data/tasks.json";
import { populationScale } from "../../../../src/domain/language/populationScale";
import { extractAll, readSeeds } from "../../../../scripts/extract-catalog";

const byId = <T extends { id: string }>(rows: T[], id: string): T => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`missing ${id}`);
  return row;
};

const texts = (rows: object[]): string[] =>
  rows.flatMap((row) => Object.values(row).filter((value): value is string => typeof value === "string"));

describe("indicator catalog", () => {
  it("holds the 16 science & innovation and 37 digital transformation indicators plus the II.8 heading", () => {
    expect(indicators).toHaveLength(54);
    expect(indicators.filter((i) => i.target2026 !== "")).toHaveLength(53);
    expect(indicators.filter((i) => i.part === "A")).toHaveLength(16);
    expect(indicators.filter((i) => i.part === "B" && !i.isHeading)).toHaveLength(37);
    expect(indicators.filter((i) => i.isHeading).map((i) => i.id)).toEqual(["CDS.II.8"]);
  });

  it("has unique ids and three groups in each part", () => {
    expect(new Set(indicators.map((i) => i.id)).size).toBe(indicators.length);
    const groups = (part: string) => [...new Set(indicators.filter((i) => i.part === part).map((i) => i.group))];
    expect(groups("A")).toEqual(["I", "II", "III"]);
    expect(groups("B")).toEqual(["I", "II", "III"]);
  });

  it("keeps both rows numbered 7 in group II, the second as CDS.II.7b", () => {
    const seventh = indicators.filter((i) => i.group === "II" && i.part === "B" && i.stt === "7").map((i) => i.id);
    expect(seventh).toEqual(["CDS.II.7", "CDS.II.7b"]);
    expect(byId(indicators, "CDS.II.7b").name).toBe(
      "Tỷ lệ thành viên Tổ công nghệ số cộng đồng được tập huấn kỹ năng số cơ bản; 100% lực lượng nòng cốt của Tổ công nghệ số cộng đồng được bồi dưỡng ít nhất 01 khóa kỹ năng số trong năm",
    );
  });

  it("turns the LaTeX target of III.8 into the symbol", () => {
    expect(byId(indicators, "CDS.III.8")).toMatchObject({
      name: "Thông tin, giấy tờ, tài liệu trong các TTHC liên quan sản xuất, kinh doanh chỉ phải cung cấp một lần cho cơ quan nhà nước",
      result2025: "-",
      target2026: "≥ 80%",
      lead: "Các sở, ban, ngành; UBND cấp xã",
      coordinators: "Văn phòng UBND tỉnh",
      measure: "percent",
    });
    expect(byId(indicators, "CDS.III.15").result2025).toBe("≥ 60%");
  });

  it("keeps the words of an italic remark in the 2025 result", () => {
    expect(byId(indicators, "CDS.I.2")).toMatchObject({
      result2025: "58,65% (dự kiến đến 31/12/2025 đạt 60%)",
      target2026: "72%",
      coordinators: "Các Doanh nghiệp viễn thông trên địa bàn",
    });
  });

  it("hangs 8.1–8.4 under the II.8 heading, which is not reported", () => {
    expect(byId(indicators, "CDS.II.8")).toMatchObject({
      target2026: "",
      measure: "none",
      aggregation: { rule: "lead_value", reason: "Dòng tiêu đề nhóm, không báo cáo số liệu." },
    });
    const children = indicators.filter((i) => "parentId" in i && i.parentId === "CDS.II.8").map((i) => i.id);
    expect(children).toEqual(["CDS.II.8.1", "CDS.II.8.2", "CDS.II.8.3", "CDS.II.8.4"]);
    expect(byId(indicators, "CDS.II.8.3")).toMatchObject({
      name: "Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong bảo hiểm",
      result2025: "82%",
      target2026: "80%",
      lead: "Bảo hiểm xã hội tỉnh",
      coordinators: "UBND cấp xã",
    });
  });

  it("takes the science & innovation rows from the report's part A, with no coordinators column", () => {
    expect(byId(indicators, "KHCN.II.3")).toMatchObject({
      groupTitle: "Phát triển khoa học, công nghệ",
      name: "Có 16 công trình khoa học và công nghệ cấp tỉnh được nghiệm thu",
      result2025: "14",
      target2026: "16",
      lead: "Sở Khoa học và Công nghệ",
      coordinators: "",
      measure: "count",
    });
    expect(byId(indicators, "KHCN.II.7").name).toBe(
      "Tỷ lệ doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu, phát triển với các viện/trường.",
    );
    expect(byId(indicators, "KHCN.I.1").groupTitle).toBe("Phát triển nguồn lực");
  });

  it("aggregates by who holds the figure", () => {
    const rule = (id: string) => byId(indicators, id).aggregation.rule;
    expect(rule("CDS.I.1")).toBe("lead_value");
    expect(rule("CDS.II.1")).toBe("lead_value");
    expect(rule("CDS.III.21")).toBe("lead_value");
    expect(rule("CDS.II.2")).toBe("ratio");
    expect(rule("CDS.III.4")).toBe("ratio");
    expect(rule("CDS.III.15")).toBe("share_of_units");
    expect(rule("KHCN.I.1")).toBe("per_population"); // "trên 01 vạn dân"
    expect(rule("KHCN.II.4")).toBe("sum");
    expect(rule("KHCN.II.9")).toBe("sum");
    expect(indicators.every((i) => i.aggregation.reason.length > 0)).toBe(true);
  });

  it("counts per population exactly the indicators whose name says so: KHCN.I.1, per 10 000 people", () => {
    const perPopulation = indicators.filter((i) => i.aggregation.rule === "per_population").map((i) => i.id);
    const namedPerPeople = indicators.filter((i) => populationScale(i.name) !== undefined).map((i) => i.id);
    expect(perPopulation).toEqual(["KHCN.I.1"]);
    expect(namedPerPeople).toEqual(perPopulation);
    expect(populationScale(byId(indicators, "KHCN.I.1").name)).toBe(10_000);
  });

  it("holds the province's population as labelled in NOTES.md: the 2019 census", () => {
    expect(population).toEqual({ people: 1_248_415, year: 2019, source: "Tổng điều tra dân số và nhà ở 01/4/2019" });
  });

  it("bounds the counts of things as NOTES.md says: 10 stated maxima, 100 × the larger of 2025's result and the target", () => {
    const stated = Object.entries(countBounds.indicators);
    expect(stated).toHaveLength(10);
    for (const [id, max] of stated) {
      const indicator = byId(indicators, id);
      expect(indicator.measure).toBe("count");
      expect(indicator.aggregation.rule).not.toBe("ratio");
      const figures = [indicator.result2025, indicator.target2026].map((text) => Number(/^\d+/.exec(text)?.[0]));
      expect(max).toBe(100 * Math.max(...figures));
    }
    expect(countBounds.withoutPopulation).toBe(10_000_000);
  });

  it("measures rates in percent and 'Có …' rows as counts", () => {
    expect(byId(indicators, "CDS.III.23").measure).toBe("percent");
    expect(byId(indicators, "KHCN.II.6").measure).toBe("percent");
    expect(byId(indicators, "KHCN.I.1").measure).toBe("count");
    expect(byId(indicators, "KHCN.II.1").measure).toBe("count");
  });
});

describe("task catalog", () => {
  const leaves = tasks.filter((t) => !t.isHeading);

  it("holds 77 rows in 10 groups, 75 of them leaves, as counted in the May report", () => {
    const total = Number(/Tổng số:\*\* (\d+) nhiệm vụ/.exec(readSeeds().report)?.[1]);
    expect(tasks).toHaveLength(77);
    expect(leaves).toHaveLength(total);
    expect(total).toBe(75);
    expect(new Set(tasks.map((t) => t.group)).size).toBe(10);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(77);
  });

  it("groups sub-rows under IV.3 and V.5", () => {
    expect(tasks.filter((t) => t.isHeading).map((t) => t.id)).toEqual(["NV.IV.3", "NV.V.5"]);
    const children = (id: string) => tasks.filter((t) => "parentId" in t && t.parentId === id).map((t) => t.id);
    expect(children("NV.IV.3")).toEqual(["NV.IV.3.1", "NV.IV.3.2"]);
    expect(children("NV.V.5")).toEqual([..."abcdefghi"].map((letter) => `NV.V.5.${letter}`));
  });

  it("removes the bold tags from the deadline of I.2", () => {
    expect(byId(tasks, "NV.I.2").deadline).toBe("- Kế hoạch: Trước 10/5/2026 - Báo cáo: Quý, 6 tháng, năm và đột xuất");
  });

  it("merges the cells a page break split off", () => {
    expect(byId(tasks, "NV.IV.2").coordinators).toBe("Các sở, ban, ngành, UBND các xã, phường");
    expect(byId(tasks, "NV.V.6").product).toBe(
      "Các hoạt động CDS thực chất được ưu tiên triển khai đổi mới với chuỗi giá trị có quy mô lớn, khả năng lan tỏa cao",
    );
    expect(byId(tasks, "NV.VII.7").coordinators).toBe(
      "Sở Khoa học và Công nghệ, Các doanh nghiệp cung cấp dịch vụ chữ ký số công cộng; Tổ công nghệ số cộng đồng",
    );
    expect(byId(tasks, "NV.IV.10").coordinators).toBe("Sở Khoa học và Công nghệ; Các sở, ban, ngành");
  });

  it("continues the numbered parts of I.10 across the page break", () => {
    const task = byId(tasks, "NV.I.10");
    expect(task.lead).toBe(
      "(1) Sở Khoa học và Công nghệ, (2) Công an tỉnh, (3) Sở Tài chính, (4) UBND cấp xã,\n(5) Sở Tài chính",
    );
    expect(task.product).toBe(
      "- (1) (2) (3) (4): Hồ sơ dự toán kinh phí gửi Sở Tài chính tổng hợp, báo cáo UBND tỉnh.\n- (5): Công văn báo cáo UBND tỉnh bố trí nguồn kinh phí.",
    );
    expect(task.name.split("\n").map((line) => line.slice(0, 3))).toEqual(["(1)", "(3)", "(4)", "(5)"]);
  });

  it("writes list items as lines with their printed markers", () => {
    expect(byId(tasks, "NV.I.4").lead).toBe("- Sở Tài chính\n- Sở Khoa học và Công nghệ");
    expect(byId(tasks, "NV.I.5").name.split("\n")).toContain("(2) Báo cáo phương án bảo đảm về:");
  });

  it("gives every '-' row under V.5 the cells merged down from the first one", () => {
    expect(byId(tasks, "NV.V.5.i")).toMatchObject({
      stt: "-",
      parentId: "NV.V.5",
      name: "HTTT, CSDL về văn hóa, thể thao, du lịch",
      lead: "Sở Văn hóa, Thể thao và Du lịch",
      coordinators: "Các sở, ban, ngành, UBND các xã, phường",
      product: "Các HTTT, CSDL",
      deadline: "Hàng tháng",
    });
    expect(byId(tasks, "NV.V.5.b").lead).toBe("Sở Nông nghiệp và Môi trường");
  });

  it("keeps the plan's spelling and reads the last row of the file", () => {
    expect(byId(tasks, "NV.II.1").groupTitle).toBe("TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC VỀ CHUYÊN ĐỔI SỐ");
    expect(byId(tasks, "NV.X.3")).toMatchObject({
      name: "Tham gia các diễn đàn, học tập kinh nghiệm của các tổ chức quốc tế về chuyển đổi số",
      deadline: "Hàng quý",
    });
  });

  it("gives every leaf a lead and a deadline", () => {
    expect(leaves.filter((t) => t.lead === "" || t.deadline === "")).toEqual([]);
  });
});

describe("catalog text", () => {
  const all = texts([...indicators, ...tasks]);

  it("carries no HTML, LaTeX or Cyrillic look-alikes", () => {
    expect(all.filter((text) => /<[^>]+>/.test(text))).toEqual([]);
    expect(all.filter((text) => text.includes("$"))).toEqual([]);
    expect(all.filter((text) => /[\u0400-\u04FF]/.test(text))).toEqual([]);
  });

  it("is NFC with single spaces and no blank lines", () => {
    expect(all.filter((text) => text !== text.normalize("NFC"))).toEqual([]);
    expect(all.filter((text) => / {2}|\n\n|^\s|\s$/.test(text))).toEqual([]);
  });
});

describe("extraction script", () => {
  it("reproduces the committed catalog from the seeds", () => {
    const extracted = extractAll(readSeeds());
    expect(extracted.indicators).toEqual(indicators);
    expect(extracted.tasks).toEqual(tasks);
  });
});
