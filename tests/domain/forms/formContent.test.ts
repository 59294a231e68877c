import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { asksForNumeratorAndDenominator, formContentFor, formFingerprint } from "../../../src/domain/forms/formContent";

const catalog = catalog2026();

describe("formContentFor", () => {
  it("gives a commune the items assigned to UBND cấp xã and nothing led only by a sở", () => {
    const content = formContentFor(catalog, "xa-muong-sai");
    const ids = content.indicators.map((i) => i.id);
    expect(ids).toContain("CDS.II.4"); // lead: UBND cấp xã
    expect(ids).toContain("CDS.II.8.1"); // coordinator: UBND cấp xã
    expect(ids).not.toContain("CDS.III.12"); // Các sở, ban, ngành only
    expect(ids).not.toContain("CDS.II.8"); // heading
    const tasks = content.tasks.map((t) => t.id);
    expect(tasks).toContain("NV.I.2");
    expect(tasks).not.toContain("NV.VII.1"); // Sở Giáo dục và Đào tạo, Đơn vị có liên quan
  });

  it("gives Sở Y tế its own indicators and tasks", () => {
    const content = formContentFor(catalog, "so-yt");
    expect(content.indicators.map((i) => i.id)).toContain("CDS.II.8.1");
    expect(content.tasks.map((t) => t.id)).toEqual(expect.arrayContaining(["NV.VII.3", "NV.VII.5", "NV.IV.7"]));
  });

  it("gives units that report on the same items one content, and a unit with other items its own", () => {
    const communes = catalog.units
      .filter((unit) => unit.group === "xa")
      .map((unit) => formContentFor(catalog, unit.id));
    expect(communes.length).toBeGreaterThan(70);
    for (const content of communes) expect(content).toBe(communes[0]);
    const health = formContentFor(catalog, "so-yt");
    expect(health).not.toBe(communes[0]);
    expect(health.tasks.map((t) => t.id)).not.toEqual(communes[0].tasks.map((t) => t.id));
  });

  it("asks for Tử số and Mẫu số only for rates combined across units", () => {
    const byId = new Map(catalog.indicators.map((i) => [i.id, i]));
    expect(asksForNumeratorAndDenominator(byId.get("CDS.II.2")!)).toBe(true);
    expect(asksForNumeratorAndDenominator(byId.get("CDS.I.1")!)).toBe(false);
  });
});

describe("formFingerprint", () => {
  const may = { unitId: "so-khcn", period: "2026-05" };

  it("is stable for the same content and changes when a fixed text is edited", () => {
    const content = formContentFor(catalog, "so-khcn");
    const print = formFingerprint(content, may);
    expect(print).toMatch(/^[0-9a-f]{16}$/);
    expect(formFingerprint(formContentFor(catalog, "so-khcn"), { ...may })).toBe(print);
    const edited = structuredClone(content);
    edited.indicators[0].target2026 = "60%";
    expect(formFingerprint(edited, may)).not.toBe(print);
  });

  it("differs between two xã whose forms show the same content, and between two periods of one unit", () => {
    const [sai, sung] = ["xa-muong-sai", "xa-chieng-sung"].map((unitId) => formContentFor(catalog, unitId));
    expect(sung).toEqual(sai);
    const saiMay = formFingerprint(sai, { unitId: "xa-muong-sai", period: "2026-05" });
    expect(formFingerprint(sung, { unitId: "xa-chieng-sung", period: "2026-05" })).not.toBe(saiMay);
    expect(formFingerprint(sai, { unitId: "xa-muong-sai", period: "2026-04" })).not.toBe(saiMay);
  });
});
