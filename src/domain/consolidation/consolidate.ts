/** Validated files → the province's summary: indicator figures, task progress, counts, register and sentences. */
import { completenessSentence, lateSentence, rejectedSentence } from "../report/completenessSentence";
import { programmeSentences } from "../report/programmeSentences";
import { taskSentences } from "../report/taskSentences";
import { buildRegister } from "./buildRegister";
import { computeCompleteness } from "./completeness";
import { cdsPlanProgramme } from "../catalog/programmes";
import { consolidateIndicators } from "./consolidateIndicators";
import { consolidateProgrammes } from "./consolidateProgrammes";
import { consolidateTasks } from "./consolidateTasks";
import { countTasks } from "./countTasks";
import { unitsByFormItem } from "./formUnits";
import type { Consolidation, ConsolidationInput } from "./types";
import { unitDirectory } from "./unitDirectory";
import { acceptedReports } from "./unitReports";

/** Deterministic: the same input gives the same output, in catalog and register order. */
export function consolidate({ catalog, period, asOf, files }: ConsolidationInput): Consolidation {
  const directory = unitDirectory(catalog);
  const reports = acceptedReports(files);
  const formUnits = unitsByFormItem(catalog, directory);
  const taskContext = { catalog, period, asOf, directory, reports, formUnits };
  const tasks = consolidateTasks(taskContext);
  // taskCounts and taskSentences stay the CĐS plan's, as section III.1 prints them.
  const planId = cdsPlanProgramme(catalog)?.id;
  const taskCounts = countTasks(tasks.filter((task) => task.programmeId === planId));
  const programmes = consolidateProgrammes(taskContext, tasks).flatMap((figures) => {
    const programme = catalog.programmes.find((candidate) => candidate.id === figures.programmeId);
    return programme ? [{ ...figures, sentences: programmeSentences(programme, figures, period) }] : [];
  });
  const register = buildRegister(directory, period, files);
  const completeness = computeCompleteness(register);
  const late = lateSentence(register, period);
  const rejected = rejectedSentence(register);
  return {
    period,
    asOf,
    indicators: consolidateIndicators(catalog, reports, formUnits),
    tasks,
    taskCounts,
    taskSentences: taskSentences(taskCounts, period),
    programmes,
    register,
    completeness,
    completenessSentence: completenessSentence(completeness),
    ...(late === undefined ? {} : { lateSentence: late }),
    ...(rejected === undefined ? {} : { rejectedSentence: rejected }),
  };
}
