/** A unit's recorded rows read back as what its file gave: the outcomes consolidation is made from. */
import type { Catalog } from "../catalog/types";
import type { IndicatorOutcome, TaskOutcome } from "../consolidation/types";
import { readPartRowId } from "../forms/taskPartRows";
import { parseValue } from "../language/parseValue";
import type { ParsedValue, TaskStatus } from "../language/types";
import { taskStatusTexts } from "../texts/report";
import type { HistoryRecord } from "./types";

/** Each indicator's measure, which reading a recorded text again needs. */
export type Measures = Map<string, ParsedValue["unit"]>;

export function measuresOf(catalog: Catalog): Measures {
  return new Map(catalog.indicators.map((indicator) => [indicator.id, indicator.measure]));
}

/** How the entry stands for the period it is used in: `carriedFrom` set when it is an earlier period's figure. */
export interface RecordUse {
  estimate: boolean;
  carriedFrom?: string;
}

export function recordedIndicator(record: HistoryRecord, measures: Measures, use: RecordUse): IndicatorOutcome {
  const value = recordedValue(record, measures.get(record.itemId));
  const [sheet, cell] = splitCell(record.cell);
  return {
    indicatorId: record.itemId,
    ...(value ? { value } : {}),
    ...(record.numerator === undefined ? {} : { numerator: record.numerator }),
    ...(record.denominator === undefined ? {} : { denominator: record.denominator }),
    estimate: use.estimate || value?.flags.estimate === true,
    cell: { sheet, cell },
    ...(use.carriedFrom === undefined ? {} : { carriedFrom: use.carriedFrom }),
  };
}

/** A unit's task rows as outcomes, a composite deadline's part rows ("NV.I.8#1") folded into their task's. */
export function recordedTasks(records: HistoryRecord[]): TaskOutcome[] {
  const parts = new Map<string, (TaskStatus | undefined)[]>();
  for (const record of records) {
    const part = readPartRowId(record.itemId);
    if (!part) continue;
    const statuses = parts.get(part.taskId) ?? [];
    statuses[part.index] = taskStatusOfText(record.status);
    parts.set(part.taskId, statuses);
  }
  return records
    .filter((record) => !readPartRowId(record.itemId))
    .map((record) => {
      const outcome = recordedTask(record);
      const partStatuses = parts.get(outcome.taskId);
      // Array.from fills a part missing from the records with undefined, as a part not reported.
      return partStatuses ? { ...outcome, partStatuses: Array.from(partStatuses) } : outcome;
    });
}

function recordedTask(record: HistoryRecord): TaskOutcome {
  const status = taskStatusOfText(record.status);
  const [sheet, cell] = splitCell(record.cell);
  return {
    taskId: record.itemId,
    ...(status === undefined ? {} : { status }),
    ...(record.progress === undefined ? {} : { progress: record.progress }),
    cell: { sheet, cell },
  };
}

const STATUS_OF_TEXT = new Map(
  (Object.entries(taskStatusTexts) as [TaskStatus | "unreported", string][]).map(([status, text]) => [text, status]),
);

/** "Đã hoàn thành" → done; "Chưa có báo cáo", an officer's own word or nothing → undefined. */
export function taskStatusOfText(text: string | undefined): TaskStatus | undefined {
  const status = text === undefined ? undefined : STATUS_OF_TEXT.get(text);
  return status === "unreported" ? undefined : status;
}

/** The text as the unit wrote it, read again for its flags and reason; the recorded number wins over the text's. */
function recordedValue(record: HistoryRecord, measure: ParsedValue["unit"] | undefined): ParsedValue | undefined {
  const parsed = parseValue(record.text, measure ? { measure } : {});
  const number = record.value === undefined ? {} : { number: record.value };
  if (parsed.ok) return { ...parsed.value, ...number };
  if (record.value === undefined) return undefined;
  return { raw: record.text, unit: measure ?? "none", flags: { estimate: false, cumulative: false }, ...number };
}

/** "Chỉ tiêu!F7" → ["Chỉ tiêu", "F7"]; the sheet name itself may hold "!" only before the last one. */
function splitCell(ref: string | undefined): [string, string] {
  if (!ref) return ["", ""];
  const at = ref.lastIndexOf("!");
  return at === -1 ? ["", ref] : [ref.slice(0, at), ref.slice(at + 1)];
}
