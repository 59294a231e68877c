import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import type { Period } from "../../src/domain/language/types";
import { planSamples } from "../../src/samples/planSamples";
import type { SamplePlan, SampleQuirk } from "../../src/samples/samplePlan";

function period(code: string): Period {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(code);
  return parsed.value;
}

const catalog = catalog2026();
const may = period("2026-05");
const plans = planSamples(catalog, may, 20260514);
const groupOf = new Map(catalog.units.map((unit) => [unit.id, unit.group]));
const withQuirk = (quirk: SampleQuirk) => plans.filter((plan) => plan.quirks.includes(quirk));
const planOf = (unitId: string) => plans.find((plan) => plan.unitId === unitId) as SamplePlan;
const day = (plan: SamplePlan) => plan.receivedAt.slice(0, 10);

describe("planSamples", () => {
  it("gives the same plans for the same seed and other plans for another seed", () => {
    expect(planSamples(catalog, may, 20260514)).toEqual(plans);
    const other = planSamples(catalog, may, 7);
    expect(other).not.toEqual(plans);
    expect(withQuirk("missing").map((p) => p.unitId)).not.toEqual(
      other.filter((p) => p.quirks.includes("missing")).map((p) => p.unitId),
    );
  });

  it("plans every sở and xã once, plus the second file of the one resubmission", () => {
    const expected = catalog.units.filter((u) => u.group === "so" || u.group === "xa").map((u) => u.id);
    expect(expected).toHaveLength(90);
    expect(new Set(plans.map((plan) => plan.unitId))).toEqual(new Set(expected));
    expect(plans).toHaveLength(91);
    expect(new Set(plans.map((plan) => plan.fileName)).size).toBe(91);
  });

  it("fills every indicator and task of the unit's form", () => {
    const commune = planOf("xa-muong-sai");
    expect(Object.keys(commune.indicators)).toHaveLength(37);
    // 52 of the CĐS plan and letter 002's five instructions to every commune.
    expect(Object.keys(commune.tasks)).toHaveLength(57);
    expect(commune.indicators["CDS.III.2"]).toEqual({ numerator: expect.any(Number), denominator: expect.any(Number) });
    const { numerator, denominator } = commune.indicators["CDS.III.2"];
    expect(denominator).toBeGreaterThanOrEqual(15);
    expect(denominator).toBeLessThanOrEqual(60);
    expect(numerator).toBe(denominator); // the report printed 100%
  });

  it("gives Sở Khoa học và Công nghệ 003's progress of the KHCN plan and the carried-over tasks, a note after a status moved to the description", () => {
    const skhcn = planOf("so-khcn");
    expect(skhcn.tasks["KHCN.NV.I.4"]).toMatchObject({
      status: "Đang thực hiện",
      description: "Đang hoàn thiện dự thảo trình Sở Tư pháp thẩm định",
    });
    expect(skhcn.tasks["CT2025.A1.1"].status).toBe("Đã hoàn thành");
    expect(skhcn.tasks["CT2025.A2.4"].status).toBe("Đang thực hiện");
    expect(skhcn.tasks["CT2025.A2.4"].description).toMatch(
      /\(Bộ Khoa học và Công nghệ chưa có VB đề nghị phối hợp cung cấp thông tin\)$/,
    );
    // The letter's tasks, which 003 does not print, get a status from their deadline like any other.
    expect(["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện"]).toContain(skhcn.tasks["GV.2"].status);
  });

  it("leaves out 3 sở and 5 xã, and dates every other file from the 5th to the 10th unless it is late", () => {
    const missing = withQuirk("missing");
    expect(missing.every((plan) => !plan.send)).toBe(true);
    expect(missing.filter((plan) => groupOf.get(plan.unitId) === "so")).toHaveLength(3);
    expect(missing.filter((plan) => groupOf.get(plan.unitId) === "xa")).toHaveLength(5);
    expect(plans.filter((plan) => !plan.send)).toHaveLength(8);
    const late = withQuirk("late");
    expect(late.length).toBeGreaterThanOrEqual(3);
    for (const plan of late) expect(["2026-05-11", "2026-05-12", "2026-05-13"]).toContain(day(plan));
    for (const plan of plans.filter((p) => !p.quirks.includes("late"))) {
      expect(day(plan) >= "2026-05-05" && day(plan) <= "2026-05-10").toBe(true);
    }
  });

  it("puts each wrong value in the files named by the quirk", () => {
    const results = (plan: SamplePlan) => Object.values(plan.indicators).map((entry) => entry.result);
    expect(withQuirk("percent_over_100").length).toBeGreaterThan(0);
    for (const plan of withQuirk("percent_over_100")) expect(results(plan)).toContain(104);
    for (const plan of withQuirk("error_value")) expect(results(plan)).toContain("#N/A");
    for (const plan of withQuirk("estimate")) expect(results(plan)).toContainEqual(expect.stringMatching(/^Ước \d+%$/));
    for (const plan of withQuirk("numerator_over_denominator")) {
      expect(Object.values(plan.indicators).some((e) => (e.numerator ?? 0) > (e.denominator ?? Infinity))).toBe(true);
    }
    // A composite deadline's status is its parts': there the slip sits in a part.
    for (const plan of withQuirk("unknown_status")) {
      expect(Object.values(plan.tasks).flatMap((task) => task.parts ?? [task.status])).toContain("Xong");
    }
    const clean = plans.filter((plan) => plan.quirks.length === 0);
    expect(clean.flatMap(results)).not.toContain(104);
    expect(clean.flatMap(results)).not.toContain("#N/A");
  });

  it("writes a reason instead of a number only where the quirk says, besides the reasons the report printed", () => {
    const cdsReason = (plan: SamplePlan) =>
      Object.entries(plan.indicators).some(
        ([id, entry]) => id.startsWith("CDS.") && id !== "CDS.II.3" && entry.result === "Đang thống kê số liệu",
      );
    expect(withQuirk("reason_instead_of_number").length).toBeGreaterThan(0);
    expect(withQuirk("reason_instead_of_number").every(cdsReason)).toBe(true);
    expect(plans.filter((plan) => plan.quirks.length === 0).some(cdsReason)).toBe(false);
  });

  it("spells statuses differently in the variant files, and leaves NV.I.2 unfinished in the overdue ones", () => {
    for (const plan of withQuirk("status_variant")) {
      for (const status of Object.values(plan.tasks).flatMap((task) => task.parts ?? [task.status])) {
        expect(["đang thực hiện", "Đã Hoàn Thành", "chưa thực hiện"]).toContain(status);
      }
    }
    // NV.I.2 "- Kế hoạch: Trước 10/5/2026 - Báo cáo: Quý, …" asks each part's status: the plan part is the late one.
    const overdue = withQuirk("overdue");
    expect(overdue.length).toBeGreaterThan(0);
    for (const plan of overdue) expect(plan.tasks["NV.I.2"].parts).toEqual(["Đang thực hiện", "Đang thực hiện"]);
    const others = plans.filter((plan) => plan.quirks.length === 0);
    for (const plan of others) {
      expect(plan.tasks["NV.I.2"].parts).toEqual(["Đã hoàn thành", "Đang thực hiện"]);
      expect(plan.tasks["NV.I.2"].status).toBeUndefined();
    }
  });

  it("sends one unit's form twice, the later file replacing the earlier", () => {
    const [first] = withQuirk("replaced");
    const [second] = withQuirk("resubmission");
    expect(withQuirk("replaced")).toHaveLength(1);
    expect(second.unitId).toBe(first.unitId);
    expect(first.receivedAt < second.receivedAt).toBe(true);
    expect(day(second) <= "2026-05-10").toBe(true);
    expect(first.fileName).toBe(`2026-05_${first.unitId}.xlsx`);
    expect(second.fileName).toBe(`2026-05_${first.unitId}_gui-lai.xlsx`);
    expect(first.indicators).not.toEqual(second.indicators);
  });

  it("sends one form of April, and one whose target was edited", () => {
    const [april] = withQuirk("wrong_period");
    expect(april.period).toBe("2026-04");
    expect(april.fileName).toBe(`2026-04_${april.unitId}.xlsx`);
    const [edited] = withQuirk("edited_fixed_text");
    expect(edited.fixedEdits).toEqual([
      { sheet: "indicators", id: expect.any(String), column: "target2026", text: "50%" },
    ]);
    expect(plans.filter((plan) => plan.fixedEdits.length > 0)).toEqual([edited]);
  });

  it("gives the lead units the values of the May 2026 report", () => {
    const khcn = planOf("so-khcn");
    expect(khcn.indicators["CDS.I.1"]).toEqual({ result: 67.1 });
    expect(khcn.indicators["KHCN.II.3"]).toEqual({ result: "01 (Số liệu lũy kế)" });
    expect(khcn.indicators["CDS.III.22"]).toEqual({ result: 3.5 });
    expect(planOf("so-tc").indicators["CDS.II.1"]).toEqual({ result: 1.6 });
    expect(planOf("so-tc").tasks["NV.I.7"].description).toMatch(
      /^- Năm 2026, tỉnh Sơn La được Trung ương giao dự toán/,
    );
    expect(khcn.tasks["NV.III.1"].status).toBe("Đã hoàn thành");
    // The report names Sở KH&CN where the plan names the telecom companies.
    expect(khcn.tasks["NV.IV.1"].description).toContain("5G đạt 67,1%");
    const { numerator, denominator } = khcn.indicators["CDS.II.5"];
    expect(((100 * (numerator ?? 0)) / (denominator ?? 1)).toFixed(1)).toBe("68.2");
    expect(khcn.indicators["CDS.II.5"].note).toBe("Ước tính");
  });

  it("shares a summed figure of the report among the units whose files count", () => {
    const counted = plans.filter(
      (plan) => plan.send && !plan.quirks.some((q) => ["wrong_period", "edited_fixed_text", "replaced"].includes(q)),
    );
    const researchers = counted.map((plan) => plan.indicators["KHCN.II.4"]?.result);
    expect(researchers.every((value) => typeof value === "number")).toBe(true);
    expect(researchers.reduce<number>((sum, value) => sum + Number(value), 0)).toBe(127);
  });

  it("dates the files by the period it is given", () => {
    const june = planSamples(catalog, period("2026-06"), 20260514);
    expect(
      june.filter((plan) => !plan.quirks.includes("wrong_period")).every((p) => p.fileName.startsWith("2026-06_")),
    ).toBe(true);
    expect(june.find((plan) => plan.quirks.includes("wrong_period"))?.period).toBe("2026-05");
    for (const plan of june.filter((p) => p.quirks.includes("late")))
      expect(plan.receivedAt.slice(0, 8)).toBe("2026-06-");
  });
});

