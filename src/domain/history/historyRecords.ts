/** A consolidation as rows of "Dữ liệu các kỳ": what each unit's accepted file said, then the province's figures. */
import type { Catalog } from "../catalog/types";
import type { Consolidation, FileOutcome, IndicatorOutcome, TaskOutcome } from "../consolidation/types";
import { acceptedReports } from "../consolidation/unitReports";
import { unitDirectory } from "../consolidation/unitDirectory";
import { historyTexts } from "../texts/history";
import { taskStatusTexts } from "../texts/report";
import { summaryTexts } from "../texts/summary";
import { PROVINCE_UNIT_ID, type HistoryRecord } from "./types";
import { partRowId } from "../forms/taskPartRows";

/**
 * Units in register order, each unit's indicators then tasks in its file's order; the province's rows last. A task's
 * row holds its status and progress, not its description: a year of ninety units' descriptions would make the
 * workbook too heavy to open, and each period's descriptions stay on its own "Chi tiết nhiệm vụ".
 */
export function historyRecords(catalog: Catalog, consolidation: Consolidation, files: FileOutcome[]): HistoryRecord[] {
  const period = consolidation.period.code;
  const reports = acceptedReports(files);
  const received = new Map(files.map((file) => [file.file, file.receivedAt]));
  const unitRows = unitDirectory(catalog).ordered.flatMap((unit) => {
    const report = reports.get(unit.id);
    if (!report) return [];
    const base = { period, unitId: unit.id, unitName: unit.name, file: report.file };
    const receivedAt = received.get(report.file);
    const from = { ...base, ...(receivedAt === undefined ? {} : { receivedAt }) };
    return [
      ...[...report.indicators.values()].flatMap((entry) => indicatorRecord(from, entry)),
      ...[...report.tasks.values()].flatMap((entry) => taskRecord(from, entry)),
    ];
  });
  const province = { period, unitId: PROVINCE_UNIT_ID, unitName: historyTexts.provinceName };
  const provinceRows: HistoryRecord[] = [
    ...consolidation.indicators.map((indicator) => ({
      ...province,
      kind: "indicator" as const,
      itemId: indicator.id,
      ...(indicator.value === undefined ? {} : { value: indicator.value }),
      text: indicator.display,
      status: summaryTexts.verdicts[indicator.met],
    })),
    ...consolidation.tasks.map((task) => ({
      ...province,
      kind: "task" as const,
      itemId: task.id,
      text: "",
      status: task.statusText,
    })),
  ];
  return [...unitRows, ...provinceRows];
}

type RecordBase = Pick<HistoryRecord, "period" | "unitId" | "unitName" | "file" | "receivedAt">;

/** An entry that says nothing (no number, no fraction, no text) is no record. */
function indicatorRecord(base: RecordBase, entry: IndicatorOutcome): HistoryRecord[] {
  const value = entry.value?.number;
  const numerator = entry.numerator ?? entry.value?.numerator;
  const denominator = entry.denominator ?? entry.value?.denominator;
  const text = entry.value?.raw ?? "";
  if (value === undefined && numerator === undefined && denominator === undefined && text === "") return [];
  return [
    {
      ...base,
      kind: "indicator",
      itemId: entry.indicatorId,
      ...(value === undefined ? {} : { value }),
      ...(numerator === undefined ? {} : { numerator }),
      ...(denominator === undefined ? {} : { denominator }),
      text,
      cell: `${entry.cell.sheet}!${entry.cell.cell}`,
    },
  ];
}

/** A composite deadline's parts follow their task's row, each with its status ("NV.I.8#1"), as the form asks them. */
function taskRecord(base: RecordBase, entry: TaskOutcome): HistoryRecord[] {
  if (entry.status === undefined && entry.progress === undefined && !entry.description) return [];
  const row = { ...base, kind: "task" as const, text: "", cell: `${entry.cell.sheet}!${entry.cell.cell}` };
  return [
    {
      ...row,
      itemId: entry.taskId,
      status: taskStatusTexts[entry.status ?? "unreported"],
      ...(entry.progress === undefined ? {} : { progress: entry.progress }),
    },
    ...(entry.partStatuses ?? []).map((status, index) => ({
      ...row,
      itemId: partRowId(entry.taskId, index),
      status: taskStatusTexts[status ?? "unreported"],
    })),
  ];
}
