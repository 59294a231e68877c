import { buildCatalog, type CatalogRows, type TaskRow } from "../../../src/domain/catalog/buildCatalog";
import { catalog2026, catalogRows2026 } from "../../../src/domain/catalog/catalog2026";
import {
  appliedTarget,
  catalogInForce,
  catalogVersions,
  judgingDay,
  successorOf,
} from "../../../src/domain/catalog/catalogInForce";
import type { RevisionRow } from "../../../src/domain/catalog/parseRevisions";
import type { Catalog } from "../../../src/domain/catalog/types";
import { formContentFor } from "../../../src/domain/forms/formContent";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";

function period(code: string): Period {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(code);
  return parsed.value;
}

function catalogWith(revisions: RevisionRow[], more: Partial<CatalogRows> = {}): Catalog {
  const built = buildCatalog({ ...catalogRows2026, ...more, revisions });
  if (!built.ok) throw new Error(built.issues.map((issue) => issue.message).join("\n"));
  return built.value;
}

const indicator = (catalog: Catalog, id: string) => catalog.indicators.find((item) => item.id === id);
const unit = (catalog: Catalog, id: string) => catalog.units.find((item) => item.id === id);

/** A task every xã carries, added to the plan on 20/5/2026. */
const NEW_TASK: TaskRow = {
  ...(catalogRows2026.tasks.find((task) => task.id === "NV.V.7") as TaskRow),
  id: "NV.V.99",
  stt: "99",
  name: "Rà soát dữ liệu dân cư trên địa bàn",
  deadline: "Tháng 6/2026",
};