describe("planSamples on composite deadlines", () => {
  it("fills each part's status and no status of the task's own", () => {
    for (const plan of plans) {
      for (const task of catalog.tasks.filter((candidate) => candidate.deadline.parts.length > 1)) {
        const entry = plan.tasks[task.id];
        if (!entry) continue;
        expect(entry.parts).toHaveLength(task.deadline.parts.length);
        expect(entry.status).toBeUndefined();
      }
    }
  });

  it("has I.8's leads done with part (1), due in quý I, and part (2) “Thường xuyên” in progress, as 003 says", () => {
    for (const unitId of ["so-khcn", "so-tc"]) {
      const entry = planOf(unitId).tasks["NV.I.8"];
      expect(entry.parts).toEqual(["Đã hoàn thành", "Đang thực hiện"]);
      expect(entry.progress).toBeLessThan(100);
    }
  });

  it("has IX.1 “Tháng 01/2026 và năm 2026” done for January and running through the year, in every clean file", () => {
    const clean = plans.filter((plan) => plan.quirks.length === 0 && plan.tasks["NV.IX.1"]);
    expect(clean.length).toBeGreaterThan(50);
    for (const plan of clean) expect(plan.tasks["NV.IX.1"].parts).toEqual(["Đã hoàn thành", "Đang thực hiện"]);
  });
});
