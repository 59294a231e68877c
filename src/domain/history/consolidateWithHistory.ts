/**
 * A consolidation made with the history of earlier periods: the figures of units missing this period carried from
 * their last report of the year (when the officer allows it), and every indicator and task beside the previous period.
 */
import { catalogInForce, judgingDay } from "../catalog/catalogInForce";
import type { Catalog } from "../catalog/types";
import { consolidateIndicators } from "../consolidation/consolidateIndicators";
import { unitsByFormItem } from "../consolidation/formUnits";
import type { Consolidation, FileOutcome } from "../consolidation/types";
import { unitDirectory } from "../consolidation/unitDirectory";
import { acceptedReports } from "../consolidation/unitReports";
import { carriedSentence } from "../report/carriedSentence";
import { carryForward } from "./carryForward";
import { compareWithPrevious } from "./compareWithPrevious";
import { withSinceLastPeriod } from "./sinceLastPeriod";
import type { ConsolidationHistory } from "./types";

/**
 * `plan` is the catalog with its dated changes: the period is judged by the one in force on its judging day, and a
 * unit others were merged into reads their history as its own.
 */
export function consolidateWithHistory(
  plan: Catalog,
  consolidation: Consolidation,
  files: FileOutcome[],
  history: ConsolidationHistory,
): Consolidation {
  const carried = history.carryForward ? withCarriedFigures(plan, consolidation, files, history) : consolidation;
  return withSinceLastPeriod(plan, compareWithPrevious(carried, history.records), history.records);
}

function withCarriedFigures(
  plan: Catalog,
  consolidation: Consolidation,
  files: FileOutcome[],
  history: ConsolidationHistory,
): Consolidation {
  const { period, asOf } = consolidation;
  const day = judgingDay(period, asOf);
  const catalog = catalogInForce(plan, day);
  const reports = acceptedReports(files);
  const carried = carryForward(plan, period, history.records, new Set(reports.keys()), day);
  if (carried.units.length === 0) return consolidation;
  const directory = unitDirectory(catalog);
  const merged = new Map([...reports, ...carried.reports]);
  const from = new Map(carried.units.map((unit) => [unit.unitId, unit.period.code]));
  const sentence = carriedSentence(carried.units, new Map(directory.ordered.map((unit) => [unit.id, unit.name])));
  return {
    ...consolidation,
    indicators: consolidateIndicators(catalog, merged, unitsByFormItem(catalog, directory)),
    register: consolidation.register.map((row) => {
      const period = from.get(row.unitId);
      return period ? { ...row, carriedFrom: period } : row;
    }),
    carriedSentence: sentence,
    reportSections: consolidation.reportSections.map((section) =>
      section.id === "completeness" ? { ...section, sentences: [...section.sentences, { text: sentence }] } : section,
    ),
  };
}