describe("catalogInForce", () => {
  it("gives the plan itself when there are no changes", () => {
    expect(catalogInForce(catalog2026(), "2026-05-31")).toBe(catalog2026());
  });

  it("applies a target change from its day, not before", () => {
    const catalog = catalogWith([{ kind: "target", id: "CDS.III.14", from: "2026-05-20", target: "≥ 50%" }]);
    const before = catalogInForce(catalog, "2026-05-19");
    const after = catalogInForce(catalog, "2026-05-20");
    expect(indicator(before, "CDS.III.14")?.target2026).toBe("≥ 35%");
    expect(indicator(before, "CDS.III.14")?.target?.value).toBe(35);
    expect(indicator(after, "CDS.III.14")?.target2026).toBe("≥ 50%");
    expect(indicator(after, "CDS.III.14")?.target).toMatchObject({ op: ">=", value: 50, unit: "percent" });
    expect(after.revisions).toBeUndefined();
    // One object per set of changes applied: the caches keyed by catalog stay warm across files.
    expect(catalogInForce(catalog, "2026-05-25")).toBe(after);
    expect(catalogInForce(catalog, "2026-05-01")).toBe(before);
  });

  it("tells the target applied, since when and the one before, the last change winning", () => {
    const catalog = catalogWith([
      { kind: "target", id: "CDS.III.14", from: "2026-06-01", target: "60%" },
      { kind: "target", id: "CDS.III.14", from: "2026-05-20", target: "≥ 50%" },
    ]);
    expect(appliedTarget(catalog, "CDS.III.14", "2026-05-19")).toBeUndefined();
    expect(appliedTarget(catalog, "CDS.III.14", "2026-05-31")).toEqual({
      text: "≥ 50%",
      from: "2026-05-20",
      previous: "≥ 35%",
    });
    expect(appliedTarget(catalog, "CDS.III.14", "2026-06-30")).toEqual({
      text: "60%",
      from: "2026-06-01",
      previous: "≥ 50%",
    });
    expect(appliedTarget(catalog, "CDS.III.13", "2026-06-30")).toBeUndefined();
  });

  it("leaves out a task before the day it was added, and puts it in every xã's form from that day", () => {
    const catalog = catalogWith([{ kind: "added", id: "NV.V.99", from: "2026-05-20" }], {
      tasks: [...catalogRows2026.tasks, NEW_TASK],
    });
    const ids = (day: string) => formContentFor(catalogInForce(catalog, day), "xa-muong-sai").tasks.map((t) => t.id);
    expect(ids("2026-05-19")).not.toContain("NV.V.99");
    expect(ids("2026-05-20")).toContain("NV.V.99");
  });

  it("leaves out an item withdrawn from its day, with its sub-rows", () => {
    const catalog = catalogWith([{ kind: "withdrawn", id: "NV.IV.3", from: "2026-05-20" }]);
    const ids = (day: string) => catalogInForce(catalog, day).tasks.map((task) => task.id);
    expect(ids("2026-05-19")).toEqual(expect.arrayContaining(["NV.IV.3", "NV.IV.3.1", "NV.IV.3.2"]));
    expect(ids("2026-05-20")).not.toContain("NV.IV.3");
    expect(ids("2026-05-20")).not.toContain("NV.IV.3.1");
    expect(ids("2026-05-20")).not.toContain("NV.IV.3.2");
  });

  it("renames a unit from its day, keeping the old name among its names", () => {
    const catalog = catalogWith([
      { kind: "renamed", id: "xa-muong-sai", from: "2026-06-01", name: "Xã Mường Sại Mới" },
    ]);
    expect(unit(catalogInForce(catalog, "2026-05-31"), "xa-muong-sai")?.name).toBe("Xã Mường Sại");
    // The plan knows the new name too, so a form titled with it is read before the day.
    expect(unit(catalog, "xa-muong-sai")?.variants).toContain("Xã Mường Sại Mới");
    const renamed = unit(catalogInForce(catalog, "2026-06-01"), "xa-muong-sai");
    expect(renamed?.name).toBe("Xã Mường Sại Mới");
    expect(renamed?.variants).toContain("Xã Mường Sại");
    expect(renamed?.variants).not.toContain("Xã Mường Sại Mới");
  });

  it("merges units from the day: the predecessors' forms count for the successor, their names are its names", () => {
    const catalog = catalogWith([
      { kind: "merged", id: "phuong-chieng-an", from: "2026-06-01", predecessors: ["phuong-chieng-coi"] },
    ]);
    const before = catalogInForce(catalog, "2026-05-31");
    const after = catalogInForce(catalog, "2026-06-01");
    expect(unit(before, "phuong-chieng-coi")).toBeDefined();
    expect(unit(after, "phuong-chieng-coi")).toBeUndefined();
    expect(unit(after, "phuong-chieng-an")?.variants).toContain("Phường Chiềng Cơi");
    expect(after.units).toHaveLength(catalog.units.length - 1);
    expect(successorOf(catalog, "phuong-chieng-coi", "2026-05-31")).toBe("phuong-chieng-coi");
    expect(successorOf(catalog, "phuong-chieng-coi", "2026-06-01")).toBe("phuong-chieng-an");
    // "UBND cấp xã" no longer counts the merged ward, and counts its successor once.
    const xaTask = (c: Catalog) => c.tasks.find((task) => task.id === "NV.V.7")?.lead.unitIds ?? [];
    expect(xaTask(before)).toContain("phuong-chieng-coi");
    expect(xaTask(after)).not.toContain("phuong-chieng-coi");
    expect(xaTask(after).filter((id) => id === "phuong-chieng-an")).toHaveLength(1);
    expect(xaTask(after)).toHaveLength(xaTask(before).length - 1);
  });

  it("follows a ward merged into one merged in turn: its forms and its name reach the last", () => {
    const catalog = catalogWith([
      { kind: "merged", id: "phuong-chieng-an", from: "2026-06-01", predecessors: ["phuong-chieng-coi"] },
      { kind: "merged", id: "phuong-chieng-sinh", from: "2026-07-01", predecessors: ["phuong-chieng-an"] },
    ]);
    expect(successorOf(catalog, "phuong-chieng-coi", "2026-06-15")).toBe("phuong-chieng-an");
    expect(successorOf(catalog, "phuong-chieng-coi", "2026-07-01")).toBe("phuong-chieng-sinh");
    const last = unit(catalogInForce(catalog, "2026-07-01"), "phuong-chieng-sinh");
    expect(last?.variants).toEqual(expect.arrayContaining(["Phường Chiềng An", "Phường Chiềng Cơi"]));
  });

  it("a unit added later is not expected before its day", () => {
    const newWard = { id: "phuong-moi", name: "Phường Mới", group: "xa" as const, variants: [] };
    const catalog = catalogWith([{ kind: "added", id: "phuong-moi", from: "2026-06-01" }], {
      units: [...catalogRows2026.units, newWard],
    });
    expect(unit(catalogInForce(catalog, "2026-05-31"), "phuong-moi")).toBeUndefined();
    const lead = (day: string) => catalogInForce(catalog, day).tasks.find((t) => t.id === "NV.V.7")?.lead.unitIds;
    expect(lead("2026-05-31")).not.toContain("phuong-moi");
    expect(lead("2026-06-01")).toContain("phuong-moi");
  });
});

describe("judgingDay and catalogVersions", () => {
  const catalog = catalogWith([
    { kind: "target", id: "CDS.III.14", from: "2026-05-20", target: "≥ 50%" },
    { kind: "target", id: "CDS.III.13", from: "2026-07-01", target: "≥ 60%" },
  ]);

  it("judges a period on its last day, or on the as-of day when that comes first", () => {
    expect(judgingDay(period("2026-05"), "2026-06-10")).toBe("2026-05-31");
    expect(judgingDay(period("2026-05"), "2026-05-14")).toBe("2026-05-14");
  });

  it("offers the catalog judged by first, then those in force from the period's first day to the as-of day", () => {
    const may = catalogVersions(catalog, period("2026-05"), "2026-06-10");
    expect(may[0]).toBe(catalogInForce(catalog, "2026-05-31"));
    expect(may).toContain(catalogInForce(catalog, "2026-05-01"));
    expect(may).toHaveLength(2);
    // As of 14/5 the change of 20/5 is not yet in force: one catalog only.
    expect(catalogVersions(catalog, period("2026-05"), "2026-05-14")).toEqual([catalogInForce(catalog, "2026-05-01")]);
  });

  it("is the plan alone without changes", () => {
    expect(catalogVersions(catalog2026(), period("2026-05"), "2026-06-10")).toEqual([catalog2026()]);
  });
});
