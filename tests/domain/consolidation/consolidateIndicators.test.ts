import type { Catalog } from "../../../src/domain/catalog/types";
import { consolidate } from "../../../src/domain/consolidation/consolidate";
import type { ConsolidatedIndicator, FileOutcome } from "../../../src/domain/consolidation/types";
import { catalog, indicatorEntry, period, unitFile } from "./fixtures";

function indicatorResult(id: string, files: FileOutcome[]): ConsolidatedIndicator {
  const result = consolidate({ catalog, period: period("2026-05"), asOf: "2026-05-14", files });
  const found = result.indicators.find((indicator) => indicator.id === id);
  if (!found) throw new Error(`test setup: no indicator ${id}`);
  return found;
}

function withEntry(unitId: string, ...entries: Parameters<typeof indicatorEntry>): FileOutcome {
  return unitFile(unitId, { indicators: [indicatorEntry(...entries)] });
}

describe("ratio: Σ Tử số ÷ Σ Mẫu số", () => {
  it("names every expected unit without a usable Tử số/Mẫu số, in the order they are expected", () => {
    const missing = indicatorResult("CDS.II.4", [
      withEntry("xa-muong-sai", "CDS.II.4", undefined, { numerator: 45, denominator: 50 }),
      withEntry("xa-chieng-sung", "CDS.II.4", undefined, { numerator: 30 }),
    ]).missingUnitIds;
    expect(missing).toHaveLength(75);
    expect(missing).toContain("xa-chieng-sung");
    expect(missing).toContain("so-khcn");
    expect(missing).not.toContain("xa-muong-sai");
  });

  it("counts a unit that wrote a reason as missing from the figure, and keeps its reason to say so", () => {
    const result = indicatorResult("CDS.II.4", [
      withEntry("xa-muong-sai", "CDS.II.4", undefined, { numerator: 45, denominator: 50 }),
      withEntry("xa-chieng-sung", "CDS.II.4", "Chưa triển khai"),
    ]);
    expect(result.reporting).toBe(1);
    expect(result.value).toBe(90);
    expect(result.missingUnitIds).toContain("xa-chieng-sung");
    expect(result.missingReasons).toEqual({ "xa-chieng-sung": "Chưa triển khai" });
  });

  // CDS.II.4 "Tỷ lệ cán bộ, công chức, viên chức cấp xã có trang thiết bị …": UBND cấp xã, Sở KH&CN coordinates.
  const communes = [
    withEntry("xa-muong-sai", "CDS.II.4", undefined, { numerator: 45, denominator: 50 }),
    withEntry("xa-chieng-sung", "CDS.II.4", undefined, { numerator: 30, denominator: 40 }),
    withEntry("phuong-chieng-coi", "CDS.II.4", undefined, { numerator: 20, denominator: 20 }),
  ];

  it("adds the three communes' counts: 95/110 = 86,4%, below the 100% target", () => {
    expect(indicatorResult("CDS.II.4", communes)).toEqual({
      id: "CDS.II.4",
      value: 86.4,
      display: "86,4%",
      met: "not_met",
      reporting: 3,
      expected: 76,
      missingUnitIds: expect.any(Array),
      estimate: false,
      sources: [
        {
          unitId: "phuong-chieng-coi",
          file: "phuong-chieng-coi.xlsx",
          cell: { sheet: "Chỉ tiêu", cell: "F10" },
          text: "20/20",
        },
        {
          unitId: "xa-chieng-sung",
          file: "xa-chieng-sung.xlsx",
          cell: { sheet: "Chỉ tiêu", cell: "F10" },
          text: "30/40",
        },
        { unitId: "xa-muong-sai", file: "xa-muong-sai.xlsx", cell: { sheet: "Chỉ tiêu", cell: "F10" }, text: "45/50" },
      ],
    });
  });

  it("writes “Ước” when one commune's figure is an estimate", () => {
    const estimated = [
      ...communes.slice(0, 2),
      withEntry("phuong-chieng-coi", "CDS.II.4", undefined, { numerator: 20, denominator: 20, estimate: true }),
    ];
    expect(indicatorResult("CDS.II.4", estimated)).toMatchObject({ display: "Ước 86,4%", estimate: true });
  });

  it("leaves out a commune that gave a percentage without Tử số and Mẫu số", () => {
    const files = [...communes, withEntry("xa-co-ma", "CDS.II.4", "10%")];
    expect(indicatorResult("CDS.II.4", files)).toMatchObject({ value: 86.4, reporting: 3 });
  });

  it("takes nothing from a rejected file", () => {
    const rejected = withEntry("xa-co-ma", "CDS.II.4", undefined, { numerator: 0, denominator: 90 });
    const files = [...communes, { ...rejected, status: "rejected" as const }];
    expect(indicatorResult("CDS.II.4", files)).toMatchObject({ value: 86.4, reporting: 3 });
  });

  it("meets a 60% target once the sum reaches it: 35/50 + 25/50 = 60%", () => {
    // CDS.II.6 "Tỷ lệ doanh nghiệp, hợp tác xã được tập huấn kỹ năng số cơ bản", target 60%.
    const files = [
      withEntry("xa-muong-sai", "CDS.II.6", undefined, { numerator: 35, denominator: 50 }),
      withEntry("xa-chieng-sung", "CDS.II.6", undefined, { numerator: 25, denominator: 50 }),
    ];
    expect(indicatorResult("CDS.II.6", files)).toMatchObject({ value: 60, display: "60%", met: "met" });
  });
});

