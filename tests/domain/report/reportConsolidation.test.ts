/** Consolidation makes the figures and report words them: the split holds, and wording changes no figure. */
import { consolidate } from "../../../src/domain/consolidation/consolidate";
import { reportConsolidation } from "../../../src/domain/report/reportConsolidation";
import { catalog, indicatorEntry, period, taskEntry, unitFile } from "../consolidation/fixtures";

const input = {
  catalog,
  period: period("2026-05"),
  asOf: "2026-05-14",
  files: [
    unitFile("so-khcn", {
      receivedAt: "2026-05-11T08:00:00",
      indicators: [indicatorEntry("CDS.I.1", "67,1%")],
      tasks: [taskEntry("NV.V.2", "done", "Ban hành Kế hoạch số 56/KH-SKHCN ngày 17/4/2026.")],
    }),
  ],
};

describe("reportConsolidation", () => {
  const figures = consolidate(input);
  const reported = reportConsolidation(catalog, figures);

  it("finds no sentence in consolidation's figures", () => {
    for (const field of [
      "taskSentences",
      "completenessSentence",
      "lateSentence",
      "reportSections",
      "documentsSentence",
    ]) {
      expect(figures).not.toHaveProperty(field);
    }
    expect(figures.tasks.some((task) => "description" in task)).toBe(false);
    expect(figures.programmes.some((programme) => "sentences" in programme)).toBe(false);
  });

  it("keeps every figure as consolidation made it", () => {
    const { tasks, programmes, ...rest } = figures;
    expect(reported).toMatchObject(rest);
    expect(reported.tasks).toEqual(tasks.map((task, i) => ({ ...task, description: reported.tasks[i].description })));
    expect(reported.programmes.map(({ sentences: _, ...counts }) => counts)).toEqual(programmes);
  });

  it("words the figures: the late unit, the task's own line, section III and the report's sections", () => {
    expect(reported.lateSentence).toBe("Gửi muộn (sau ngày 10/5/2026): Sở Khoa học và Công nghệ.");
    expect(reported.tasks.find((task) => task.id === "NV.V.2")?.description).toBe(
      "- Sở Khoa học và Công nghệ: Ban hành Kế hoạch số 56/KH-SKHCN ngày 17/4/2026.",
    );
    expect(reported.taskSentences[0]).toBe("Tổng số: 75 nhiệm vụ, trong đó:");
    expect(reported.reportSections.map((section) => section.id)).toEqual(["leadership", "completeness", "tasks"]);
    expect(reported.reportSections[1].sentences.map((sentence) => sentence.text)).toContain(reported.lateSentence);
  });
});
