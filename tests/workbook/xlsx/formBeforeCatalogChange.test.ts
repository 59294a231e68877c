/**
 * A form written and filled before a task or a whole programme was added to the catalog is still accepted
 * for its period: the rows it lacks are information, never a reason to reject what the unit did send.
 */
import { buildCatalog } from "../../../src/domain/catalog/buildCatalog";
import { catalogRows2026 } from "../../../src/domain/catalog/catalog2026";
import type { Catalog } from "../../../src/domain/catalog/types";
import { validateSubmission } from "../../../src/domain/validation/validateSubmission";
import { buildFormWorkbook } from "../../../src/workbook/templates/buildUnitForm";
import { readForm } from "../../../src/workbook/xlsx/readForm";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { CATALOG, loadXlsx, locateTable, MAY_2026, saveXlsx, sheetOf } from "../templates/formTestSupport";

const UNIT = "xa-muong-sai";

function built(rows: typeof catalogRows2026): Catalog {
  const result = buildCatalog(rows);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.value;
}

const carries = (task: Catalog["tasks"][number]) =>
  task.lead.unitIds.includes(UNIT) || task.coordinators.unitIds.includes(UNIT);

/** The CĐS plan's last task the commune reports on: the one "added mid-period" here. */
const ADDED = CATALOG.tasks.filter((task) => task.programmeId === "CDS-2026" && carries(task)).at(-1)!;

/** The catalog as it stood before the programmes: the CĐS plan alone, less that task. */
const BEFORE = built({
  ...catalogRows2026,
  programmes: catalogRows2026.programmes.filter((programme) => programme.id === "CDS-2026"),
  tasks: catalogRows2026.tasks.filter((task) => task.programmeId === "CDS-2026" && task.id !== ADDED.id),
});

/** The commune's form under `catalog`, written to .xlsx, every task marked in progress with a line of text. */
async function filledForm(catalog: Catalog): Promise<Uint8Array> {
  const workbook = await loadXlsx(await writeXlsx(buildFormWorkbook(catalog, UNIT, MAY_2026)));
  const sheet = sheetOf(workbook, "Nhiệm vụ");
  const table = locateTable(sheet);
  for (const id of table.rows.keys()) {
    table.cell(id, "Tiến độ").value = "Đang thực hiện";
    table.cell(id, "Mô tả kết quả trong kỳ").value = "Đang triển khai theo kế hoạch của xã.";
  }
  return saveXlsx(workbook);
}

async function checked(bytes: Uint8Array, catalog: Catalog) {
  const read = await readForm(bytes, "2026-05_xa-muong-sai.xlsx", "2026-05-09T08:15:00+07:00");
  if (!read.ok) throw new Error(read.finding.message);
  return validateSubmission(read.value.submission, { catalog, period: MAY_2026, asOf: "2026-05-14" });
}

describe("a form sent before the catalog changed", () => {
  let before: Uint8Array;

  beforeAll(async () => {
    before = await filledForm(BEFORE);
  });

  it("lacks the task and the programme added since: one CĐS task and letter 002's five instructions to every commune", async () => {
    const sheet = sheetOf(await loadXlsx(before), "Nhiệm vụ");
    const ids = [...locateTable(sheet).rows.keys()];
    expect(ids).not.toContain(ADDED.id);
    expect(ids.filter((id) => id.startsWith("GV."))).toEqual([]);
    // 51 tasks, six of them with a deadline in two parts, each part on a row of its own.
    expect(ids.filter((id) => !id.includes("#"))).toHaveLength(51);
    expect(ids.filter((id) => id.includes("#"))).toHaveLength(12);
  });

  it("is accepted under the new catalog, the missing rows told as information naming the task and the programme", async () => {
    const result = await checked(before, CATALOG);
    expect(result.status).toBe("accepted");
    // The indicator cells were left blank; nothing else is wrong with the file.
    const errors = new Set(result.findings.filter((finding) => finding.severity === "error").map((f) => f.code));
    expect(errors).toEqual(new Set(["missing_value"]));
    const notes = result.findings.filter((finding) => finding.code === "tasks_added_later");
    expect(notes).toHaveLength(1);
    expect(notes[0].severity).toBe("info");
    expect(notes[0].message).toContain("bổ sung 6 nhiệm vụ");
    expect(notes[0].message).toContain(`Nhiệm vụ “${ADDED.name.slice(0, 60)}`);
    expect(notes[0].message).toContain(
      "gồm cả chương trình “Nhiệm vụ giao tại Công văn của UBND tỉnh thực hiện Thông báo số 11-TB/BCĐ",
    );
    expect(notes[0].message).not.toContain("Nhiệm vụ Chuyển đổi số năm 2026");
    // Every task the form does carry is read and checked.
    expect(result.tasks).toHaveLength(51);
    expect(result.tasks.every((task) => task.status === "in_progress")).toBe(true);
  });

  it("says nothing of added tasks when the form is the current one", async () => {
    const result = await checked(await filledForm(CATALOG), CATALOG);
    expect(result.status).toBe("accepted");
    expect(result.findings.map((finding) => finding.code)).not.toContain("tasks_added_later");
  });

  it("is still rejected when a task it carries was edited in the catalog since", async () => {
    const renamed = built({
      ...catalogRows2026,
      tasks: catalogRows2026.tasks.map((task) =>
        task.id === "NV.II.1" ? { ...task, name: `${task.name} (sửa)` } : task,
      ),
    });
    const result = await checked(before, renamed);
    expect(result.status).toBe("rejected");
    expect(result.findings.map((finding) => finding.code)).toEqual(["catalog_mismatch"]);
  });
});
