/** Consolidation's figures → the report's sentences: the one place a Consolidation gets its words. */
import { catalogInForce, judgingDay } from "../catalog/catalogInForce";
import { reportSentencesFor } from "../catalog/reportSentences";
import type { Catalog } from "../catalog/types";
import { consolidate } from "../consolidation/consolidate";
import type { ConsolidatedFigures, Consolidation, ConsolidationInput } from "../consolidation/types";
import { unitDirectory } from "../consolidation/unitDirectory";
import { completenessSentence, lateSentence, otherMissingSentence, rejectedSentence } from "./completenessSentence";
import { documentsSentence } from "./documentSentences";
import { leadershipSentences } from "./leadershipSentences";
import { programmeSentences } from "./programmeSentences";
import { reportSections } from "./reportSections";
import { taskDescription } from "./taskDescription";
import { taskSentences } from "./taskSentences";

/** The figures consolidation made from `catalog` (the whole catalog: the one in force is found again here). */
export function reportConsolidation(wholeCatalog: Catalog, figures: ConsolidatedFigures): Consolidation {
  const { period, register, completeness, documents, documentsWindow: window } = figures;
  const catalog = catalogInForce(wholeCatalog, judgingDay(period, figures.asOf));
  const phrases = reportSentencesFor(catalog);
  const unitNames = new Map(unitDirectory(catalog).ordered.map((unit) => [unit.id, unit.name]));
  const tasks = figures.tasks.map((task) => ({
    ...task,
    description: taskDescription(task, unitNames, phrases.get(task.id)),
  }));
  const programmes = figures.programmes.flatMap((programmeFigures) => {
    const programme = catalog.programmes.find((candidate) => candidate.id === programmeFigures.programmeId);
    return programme
      ? [{ ...programmeFigures, sentences: programmeSentences(programme, programmeFigures, period) }]
      : [];
  });
  const late = lateSentence(register, period);
  const rejected = rejectedSentence(register);
  const completenessLine = completenessSentence(completeness);
  const othersMissing = otherMissingSentence(register);
  const completenessLines = [completenessLine, othersMissing, late, rejected].filter((text) => text !== undefined);
  const documentLine = documentsSentence(documents.length, window);
  return {
    ...figures,
    tasks,
    // taskSentences stay the CĐS plan's, as section III.1 prints them.
    taskSentences: taskSentences(figures.taskCounts, period),
    programmes,
    completenessSentence: completenessLine,
    ...(late === undefined ? {} : { lateSentence: late }),
    ...(rejected === undefined ? {} : { rejectedSentence: rejected }),
    ...(othersMissing === undefined ? {} : { otherMissingSentence: othersMissing }),
    reportSections: reportSections([
      // Section I opens with the documents issued (Phụ lục I), then the plans units have adopted.
      { section: "leadership", sentences: [{ text: documentLine }, ...leadershipSentences(tasks, phrases)] },
      { section: "completeness", sentences: completenessLines.map((text) => ({ text })) },
      // Section III: each programme under its title, in the catalog's order (the CĐS plan first).
      {
        section: "tasks",
        sentences: programmes.flatMap((result) => {
          const title = catalog.programmes.find((programme) => programme.id === result.programmeId)?.title;
          return [...(title ? [{ text: title }] : []), ...result.sentences.map((text) => ({ text }))];
        }),
      },
    ]),
    documentsSentence: documentLine,
  };
}

/** Consolidates `input` and words the result: a month's whole consolidation. */
export function consolidateAndReport(input: ConsolidationInput): Consolidation {
  return reportConsolidation(input.catalog, consolidate(input));
}
