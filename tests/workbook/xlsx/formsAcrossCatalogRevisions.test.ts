/**
 * Forms written and filled as real .xlsx files while the catalog changes under them: the target of CDS.III.14 raised
 * from 20/5/2026, a task added for every commune, a commune renamed and a ward merged into its neighbour, all from
 * that day. The May forms made before stay the units' forms; the figure is judged against the target in force on 31/5.
 */
import type ExcelJS from "exceljs";
import { buildCatalog } from "../../../src/domain/catalog/buildCatalog";
import { catalogRows2026 } from "../../../src/domain/catalog/catalog2026";
import { catalogInForce } from "../../../src/domain/catalog/catalogInForce";
import type { TaskRow } from "../../../src/domain/catalog/buildCatalog";
import type { Catalog } from "../../../src/domain/catalog/types";
import {
  checkFileRead,
  consolidateCheckedFiles,
  consolidateFiles,
  type FileRead,
} from "../../../src/domain/run/consolidateFiles";
import type { HistoryRecord } from "../../../src/domain/history/types";
import { describeConsolidation } from "../../../src/domain/report/describeConsolidation";
import { validateSubmission } from "../../../src/domain/validation/validateSubmission";
import { SUMMARY_SHEETS } from "../../../src/domain/texts/summary";
import { buildSummaryWorkbook } from "../../../src/workbook/summary/buildSummaryWorkbook";
import { splitSummaryWorkbook } from "../../../src/workbook/summary/splitSummaryWorkbook";
import { buildFormWorkbook } from "../../../src/workbook/templates/buildUnitForm";
import { readForm } from "../../../src/workbook/xlsx/readForm";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { CATALOG, loadXlsx, locateTable, MAY_2026, saveXlsx, sheetOf } from "../templates/formTestSupport";

const CHANGED = "2026-05-20";
const AS_OF = "2026-06-05";
const NEW_TASK: TaskRow = {
  ...(catalogRows2026.tasks.find((task) => task.id === "NV.V.7") as TaskRow),
  id: "NV.V.99",
  stt: "99",
  name: "Rà soát dữ liệu dân cư trên địa bàn",
  deadline: "Tháng 6/2026",
};

function built(rows: typeof catalogRows2026): Catalog {
  const result = buildCatalog(rows);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.value;
}

const REVISED = built({
  ...catalogRows2026,
  tasks: [...catalogRows2026.tasks, NEW_TASK],
  revisions: [
    { kind: "target", id: "CDS.III.14", from: CHANGED, target: "≥ 50%" },
    { kind: "added", id: "NV.V.99", from: CHANGED },
    { kind: "renamed", id: "xa-muong-sai", from: CHANGED, name: "Xã Mường Sại Mới" },
    { kind: "merged", id: "phuong-chieng-an", from: CHANGED, predecessors: ["phuong-chieng-coi"] },
  ],
});

/** The catalog a form made on 25/5 prints: the new target, the new task, the new name. */
const AFTER = catalogInForce(REVISED, "2026-05-25");

type Fill = (sheet: (name: string) => ExcelJS.Worksheet) => void;

/** 21 of 50 databases connected: 42 %, over the plan's 35 % and under the revised 50 %. */
const connected42: Fill = (sheet) => {
  const table = locateTable(sheet("Chỉ tiêu"));
  table.cell("CDS.III.14", "Tử số").value = 21;
  table.cell("CDS.III.14", "Mẫu số").value = 50;
  const result = table.cell("CDS.III.14", "Kết quả thực hiện");
  result.value = { formula: result.formula, result: 42 } as ExcelJS.CellFormulaValue;
};

const inProgress: Fill = (sheet) => {
  const table = locateTable(sheet("Nhiệm vụ"));
  for (const id of table.rows.keys()) {
    table.cell(id, "Tiến độ").value = "Đang thực hiện";
    table.cell(id, "Mô tả kết quả trong kỳ").value = "Đang triển khai theo kế hoạch.";
  }
};

async function form(catalog: Catalog, unitId: string, ...fills: Fill[]): Promise<Uint8Array> {
  const workbook = await loadXlsx(await writeXlsx(buildFormWorkbook(catalog, unitId, MAY_2026)));
  for (const fill of fills) fill((name) => sheetOf(workbook, name));
  return saveXlsx(workbook);
}

async function read(bytes: Uint8Array, unitId: string): Promise<FileRead> {
  const file = `2026-05_${unitId}.xlsx`;
  const result = await readForm(bytes, file, "2026-05-28T08:15:00+07:00");
  if (!result.ok) throw new Error(result.finding.message);
  return {
    file,
    receivedAt: "2026-05-28T08:15:00+07:00",
    submission: result.value.submission,
    notes: result.value.notes,
  };
}

