/**
 * The acceptance of issue #12 item 5 on the command line: a rows file (--catalog) whose CDS.III.14 target changes
 * from 20/5/2026. The May forms made before stay valid for May; the June forms carry the new target; the
 * consolidation and the catalog command say which target applied.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import type { CommandIo } from "../../src/cli/commandIo";
import type { CatalogRows } from "../../src/domain/catalog/buildCatalog";
import { catalogRows2026 } from "../../src/domain/catalog/catalog2026";
import { readHistoryFile } from "../../src/workbook/xlsx/historyWorkbook";
import { loadXlsx, locateTable, saveXlsx, sheetOf } from "../workbook/templates/formTestSupport";

function recordingIo() {
  const err: string[] = [];
  const io: CommandIo = { print: () => undefined, error: (t) => err.push(t), today: () => "2026-05-14" };
  return { io, err };
}

const dir = mkdtempSync(join(tmpdir(), "catalog-revisions-cli-"));
const rowsFile = join(dir, "danh-muc.json");
const revised: CatalogRows = {
  ...catalogRows2026,
  revisions: [
    { kind: "target", id: "CDS.III.14", from: "20/05/2026", target: "≥ 50%" },
    { kind: "renamed", id: "so-tc", from: "2026-05-20", name: "Sở Tài chính và Kế hoạch" },
  ],
};

async function run(...argv: string[]): Promise<string[]> {
  const { io, err } = recordingIo();
  const code = await runCli(argv, io);
  if (code !== 0) throw new Error(err.join("\n"));
  return err;
}

async function printedTarget(file: string): Promise<unknown> {
  const workbook = await loadXlsx(new Uint8Array(readFileSync(file)));
  const header = locateTable(sheetOf(workbook, "Chỉ tiêu"));
  return header.cell("CDS.III.14", "Chỉ tiêu năm 2026").value;
}

describe("a target changed from 20/5/2026, on the command line", () => {
  beforeAll(async () => {
    writeFileSync(rowsFile, JSON.stringify(revised));
    await run(
      "templates",
      "--period",
      "2026-05",
      "--as-of",
      "2026-05-02",
      "--catalog",
      rowsFile,
      "--out",
      join(dir, "may"),
    );
    await run(
      "templates",
      "--period",
      "2026-06",
      "--as-of",
      "2026-05-25",
      "--catalog",
      rowsFile,
      "--out",
      join(dir, "june"),
    );
  }, 120_000);

  it("the May forms made on 2/5 print the plan's target, the June forms the new one", async () => {
    expect(await printedTarget(join(dir, "may", "2026-05_so-tc.xlsx"))).toBe("≥ 35%");
    expect(await printedTarget(join(dir, "june", "2026-06_so-tc.xlsx"))).toBe("≥ 50%");
  });

  it("consolidating May as of 5/6 accepts the May forms and says which target applied", async () => {
    const json = join(dir, "may.json");
    const forms = ["so-tc", "so-nv", "so-xd"].map((unit) => join(dir, "may", `2026-05_${unit}.xlsx`));
    await run(
      "consolidate",
      ...forms,
      "--period",
      "2026-05",
      "--as-of",
      "2026-06-05",
      "--catalog",
      rowsFile,
      "--json",
      json,
    );
    const result = JSON.parse(readFileSync(json, "utf8"));
    expect(result.files.map((file: { status: string }) => file.status)).toEqual(["accepted", "accepted", "accepted"]);
    const codes = result.findings.map((finding: { code: string }) => finding.code);
    expect(codes).not.toContain("catalog_mismatch");
    expect(codes).not.toContain("fixed_edited");
    const indicator = result.indicators.find((item: { id: string }) => item.id === "CDS.III.14");
    expect(indicator.target).toEqual({ text: "≥ 50%", from: "2026-05-20", previous: "≥ 35%" });
  });

  it("records May in the history under the renamed sở's new name, its old form read as its own", async () => {
    const history = join(dir, "so-theo-doi.xlsx");
    const json = join(dir, "may-history.json");
    // The sở fills in CDS.III.14: 21 of 50 databases connected.
    const workbook = await loadXlsx(new Uint8Array(readFileSync(join(dir, "may", "2026-05_so-tc.xlsx"))));
    const table = locateTable(sheetOf(workbook, "Chỉ tiêu"));
    table.cell("CDS.III.14", "Tử số").value = 21;
    table.cell("CDS.III.14", "Mẫu số").value = 50;
    const form = join(dir, "2026-05_so-tc.xlsx");
    writeFileSync(form, await saveXlsx(workbook));
    await run(
      "consolidate",
      form,
      "--period",
      "2026-05",
      "--as-of",
      "2026-06-05",
      "--catalog",
      rowsFile,
      "--json",
      json,
      "--history",
      history,
    );
    const result = JSON.parse(readFileSync(json, "utf8"));
    expect(result.files[0].status).toBe("accepted");
    expect(result.units.find((unit: { id: string }) => unit.id === "so-tc").name).toBe("Sở Tài chính và Kế hoạch");
    const records = await readHistoryFile(new Uint8Array(readFileSync(history)), "so-theo-doi.xlsx");
    if (!records.ok) throw new Error(records.issues[0].message);
    const own = records.value.filter((record) => record.unitId === "so-tc");
    expect(own.find((record) => record.itemId === "CDS.III.14")).toMatchObject({ numerator: 21, denominator: 50 });
    expect([...new Set(own.map((record) => record.unitName))]).toEqual(["Sở Tài chính và Kế hoạch"]);
  });

  it("the same May forms are refused with the changed target typed into the plan instead of dated", async () => {
    const undated = join(dir, "undated.json");
    const rows = {
      ...catalogRows2026,
      indicators: catalogRows2026.indicators.map((row) =>
        row.id === "CDS.III.14" ? { ...row, target2026: "≥ 50%" } : row,
      ),
    };
    writeFileSync(undated, JSON.stringify(rows));
    const json = join(dir, "undated-result.json");
    // The sở fills in CDS.III.14: 21 of 50 databases connected.
    const workbook = await loadXlsx(new Uint8Array(readFileSync(join(dir, "may", "2026-05_so-tc.xlsx"))));
    const table = locateTable(sheetOf(workbook, "Chỉ tiêu"));
    table.cell("CDS.III.14", "Tử số").value = 21;
    table.cell("CDS.III.14", "Mẫu số").value = 50;
    const form = join(dir, "2026-05_so-tc.xlsx");
    writeFileSync(form, await saveXlsx(workbook));
    await run(
      "consolidate",
      form,
      "--period",
      "2026-05",
      "--as-of",
      "2026-06-05",
      "--catalog",
      undated,
      "--json",
      json,
    );
    const result = JSON.parse(readFileSync(json, "utf8"));
    expect(result.files[0].status).toBe("rejected");
  });

  it("the catalog command gives the catalog judged by, and the changes", async () => {
    const json = join(dir, "catalog.json");
    await run("catalog", "--period", "2026-05", "--as-of", "2026-06-05", "--catalog", rowsFile, "--json", json);
    const catalog = JSON.parse(readFileSync(json, "utf8"));
    expect(catalog.indicators.find((item: { id: string }) => item.id === "CDS.III.14").target2026).toBe("≥ 50%");
    expect(catalog.revisions).toEqual([
      { kind: "target", id: "CDS.III.14", from: "2026-05-20", target: "≥ 50%" },
      { kind: "renamed", id: "so-tc", from: "2026-05-20", name: "Sở Tài chính và Kế hoạch" },
    ]);
    expect(catalog.units.find((unit: { id: string }) => unit.id === "so-tc").name).toBe("Sở Tài chính và Kế hoạch");
    const before = join(dir, "catalog-before.json");
    await run("catalog", "--period", "2026-05", "--as-of", "2026-05-14", "--catalog", rowsFile, "--json", before);
    const plan = JSON.parse(readFileSync(before, "utf8"));
    expect(plan.indicators.find((item: { id: string }) => item.id === "CDS.III.14").target2026).toBe("≥ 35%");
  });

  it("refuses a rows file with a change it cannot take, naming the change", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({ ...catalogRows2026, revisions: [{ kind: "renamed", id: "so-tc", from: "2026-05-20" }] }),
    );
    const { io, err } = recordingIo();
    expect(await runCli(["catalog", "--period", "2026-05", "--catalog", bad, "--json", join(dir, "x.json")], io)).toBe(
      1,
    );
    expect(err.join("\n")).toContain(
      "Thay đổi thứ 1 (Đổi tên đơn vị so-tc, từ ngày 2026-05-20): chưa ghi tên mới của đơn vị.",
    );
  });
});
