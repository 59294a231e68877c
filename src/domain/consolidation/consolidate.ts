/** Validated files → the province's figures: indicators, task progress, counts, register, documents, difficulties. */
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
import { documentsWindow } from "../documents/documentsWindow";
import { formRecipients } from "../forms/formFiles";
import { sameMinuteNotices } from "../receipts/sameMinute";
import type { ConsolidatedFigures, ConsolidationInput } from "./types";
import { unitDirectory } from "./unitDirectory";
import { acceptedReports } from "./unitReports";
import { catalogInForce, judgingDay } from "../catalog/catalogInForce";
import { withAppliedTargets } from "./appliedTargets";

/**
 * Deterministic: the same input gives the same output, in catalog and register order. The report's sentences are
 * report's to word from these figures (report/reportConsolidation).
 */
export function consolidate(input: ConsolidationInput): ConsolidatedFigures {
  const { period, asOf, files, documentsSince } = input;
  // The period is judged by the catalog in force on its judging day: its targets, items and units.
  const day = judgingDay(period, asOf);
  const catalog = catalogInForce(input.catalog, day);
  const directory = unitDirectory(catalog);
  const reports = acceptedReports(files);
  const formUnits = unitsByFormItem(catalog, directory);
  const taskContext = { catalog, period, asOf, directory, reports, formUnits };
  const tasks = consolidateTasks(taskContext);
  // taskCounts stay the CĐS plan's, as section III.1 prints them.
  const planId = cdsPlanProgramme(catalog)?.id;
  const taskCounts = countTasks(tasks.filter((task) => task.programmeId === planId));
  const register = buildRegister(directory, period, files, formRecipients(catalog));
  const receiptNotices = sameMinuteNotices(files);
  const window = documentsWindow(period, asOf, documentsSince);
  return {
    period,
    asOf,
    indicators: withAppliedTargets(consolidateIndicators(catalog, reports, formUnits), input.catalog, day),
    tasks,
    taskCounts,
    programmes: consolidateProgrammes(taskContext, tasks),
    register,
    completeness: computeCompleteness(register),
    ...(receiptNotices.length === 0 ? {} : { receiptNotices }),
    difficulties: consolidateDifficulties(catalog, directory, reports),
    documents: consolidateDocuments(reports, directory.orderedIds, window),
    documentsWindow: window,
  };
}
