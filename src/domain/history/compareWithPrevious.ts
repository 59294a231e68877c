/** The summary beside the previous period recorded: each indicator's figure and each task's status then. */
import type { Consolidation } from "../consolidation/types";
import { taskStatusTexts } from "../texts/report";
import { earlierPeriods, recordsOfPeriod } from "./periodHistory";
import { taskStatusOfText } from "./recordedOutcomes";
import { PROVINCE_UNIT_ID, type HistoryRecord, type PreviousFigure, type PreviousStatus } from "./types";

/** Unchanged when no earlier period of the same kind is recorded; an item the earlier period lacks gets no `previous`. */
export function compareWithPrevious(consolidation: Consolidation, records: HistoryRecord[]): Consolidation {
  const [previous] = earlierPeriods(records, consolidation.period);
  if (!previous) return consolidation;
  const province = recordsOfPeriod(records, previous.code).filter((record) => record.unitId === PROVINCE_UNIT_ID);
  const figures = new Map(province.filter((r) => r.kind === "indicator").map((r) => [r.itemId, r]));
  const statuses = new Map(province.filter((r) => r.kind === "task").map((r) => [r.itemId, r]));
  return {
    ...consolidation,
    comparedWith: previous,
    indicators: consolidation.indicators.map((indicator) => {
      const record = figures.get(indicator.id);
      return record ? { ...indicator, previous: previousFigure(record) } : indicator;
    }),
    tasks: consolidation.tasks.map((task) => {
      const record = statuses.get(task.id);
      return record ? { ...task, previous: previousStatus(record) } : task;
    }),
  };
}

function previousFigure(record: HistoryRecord): PreviousFigure {
  return {
    period: record.period,
    ...(record.value === undefined ? {} : { value: record.value }),
    display: record.text,
  };
}

function previousStatus(record: HistoryRecord): PreviousStatus {
  const statusText = record.status ?? taskStatusTexts.unreported;
  const status = taskStatusOfText(statusText);
  return { period: record.period, ...(status ? { status } : {}), statusText };
}