describe("lead_value: the lead unit's figure", () => {
  it("takes Sở Khoa học và Công nghệ's 67,1% for 5G coverage and ignores the coordinator's figure", () => {
    const files = [withEntry("so-khcn", "CDS.I.1", "67,1%"), withEntry("dn-vien-thong", "CDS.I.1", "80%")];
    expect(indicatorResult("CDS.I.1", files)).toEqual({
      id: "CDS.I.1",
      value: 67.1,
      display: "67,1%",
      met: "not_met",
      reporting: 1,
      expected: 1,
      missingUnitIds: expect.any(Array),
      estimate: false,
      sources: [{ unitId: "so-khcn", file: "so-khcn.xlsx", cell: { sheet: "Chỉ tiêu", cell: "F10" }, text: "67,1%" }],
    });
  });

  it("meets the target with Bảo hiểm xã hội tỉnh's 84% against 80%", () => {
    expect(indicatorResult("CDS.II.8.3", [withEntry("bhxh-tinh", "CDS.II.8.3", "84%")])).toMatchObject({
      display: "84%",
      met: "met",
    });
  });

  it("with several leads, takes the first that gave a number and names it, keeping the year in brackets", () => {
    // CDS.III.23 "Quy mô kinh tế số trong GRDP", lead "Các sở, ban, ngành": Văn phòng UBND tỉnh comes first.
    const files = [
      withEntry("vp-ubnd-tinh", "CDS.III.23", "Đang thống kê số liệu"),
      withEntry("so-tc", "CDS.III.23", "7%"),
      withEntry("so-nv", "CDS.III.23", "6,9% (năm 2025)"),
    ];
    const result = indicatorResult("CDS.III.23", files);
    expect(result).toMatchObject({
      value: 6.9,
      display: "6,9% (năm 2025)",
      met: "not_met",
      reporting: 2,
      expected: 15,
      missingUnitIds: expect.any(Array),
    });
    expect(result.sources.map((source) => source.unitId)).toEqual(["so-nv"]);
  });

  it("prints the lead's reason when it gave no number, even if coordinators did", () => {
    const files = [
      withEntry("cong-an-tinh", "CDS.III.21", "Đơn vị chưa cung cấp số liệu"),
      withEntry("xa-muong-sai", "CDS.III.21", "70%"),
    ];
    expect(indicatorResult("CDS.III.21", files)).toMatchObject({
      display: "Đơn vị chưa cung cấp số liệu",
      met: "no_data",
      reason: "Đơn vị chưa cung cấp số liệu",
      reporting: 0,
      expected: 1,
      missingUnitIds: expect.any(Array),
    });
  });
});

