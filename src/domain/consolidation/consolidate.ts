/** Validated files → the province's summary: indicator figures, task progress, counts, register and sentences. */
import { completenessSentence, lateSentence, rejectedSentence } from "../report/completenessSentence";
import { taskSentences } from "../report/taskSentences";
import { documentsWindow } from "../documents/documentsWindow";
import { documentsSentence } from "../report/documentSentences";
import { buildRegister } from "./buildRegister";
import { computeCompleteness } from "./completeness";
import { consolidateDocuments } from "./consolidateDocuments";
import { consolidateIndicators } from "./consolidateIndicators";
import { consolidateTasks } from "./consolidateTasks";
import { countTasks } from "./countTasks";
import { unitsByFormItem } from "./formUnits";
import type { Consolidation, ConsolidationInput } from "./types";
import { unitDirectory } from "./unitDirectory";
import { acceptedReports } from "./unitReports";

/** Deterministic: the same input gives the same output, in catalog and register order. */
export function consolidate({ catalog, period, asOf, files, documentsSince }: ConsolidationInput): Consolidation {
  const directory = unitDirectory(catalog);
  const reports = acceptedReports(files);
  const formUnits = unitsByFormItem(catalog, directory);
  const tasks = consolidateTasks({ catalog, period, asOf, directory, reports, formUnits });
  const taskCounts = countTasks(tasks);
  const register = buildRegister(directory, period, files);
  const completeness = computeCompleteness(register);
  const late = lateSentence(register, period);
  const rejected = rejectedSentence(register);
  const window = documentsWindow(period, asOf, documentsSince);
  const documents = consolidateDocuments(
    reports,
    directory.ordered.map((unit) => unit.id),
    window,
  );
  return {
    period,
    asOf,
    indicators: consolidateIndicators(catalog, reports, formUnits),
    tasks,
    taskCounts,
    taskSentences: taskSentences(taskCounts, period),
    register,
    completeness,
    completenessSentence: completenessSentence(completeness),
    ...(late === undefined ? {} : { lateSentence: late }),
    ...(rejected === undefined ? {} : { rejectedSentence: rejected }),
    documents,
    documentsWindow: window,
    documentsSentence: documentsSentence(documents.length, window),
  };
}
