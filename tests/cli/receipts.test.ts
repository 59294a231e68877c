/**
 * Receipt times on the command line, on real forms whose docProps/core.xml says when the unit saved them: the
 * officer saved every attachment on 12/5 (after the deadline), the units saved theirs before or after it, and
 * `--receipts` corrects one unit.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import type { CommandIo } from "../../src/cli/commandIo";
import { catalog2026 } from "../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import type { Period } from "../../src/domain/language/types";
import { planSamples } from "../../src/samples/planSamples";
import { sampleFileBytes } from "../../src/samples/sampleFile";
import { withSavedTime } from "../support/coreProperties";

const catalog = catalog2026();
const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;
const dir = mkdtempSync(join(tmpdir(), "receipts-cli-"));
/** When the officer saved every attachment: 12/5 at 10:00 in Sơn La, after the deadline (10/5). */
const SAVED_BY_OFFICER = new Date("2026-05-12T03:00:00Z");
/** Three units saved their workbooks on 11/5, after the deadline. */
const SAVED_LATE = ["2026-05-11T01:10:00Z", "2026-05-11T02:20:00Z", "2026-05-11T08:30:00Z"];

const plans = planSamples(catalog, may, 20260514)
  .filter((plan) => plan.send && plan.quirks.length === 0)
  .slice(0, 8);
const lateUnits = plans.slice(0, 3).map((plan) => plan.unitId);
const onTimeUnits = plans.slice(3).map((plan) => plan.unitId);

interface Unit {
  id: string;
  status: string;
  receivedAt: string | null;
  receiptSource: string | null;
}

async function consolidate(folder: string, ...flags: string[]) {
  const err: string[] = [];
  const io: CommandIo = { print: () => undefined, error: (t) => err.push(t), today: () => "2026-05-14" };
  const json = join(folder, "..", `${folder.split("/").pop()}.json`);
  const code = await runCli(
    ["consolidate", folder, "--period", "2026-05", "--as-of", "2026-05-14", "--json", json, ...flags],
    io,
  );
  const result = code === 0 ? JSON.parse(readFileSync(json, "utf8")) : undefined;
  const units = new Map<string, Unit>((result?.units ?? []).map((unit: Unit) => [unit.id, unit]));
  return { code, err, result, units };
}

/** The forms written as the units sent them, core.xml set by `savedAt`, every file dated when the officer saved it. */
async function writeForms(folder: string, savedAt: (index: number) => string | undefined) {
  mkdirSync(folder, { recursive: true });
  for (const [index, plan] of plans.entries()) {
    const path = join(folder, plan.fileName);
    writeFileSync(path, withSavedTime(await sampleFileBytes(catalog, plan), savedAt(index)));
    utimesSync(path, SAVED_BY_OFFICER, SAVED_BY_OFFICER);
  }
}

const saved = join(dir, "saved");
const unsaved = join(dir, "unsaved");

beforeAll(async () => {
  await writeForms(saved, (index) => SAVED_LATE[index] ?? plans[index].receivedAt);
  await writeForms(unsaved, () => undefined);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("consolidate: receipt times", () => {
  it("takes each unit's own save time: on time for those saved by the 10th, late for the three saved on the 11th", async () => {
    const { code, units, result } = await consolidate(saved);
    expect(code).toBe(0);
    for (const unitId of onTimeUnits)
      expect(units.get(unitId)).toMatchObject({ status: "received", receiptSource: "workbook" });
    lateUnits.forEach((unitId, index) =>
      expect(units.get(unitId)).toMatchObject({
        status: "late",
        receiptSource: "workbook",
        receivedAt: new Date(SAVED_LATE[index]).toISOString(),
      }),
    );
    const names = lateUnits.map((unitId) => catalog.units.find((unit) => unit.id === unitId)?.name);
    expect(result.sentences.late).toBe(`Gửi muộn (sau ngày 10/5/2026): ${names.join("; ")}.`);
    expect(result.sentences.receiptNotices).toEqual([]);
  }, 120_000);

  it("falls back on the file's time when the workbook records none, and says eight files share one minute", async () => {
    const { code, units, result, err } = await consolidate(unsaved);
    expect(code).toBe(0);
    for (const plan of plans) {
      expect(units.get(plan.unitId)).toMatchObject({
        status: "late",
        receiptSource: "file",
        receivedAt: SAVED_BY_OFFICER.toISOString(),
      });
    }
    expect(result.sentences.receiptNotices).toEqual([
      expect.stringMatching(/^8 tệp có cùng thời điểm nhận 12\/05\/2026 10:00/),
    ]);
    expect(err).toContain(result.sentences.receiptNotices[0]);
  }, 120_000);

  it("follows the officer's correction in --receipts: one late unit becomes on time, on every run with the file", async () => {
    const receipts = join(dir, "thoi-diem-nhan.json");
    const corrected = plans[1];
    writeFileSync(receipts, JSON.stringify({ [corrected.fileName]: "10/05/2026 16:45" }));
    for (let run = 0; run < 2; run++) {
      const { code, units, result } = await consolidate(saved, "--receipts", receipts);
      expect(code).toBe(0);
      expect(units.get(corrected.unitId)).toMatchObject({
        status: "received",
        receiptSource: "officer",
        receivedAt: "2026-05-10T09:45:00.000Z",
      });
      expect(units.get(lateUnits[0])?.status).toBe("late");
      expect(units.get(lateUnits[2])?.status).toBe("late");
      expect(result.sentences.late).not.toContain(catalog.units.find((unit) => unit.id === corrected.unitId)?.name);
    }
  }, 120_000);

  it("refuses a --receipts file it cannot read, naming the entry, and writes nothing", async () => {
    const receipts = join(dir, "sai.json");
    writeFileSync(receipts, JSON.stringify({ [plans[0].fileName]: "hôm qua" }));
    const { code, err } = await consolidate(saved, "--receipts", receipts);
    expect(code).toBe(2);
    expect(err.join("\n")).toContain(`Tệp thời điểm nhận “${receipts}”: mục “${plans[0].fileName}”`);
  }, 120_000);
});