function check(fileRead: FileRead, catalog: Catalog, asOf = AS_OF) {
  if ("finding" in fileRead) throw new Error(fileRead.finding.message);
  return validateSubmission(fileRead.submission, { catalog, period: MAY_2026, asOf });
}

const errorCodes = (result: ReturnType<typeof check>) =>
  new Set(result.findings.filter((finding) => finding.severity === "error").map((finding) => finding.code));

describe("forms across a dated change of the catalog", () => {
  const reads = new Map<string, FileRead>();

  beforeAll(async () => {
    // Made on 1/5 with the plan as adopted (the 2026 catalog itself).
    reads.set("so-tc", await read(await form(CATALOG, "so-tc", connected42), "so-tc"));
    reads.set("so-nv", await read(await form(CATALOG, "so-nv", connected42), "so-nv"));
    reads.set("xa-muong-sai", await read(await form(CATALOG, "xa-muong-sai", inProgress), "xa-muong-sai"));
    reads.set("phuong-chieng-coi", await read(await form(CATALOG, "phuong-chieng-coi"), "phuong-chieng-coi"));
    // Made on 25/5, after the change.
    reads.set("so-xd", await read(await form(AFTER, "so-xd", connected42), "so-xd"));
  });

  it("the forms made before print the old target, the one made after the new", async () => {
    const target = async (catalog: Catalog, unitId: string) => {
      const workbook = await loadXlsx(await writeXlsx(buildFormWorkbook(catalog, unitId, MAY_2026)));
      return locateTable(sheetOf(workbook, "Chỉ tiêu")).cell("CDS.III.14", "Chỉ tiêu năm 2026").value;
    };
    expect(await target(CATALOG, "so-tc")).toBe("≥ 35%");
    expect(await target(AFTER, "so-xd")).toBe("≥ 50%");
  });

  it("accepts a sở's form made before the target changed, and one made after", () => {
    for (const unitId of ["so-tc", "so-nv", "so-xd"]) {
      const result = check(reads.get(unitId)!, REVISED);
      expect(result.status).toBe("accepted");
      expect(errorCodes(result)).not.toContain("fixed_edited");
      expect(errorCodes(result)).not.toContain("catalog_mismatch");
      expect(result.indicators.find((item) => item.indicatorId === "CDS.III.14")?.value?.number).toBe(42);
    }
  });

  it("judges 42 % against the target in force on the judging day", () => {
    const comparison = (catalog: Catalog, asOf: string) =>
      check(reads.get("so-tc")!, catalog, asOf).indicators.find((item) => item.indicatorId === "CDS.III.14")?.comparison
        ?.status;
    // As of 14/5 the change is not in force yet: 42 % meets ≥ 35 %.
    expect(comparison(REVISED, "2026-05-14")).toBe("met");
    expect(comparison(REVISED, AS_OF)).toBe("not_met");
    expect(comparison(CATALOG, AS_OF)).toBe("met");
  });

  it("still rejects an old form whose target cell was typed over", async () => {
    const edited = await form(CATALOG, "so-ct", (sheet) => {
      locateTable(sheet("Chỉ tiêu")).cell("CDS.III.14", "Chỉ tiêu năm 2026").value = "≥ 20%";
    });
    const result = check(await read(edited, "so-ct"), REVISED);
    expect(result.status).toBe("rejected");
    expect(result.findings.map((finding) => finding.code)).toEqual(["fixed_edited"]);
  });

  it("does not reject a commune's form made before a task was added: the task is information", () => {
    const result = check(reads.get("xa-muong-sai")!, REVISED);
    expect(result.status).toBe("accepted");
    const notes = result.findings.filter((finding) => finding.code === "tasks_added_later");
    expect(notes).toHaveLength(1);
    expect(notes[0].severity).toBe("info");
    expect(notes[0].message).toContain(NEW_TASK.name);
    expect(result.tasks.every((task) => task.status === "in_progress")).toBe(true);
  });

  it("reads a renamed commune's form, titled with its old name, as its own", () => {
    const fileRead = reads.get("xa-muong-sai")!;
    if ("finding" in fileRead) throw new Error("read");
    expect(fileRead.submission.shownIdentity?.some((shown) => shown.unit === "Xã Mường Sại")).toBe(true);
    const result = check(fileRead, REVISED);
    expect(result.unitId).toBe("xa-muong-sai");
    expect(errorCodes(result)).not.toContain("identity_mismatch");
  });

  it("reads a form made after the rename, titled with the new name and carrying the new task, as the commune's", async () => {
    const fileRead = await read(await form(AFTER, "xa-muong-sai", inProgress), "xa-muong-sai");
    if ("finding" in fileRead) throw new Error("read");
    expect(fileRead.submission.shownIdentity?.some((shown) => shown.unit === "Xã Mường Sại Mới")).toBe(true);
    expect(fileRead.submission.tasks.map((entry) => entry.taskId)).toContain("NV.V.99");
    const result = check(fileRead, REVISED);
    expect(result.status).toBe("accepted");
    expect(result.unitId).toBe("xa-muong-sai");
    expect(result.findings.map((finding) => finding.code)).not.toContain("tasks_added_later");
    expect(result.tasks.map((task) => task.taskId)).toContain("NV.V.99");
  });

  it("reads a merged ward's form as its successor's", () => {
    const result = check(reads.get("phuong-chieng-coi")!, REVISED);
    expect(result.status).toBe("accepted");
    expect(result.unitId).toBe("phuong-chieng-an");
    expect(result.findings.every((finding) => finding.unit === "phuong-chieng-an")).toBe(true);
  });

  describe("consolidated as of 5/6/2026", () => {
    const run = () => consolidateFiles([...reads.values()], { catalog: REVISED, period: MAY_2026, asOf: AS_OF });

    it("counts the figure against ≥ 50 % and says which target applied, in the JSON", () => {
      const { consolidation } = run();
      const indicator = consolidation.indicators.find((item) => item.id === "CDS.III.14")!;
      expect(indicator.reporting).toBe(3);
      expect(indicator.value).toBe(42);
      expect(indicator.met).toBe("not_met");
      expect(indicator.target).toEqual({ text: "≥ 50%", from: CHANGED, previous: "≥ 35%" });
      const json = describeConsolidation(REVISED, run()).indicators.find((item) => item.id === "CDS.III.14");
      expect(json?.target).toEqual({ text: "≥ 50%", from: CHANGED, previous: "≥ 35%" });
      expect(
        describeConsolidation(REVISED, run()).indicators.find((item) => item.id === "CDS.III.13"),
      ).not.toHaveProperty("target");
    });

    it("still says which target applied when a missing sở's April figure is carried forward", () => {
      const context = { catalog: REVISED, period: MAY_2026, asOf: AS_OF };
      const april: HistoryRecord = {
        period: "2026-04",
        unitId: "so-ct",
        unitName: "Sở Công Thương",
        kind: "indicator",
        itemId: "CDS.III.14",
        value: 40,
        numerator: 20,
        denominator: 50,
        text: "40%",
        receivedAt: "2026-04-09T08:00:00",
        file: "2026-04_so-ct.xlsx",
        cell: "Chỉ tiêu!F20",
      };
      const checked = [...reads.values()].map((fileRead) => checkFileRead(fileRead, context));
      const { consolidation } = consolidateCheckedFiles(checked, context, { records: [april], carryForward: true });
      const indicator = consolidation.indicators.find((item) => item.id === "CDS.III.14")!;
      expect(indicator.sources.map((source) => source.carriedFrom)).toContain("2026-04");
      expect(indicator.reporting).toBe(4);
      // (3 × 21 + 20) / (4 × 50) = 41.5 %: still under the 50 % in force on 31/5.
      expect(indicator.value).toBe(41.5);
      expect(indicator.met).toBe("not_met");
      expect(indicator.target).toEqual({ text: "≥ 50%", from: CHANGED, previous: "≥ 35%" });
    });

    it("registers the renamed commune under its new name and the merged ward as its successor", () => {
      const { consolidation } = run();
      const row = (unitId: string) => consolidation.register.find((entry) => entry.unitId === unitId);
      expect(row("xa-muong-sai")?.name).toBe("Xã Mường Sại Mới");
      expect(row("xa-muong-sai")?.status).not.toBe("missing");
      expect(row("phuong-chieng-coi")).toBeUndefined();
      expect(row("phuong-chieng-an")?.file).toBe("2026-05_phuong-chieng-coi.xlsx");
      expect(consolidation.register.filter((entry) => entry.group === "xa")).toHaveLength(74);
    });

    it("the working sheet, written to .xlsx, says which target applied and from when", async () => {
      const result = run();
      const workbook = buildSummaryWorkbook({
        catalog: REVISED,
        consolidation: result.consolidation,
        findings: result.findings,
        generatedAt: new Date("2026-06-05T00:00:00Z"),
      });
      const working = await loadXlsx(await writeXlsx(splitSummaryWorkbook(workbook).working));
      const sheet = sheetOf(working, SUMMARY_SHEETS.indicators);
      const texts: string[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
      expect(texts).toContain("Chỉ tiêu áp dụng");
      expect(texts).toContain("Chỉ tiêu ≥ 50% (áp dụng từ 20/05/2026; trước đó ≥ 35%)");
      // An indicator whose target never changed names its own.
      expect(texts).toContain("Chỉ tiêu ≥ 50%");
    });
  });
});
