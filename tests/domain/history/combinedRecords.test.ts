import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { combinedRecords } from "../../../src/domain/history/combinedRecords";
import type { HistoryRecord } from "../../../src/domain/history/types";
import type { RecordedPart } from "../../../src/domain/history/unitLineage";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";

const catalog = catalog2026();
const june = (parsePeriod("2026-06") as { ok: true; value: Period }).value;

const record = (unitId: string, itemId: string, fields: Partial<HistoryRecord>): HistoryRecord => ({
  period: "2026-06",
  unitId,
  unitName: unitId,
  kind: "indicator",
  itemId,
  text: "",
  ...fields,
});
const part = (unitId: string, records: HistoryRecord[]): RecordedPart => ({ unitId, period: june, records });
const combine = (a: HistoryRecord[], b: HistoryRecord[]) =>
  combinedRecords(catalog, "xa-moi", [part("xa-a", a), part("xa-b", b)]);
const item = (records: HistoryRecord[], itemId: string) => records.find((r) => r.itemId === itemId);

describe("combinedRecords", () => {
  it("returns a single part's records as recorded, under their own unit", () => {
    const own = [record("xa-a", "KHCN.II.9", { value: 3, text: "3" })];
    expect(combinedRecords(catalog, "xa-moi", [part("xa-a", own)])).toBe(own);
    expect(combinedRecords(catalog, "xa-moi", [])).toEqual([]);
  });

  it("sums counts, an estimate staying one, under the unit they became", () => {
    const combined = combine(
      [record("xa-a", "KHCN.II.9", { value: 3, text: "Ước 3" })],
      [record("xa-b", "KHCN.II.9", { value: 1200, text: "1200" })],
    );
    expect(item(combined, "KHCN.II.9")).toMatchObject({ unitId: "xa-moi", value: 3 + 1200, text: "Ước 1.203" });
  });

  it("adds the fractions of a rate, a bare rate adding nothing; none when no part gave a fraction", () => {
    const combined = combine(
      [
        record("xa-a", "CDS.II.2", { value: 50, numerator: 30, denominator: 60 }),
        record("xa-a", "CDS.II.3", { value: 40, text: "40%" }),
      ],
      [
        record("xa-b", "CDS.II.2", { value: 25, numerator: 10, denominator: 40 }),
        record("xa-b", "CDS.II.3", { value: 60, text: "60%" }),
      ],
    );
    expect(item(combined, "CDS.II.2")).toMatchObject({
      numerator: 30 + 10,
      denominator: 60 + 40,
      value: ((30 + 10) / (60 + 40)) * 100,
    });
    expect(item(combined, "CDS.II.3")).toBeUndefined();
  });

  it("keeps a lead's or own-value figure only when one part gave it", () => {
    const combined = combine(
      [
        record("xa-a", "CDS.II.1", { value: 80, text: "80%" }),
        record("xa-a", "CDS.III.15", { value: 100, text: "100%" }),
      ],
      [record("xa-b", "CDS.II.1", { value: 70, text: "70%" }), record("xa-b", "CDS.III.15", { text: "Chưa có" })],
    );
    expect(item(combined, "CDS.II.1")).toBeUndefined();
    expect(item(combined, "CDS.III.15")).toMatchObject({ unitId: "xa-moi", value: 100 });
  });

  it("keeps a task status the parts share, and makes one they differ on under way or not begun", () => {
    const task = (unitId: string, itemId: string, status: string) =>
      record(unitId, itemId, { kind: "task", status, progress: 50 });
    const combined = combine(
      [
        task("xa-a", "NV.I.2", "Đã hoàn thành"),
        task("xa-a", "NV.I.3", "Đã hoàn thành"),
        task("xa-a", "NV.I.4", "Chưa thực hiện"),
      ],
      [
        task("xa-b", "NV.I.2", "Đã hoàn thành"),
        task("xa-b", "NV.I.3", "Chưa thực hiện"),
        task("xa-b", "NV.I.4", "Chưa có báo cáo"),
      ],
    );
    expect(item(combined, "NV.I.2")).toMatchObject({ status: "Đã hoàn thành", progress: 50 });
    expect(item(combined, "NV.I.3")).toMatchObject({ status: "Đang thực hiện" });
    expect(item(combined, "NV.I.3")?.progress).toBeUndefined();
    expect(item(combined, "NV.I.4")).toMatchObject({ status: "Chưa thực hiện" });
  });
});
