/**
 * The file rules under a catalog with dated changes: a form is checked against the catalog it was made with, any
 * in force from the period's first day to the as-of day; sheets copied without their hidden identity are matched
 * by the rows and locked cells they show.
 */
import { buildCatalog, type IndicatorRow, type TaskRow } from "../../../src/domain/catalog/buildCatalog";
import { catalogRows2026 } from "../../../src/domain/catalog/catalog2026";
import type { Catalog } from "../../../src/domain/catalog/types";
import type { Submission } from "../../../src/domain/submission/types";
import { validateSubmission } from "../../../src/domain/validation/validateSubmission";
import { indicatorRow, validationContext, validSubmission } from "./submissionBuilder";

function built(rows: typeof catalogRows2026): Catalog {
  const result = buildCatalog(rows);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.value;
}

const NEW_TASK: TaskRow = {
  ...(catalogRows2026.tasks.find((task) => task.id === "NV.V.7") as TaskRow),
  id: "NV.V.99",
  stt: "99",
  name: "Rà soát dữ liệu dân cư trên địa bàn",
  deadline: "Tháng 6/2026",
};

const REVISED = built({
  ...catalogRows2026,
  tasks: [...catalogRows2026.tasks, NEW_TASK],
  revisions: [
    { kind: "target", id: "CDS.III.14", from: "2026-05-20", target: "≥ 50%" },
    { kind: "added", id: "NV.V.99", from: "2026-05-20" },
    { kind: "withdrawn", id: "NV.V.7", from: "2026-05-20" },
  ],
});

/** Only the target of CDS.III.14 changes: a sở's form made before and after differ in that one locked cell. */
const TARGET_CHANGED = built({
  ...catalogRows2026,
  revisions: [{ kind: "target", id: "CDS.III.14", from: "2026-05-20", target: "≥ 50%" }],
});

const asOfJune = validationContext({ catalog: REVISED, asOf: "2026-06-05" });
const targetAsOfJune = validationContext({ catalog: TARGET_CHANGED, asOf: "2026-06-05" });

/** The same form as it arrives when its sheets were copied into another workbook: no hidden identity. */
function copiedSheets(submission: Submission): Submission {
  const { identity: _, ...copied } = submission;
  return copied;
}

function withTargetCell(submission: Submission, text: string): Submission {
  const row = indicatorRow(submission, "CDS.III.14");
  return {
    ...submission,
    indicators: submission.indicators.map((entry) =>
      entry === row ? { ...row, fixed: { ...row.fixed, target2026: { ...row.fixed.target2026, raw: text } } } : entry,
    ),
  };
}

const errors = (submission: Submission, context = asOfJune) =>
  validateSubmission(submission, context)
    .findings.filter((finding) => finding.severity === "error")
    .map((finding) => finding.code);

/** An indicator every sở reports, added to the plan on 20/5/2026. */
const NEW_INDICATOR: IndicatorRow = {
  ...(catalogRows2026.indicators.find((row) => row.id === "CDS.III.14") as IndicatorRow),
  id: "CDS.III.99",
  stt: "99",
  name: "Tỷ lệ hồ sơ lưu trữ của các sở, ban, ngành được số hóa",
  target2026: "≥ 30%",
};

const INDICATOR_ADDED = built({
  ...catalogRows2026,
  indicators: [...catalogRows2026.indicators, NEW_INDICATOR],
  revisions: [{ kind: "added", id: "CDS.III.99", from: "2026-05-20" }],
});

describe("a form made before the catalog changed", () => {
  it("lacks an indicator added since: accepted, told as information naming it", () => {
    const result = validateSubmission(
      validSubmission("so-tc"),
      validationContext({ catalog: INDICATOR_ADDED, asOf: "2026-06-05" }),
    );
    expect(result.status).toBe("accepted");
    const notes = result.findings.filter((finding) => finding.code === "indicators_added_later");
    expect(notes).toHaveLength(1);
    expect(notes[0].severity).toBe("info");
    expect(notes[0].message).toContain("bổ sung 1 chỉ tiêu");
    expect(notes[0].message).toContain(NEW_INDICATOR.name);
    // Checked on 14/5 the indicator is not in force yet: nothing to tell.
    const early = validateSubmission(validSubmission("so-tc"), validationContext({ catalog: INDICATOR_ADDED }));
    expect(early.findings.map((finding) => finding.code)).not.toContain("indicators_added_later");
  });

  it("is accepted with its hidden identity, and without it (sheets copied), showing the plan's target", () => {
    for (const context of [asOfJune, targetAsOfJune]) {
      for (const submission of [validSubmission("so-tc"), copiedSheets(validSubmission("so-tc"))]) {
        expect(validateSubmission(submission, context).status).toBe("accepted");
        expect(errors(submission, context)).toEqual([]);
      }
    }
  });

  it("copied as sheets, with the new target in its target cell, is accepted too", () => {
    const made = copiedSheets(withTargetCell(validSubmission("so-tc"), "≥ 50%"));
    expect(validateSubmission(made, targetAsOfJune).status).toBe("accepted");
    // Under the plan alone the same cell is an edit.
    expect(validateSubmission(made, validationContext({ asOf: "2026-06-05" })).status).toBe("rejected");
  });

  it("copied as sheets, with a target in force on no day of the period, is refused for the edited cell", () => {
    const result = validateSubmission(copiedSheets(withTargetCell(validSubmission("so-tc"), "≥ 20%")), targetAsOfJune);
    expect(result.status).toBe("rejected");
    expect(result.findings.map((finding) => finding.code)).toEqual(["fixed_edited"]);
    expect(result.findings[0].message).toContain("≥ 20%");
  });

  it("keeps a commune's row of a task withdrawn since without a finding, and leaves it out of what is checked", () => {
    const submission = validSubmission("xa-muong-sai");
    expect(submission.tasks.map((entry) => entry.taskId)).toContain("NV.V.7");
    const result = validateSubmission(submission, asOfJune);
    expect(result.status).toBe("accepted");
    expect(result.tasks.map((task) => task.taskId)).not.toContain("NV.V.7");
    expect(errors(submission)).toEqual([]);
    const notes = result.findings.filter((finding) => finding.severity === "info").map((finding) => finding.code);
    expect(notes).toEqual(["tasks_added_later"]);
  });

  it("is judged against the catalog of 14/5 when checked then: nothing added, nothing withdrawn yet", () => {
    const submission = validSubmission("xa-muong-sai");
    const result = validateSubmission(submission, validationContext({ catalog: REVISED }));
    expect(result.status).toBe("accepted");
    expect(result.tasks.map((task) => task.taskId)).toContain("NV.V.7");
    expect(result.findings.map((finding) => finding.code)).toEqual([]);
  });

  it("is still refused when it lacks a row the catalog had when it was made", () => {
    const submission = validSubmission("xa-muong-sai");
    const cut = { ...submission, tasks: submission.tasks.filter((entry) => entry.taskId !== "NV.IX.3") };
    const result = validateSubmission(cut, asOfJune);
    expect(result.status).toBe("rejected");
  });
});
