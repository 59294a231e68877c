/** Validated files → the province's summary: indicator figures, task progress, counts, register and sentences. */
import { reportSentencesFor } from "../catalog/reportSentences";
import {
  completenessSentence,
  lateSentence,
  otherMissingSentence,
  rejectedSentence,
} from "../report/completenessSentence";
import { leadershipSentences } from "../report/leadershipSentences";
import { reportSections } from "../report/reportSections";
import { taskDescription } from "../report/taskDescription";
import { programmeSentences } from "../report/programmeSentences";
import { taskSentences } from "../report/taskSentences";
import { documentsWindow } from "../documents/documentsWindow";
import { documentsSentence } from "../report/documentSentences";
import { buildRegister } from "./buildRegister";
import { computeCompleteness } from "./completeness";
import { consolidateDifficulties } from "./consolidateDifficulties";
import { consolidateDocuments } from "./consolidateDocuments";
import { cdsPlanProgramme } from "../catalog/programmes";
import { consolidateIndicators } from "./consolidateIndicators";
import { consolidateProgrammes } from "./consolidateProgrammes";
import { consolidateTasks } from "./consolidateTasks";
import { countTasks } from "./countTasks";
import { unitsByFormItem } from "./formUnits";
import { formRecipients } from "../forms/formFiles";
import { sameMinuteNotices } from "../receipts/sameMinute";
import type { Consolidation, ConsolidationInput } from "./types";
import { unitDirectory } from "./unitDirectory";
import { acceptedReports } from "./unitReports";
import { catalogInForce, judgingDay } from "../catalog/catalogInForce";
import { withAppliedTargets } from "./appliedTargets";

/** Deterministic: the same input gives the same output, in catalog and register order. */
export function consolidate(input: ConsolidationInput): Consolidation {
  const { period, asOf, files, documentsSince } = input;
  // The period is judged by the catalog in force on its judging day: its targets, items and units.
  const day = judgingDay(period, asOf);
  const catalog = catalogInForce(input.catalog, day);
  const directory = unitDirectory(catalog);
  const reports = acceptedReports(files);
  const formUnits = unitsByFormItem(catalog, directory);
  const phrases = reportSentencesFor(catalog);
  const unitNames = new Map(directory.ordered.map((unit) => [unit.id, unit.name]));
  const taskContext = { catalog, period, asOf, directory, reports, formUnits };
  const tasks = consolidateTasks(taskContext).map((task) => ({
    ...task,
    description: taskDescription(task, unitNames, phrases.get(task.id)),
  }));
  // taskCounts and taskSentences stay the CĐS plan's, as section III.1 prints them.
  const planId = cdsPlanProgramme(catalog)?.id;
  const taskCounts = countTasks(tasks.filter((task) => task.programmeId === planId));
  const programmes = consolidateProgrammes(taskContext, tasks).flatMap((figures) => {
    const programme = catalog.programmes.find((candidate) => candidate.id === figures.programmeId);
    return programme ? [{ ...figures, sentences: programmeSentences(programme, figures, period) }] : [];
  });
  const recipients = formRecipients(catalog);
  const register = buildRegister(directory, period, files, recipients);
  const completeness = computeCompleteness(register);
  const late = lateSentence(register, period);
  const rejected = rejectedSentence(register);
  const completenessLine = completenessSentence(completeness);
  const othersMissing = otherMissingSentence(register);
  const receiptNotices = sameMinuteNotices(files);
  const completenessLines = [completenessLine, othersMissing, late, rejected].filter((text) => text !== undefined);
  const sectionIII = taskSentences(taskCounts, period);
  const window = documentsWindow(period, asOf, documentsSince);
  const documents = consolidateDocuments(
    reports,
    directory.ordered.map((unit) => unit.id),
    window,
  );
  const documentLine = documentsSentence(documents.length, window);
  return {
    period,
    asOf,
    indicators: withAppliedTargets(consolidateIndicators(catalog, reports, formUnits), input.catalog, day),
    tasks,
    taskCounts,
    taskSentences: sectionIII,
    programmes,
    register,
    completeness,
    completenessSentence: completenessLine,
    ...(late === undefined ? {} : { lateSentence: late }),
    ...(rejected === undefined ? {} : { rejectedSentence: rejected }),
    ...(othersMissing === undefined ? {} : { otherMissingSentence: othersMissing }),
    ...(receiptNotices.length === 0 ? {} : { receiptNotices }),
    difficulties: consolidateDifficulties(catalog, directory, reports),
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
    documents,
    documentsWindow: window,
    documentsSentence: documentLine,
  };
}