describe("sum: counts add up", () => {
  it("adds 100 + 20 + 7 research staff into 127, short of 500", () => {
    // KHCN.II.4 "Có 400 cán bộ nghiên cứu khoa học và công nghệ toàn tỉnh", reported by every sở, xã and school.
    const files = [
      withEntry("so-khcn", "KHCN.II.4", "100"),
      withEntry("xa-muong-sai", "KHCN.II.4", "20"),
      withEntry("dh-tay-bac", "KHCN.II.4", "7"),
      withEntry("so-yt", "KHCN.II.4", "Đang thống kê số liệu"),
    ];
    expect(indicatorResult("KHCN.II.4", files)).toMatchObject({
      value: 127,
      display: "127",
      met: "not_met",
      reporting: 3,
      expected: 92,
      missingUnitIds: expect.any(Array),
    });
  });

  it("keeps “(Số liệu lũy kế)” when the units' counts are cumulative", () => {
    const files = [
      withEntry("dh-tay-bac", "KHCN.III.5", "15 (Số liệu lũy kế)"),
      withEntry("cd-son-la", "KHCN.III.5", "02 (Số liệu lũy kế)"),
    ];
    expect(indicatorResult("KHCN.III.5", files)).toMatchObject({ value: 17, display: "17 (Số liệu lũy kế)" });
  });
});

describe("share_of_units: share of the expected units meeting the target", () => {
  // CDS.III.15 "Tỷ lệ chính quyền xã, phường sử dụng phần mềm quản trị điều hành thống nhất": target 100% of 75.
  it("counts 3 of the 75 xã, phường at 100% as 4%, the unreported ones included", () => {
    const files = [
      withEntry("xa-muong-sai", "CDS.III.15", "100%"),
      withEntry("xa-chieng-sung", "CDS.III.15", "100%"),
      withEntry("phuong-to-hieu", "CDS.III.15", "100%"),
      withEntry("xa-co-ma", "CDS.III.15", "80%"),
      withEntry("so-khcn", "CDS.III.15", "100%"),
    ];
    expect(indicatorResult("CDS.III.15", files)).toMatchObject({
      value: 4,
      display: "4%",
      met: "not_met",
      reporting: 4,
      expected: 75,
      missingUnitIds: expect.any(Array),
    });
  });

  it("is 100% and met when all 75 reach the target", () => {
    const communes = catalog.units.filter((unit) => unit.group === "xa");
    const files = communes.map((unit) => withEntry(unit.id, "CDS.III.15", "100%"));
    expect(indicatorResult("CDS.III.15", files)).toMatchObject({
      value: 100,
      display: "100%",
      met: "met",
      reporting: 75,
    });
  });
});

describe("no number", () => {
  it("prints the reason most units gave", () => {
    // KHCN.II.7 "Tỷ lệ doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu …": the report prints "Đang thống kê số liệu".
    const files = [
      withEntry("xa-muong-sai", "KHCN.II.7", "Chưa triển khai"),
      withEntry("xa-chieng-sung", "KHCN.II.7", "Đang thống kê số liệu"),
      withEntry("xa-co-ma", "KHCN.II.7", "Đang thống kê số liệu"),
    ];
    const result = indicatorResult("KHCN.II.7", files);
    expect(result).toMatchObject({
      display: "Đang thống kê số liệu",
      met: "no_data",
      reason: "Đang thống kê số liệu",
      reporting: 0,
      expected: 75,
      missingUnitIds: expect.any(Array),
      estimate: false,
    });
    expect(result.value).toBeUndefined();
    expect(result.sources.map((source) => source.text)).toEqual([
      "Đang thống kê số liệu",
      "Đang thống kê số liệu",
      "Chưa triển khai",
    ]);
  });

  it("gives a tie to the reason of the unit first in the register", () => {
    const files = [
      withEntry("xa-muong-sai", "KHCN.II.7", "Đang thống kê số liệu"),
      withEntry("phuong-chieng-an", "KHCN.II.7", "Chưa triển khai"),
    ];
    expect(indicatorResult("KHCN.II.7", files).display).toBe("Chưa triển khai");
  });

  it("says “Chưa có số liệu” when nobody wrote anything", () => {
    expect(indicatorResult("KHCN.II.7", [])).toMatchObject({
      display: "Chưa có số liệu",
      met: "no_data",
      reason: "Chưa có số liệu",
      reporting: 0,
      sources: [],
    });
  });
});

it("reports every indicator but the heading CDS.II.8, in catalog order", () => {
  const result = consolidate({ catalog, period: period("2026-05"), asOf: "2026-05-14", files: [] });
  const ids = result.indicators.map((indicator) => indicator.id);
  expect(ids).toEqual(catalog.indicators.filter((indicator) => indicator.id !== "CDS.II.8").map((i) => i.id));
});

describe("per_population: Σ counts ÷ the province's population × 10 000", () => {
  // KHCN.I.1 "Có 8 người thực hiện công tác nghiên cứu … trên 01 vạn dân", target 8.
  const researchers = [
    withEntry("so-khcn", "KHCN.I.1", "200", { cell: { sheet: "Chỉ tiêu", cell: "F7" } }),
    withEntry("so-yt", "KHCN.I.1", "250", { cell: { sheet: "Chỉ tiêu", cell: "F7" } }),
    withEntry("xa-muong-sai", "KHCN.I.1", "60", { cell: { sheet: "Chỉ tiêu", cell: "F7" } }),
  ];
  const withPopulation = (people: number | undefined): Catalog => {
    const { population: _, ...rest } = catalog;
    return people === undefined ? rest : { ...rest, population: { people, year: 2025, source: "thử" } };
  };
  const researchersIn = (edited: Catalog) =>
    consolidate({ catalog: edited, period: period("2026-05"), asOf: "2026-05-14", files: researchers }).indicators.find(
      (indicator) => indicator.id === "KHCN.I.1",
    )!;

  it("turns 510 researchers among Sơn La's 1.248.415 people into 4,09 per 10 000, short of 8", () => {
    expect(catalog.population?.people).toBe(1_248_415);
    const result = indicatorResult("KHCN.I.1", researchers);
    expect(result).toMatchObject({ value: 4.09, display: "4,09", met: "not_met", reporting: 3 });
    expect(result.sources.map((source) => [source.unitId, source.text])).toEqual([
      ["so-yt", "250"],
      ["so-khcn", "200"],
      ["xa-muong-sai", "60"],
    ]);
  });

  it("follows the population the officer edits: 510 among 600.000 people are 8,5 per 10 000, met", () => {
    expect(researchersIn(withPopulation(600_000))).toMatchObject({ value: 8.5, display: "8,5", met: "met" });
    expect(researchersIn(withPopulation(637_500))).toMatchObject({ value: 8, display: "8", met: "met" });
    expect(researchersIn(withPopulation(640_000))).toMatchObject({ value: 7.97, display: "7,97", met: "not_met" });
  });

  it("gives a reason, not a number, when the catalog has no population", () => {
    const result = researchersIn(withPopulation(undefined));
    expect(result.value).toBeUndefined();
    expect(result.met).toBe("no_data");
    expect(result.reason).toBe(
      "Chưa tính được: các đơn vị báo cáo tổng cộng 510 nhưng danh mục chưa có số dân của tỉnh (nhập ở trang “Danh mục chỉ tiêu”).",
    );
    expect(result.display).toBe(result.reason);
    expect(result.sources).toHaveLength(3);
  });

  it("keeps the units' reason when none gave a number", () => {
    const reasons = [withEntry("so-khcn", "KHCN.I.1", "Đang thống kê số liệu")];
    expect(indicatorResult("KHCN.I.1", reasons)).toMatchObject({ met: "no_data", display: "Đang thống kê số liệu" });
  });
});
