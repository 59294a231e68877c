/**
 * The records of a unit and of the units merged into it, read as the one unit's report: each item the parts share
 * combined by its rule where a combination means something, left out where it does not (no figure rather than a
 * wrong one).
 */
import type { AggregationRule, Catalog, Indicator } from "../catalog/types";
import { aggregateIndicator } from "../consolidation/aggregateIndicator";
import { taskStatusTexts } from "../texts/report";
import { measuresOf, recordedIndicator, taskStatusOfText, type Measures } from "./recordedOutcomes";
import type { HistoryRecord } from "./types";
import type { RecordedPart } from "./unitLineage";

/**
 * One record per item, under `unitId`. A single part is returned as recorded. Items in one part only are that part's;
 * items in several are combined (see combinedIndicator, combinedTask).
 */
export function combinedRecords(catalog: Catalog, unitId: string, parts: RecordedPart[]): HistoryRecord[] {
  if (parts.length <= 1) return parts[0]?.records ?? [];
  const indicators = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
  const measures = measuresOf(catalog);
  const byItem = new Map<string, HistoryRecord[]>();
  for (const record of parts.flatMap((part) => part.records)) {
    const key = `${record.kind}\u001f${record.itemId}`;
    byItem.set(key, [...(byItem.get(key) ?? []), record]);
  }
  return [...byItem.values()].flatMap((group): HistoryRecord[] => {
    if (group.length === 1) return group;
    const [first] = group;
    const indicator = indicators.get(first.itemId);
    const combined =
      first.kind === "task" ? combinedTask(group) : indicator && combinedIndicator(indicator, group, measures);
    return combined ? [{ ...combined, unitId }] : [];
  });
}

/**
 * Figures combined as the province combines units', so the province's figure is the same whether the units are
 * counted apart or as the one they became: counts (and the counts of a figure per population) are summed; rates are
 * Σ Tử số ÷ Σ Mẫu số over the parts that gave both, a part with a bare rate adding nothing to it. A lead's figure and a
 * unit's own value judged against the target (share of units) do not add up: with two parts giving a number there
 * is none.
 */
function combinedIndicator(
  indicator: Indicator,
  group: HistoryRecord[],
  measures: Measures,
): HistoryRecord | undefined {
  const { rule } = indicator.aggregation;
  if (rule === "lead_value" || rule === "share_of_units") {
    const numbered = group.filter((record) => record.value !== undefined);
    return numbered.length === 1 ? numbered[0] : undefined;
  }
  const entries = group.map((record) => ({
    unitId: record.unitId,
    file: record.file ?? "",
    entry: recordedIndicator(record, measures, { estimate: false }),
  }));
  const unitRule: AggregationRule = rule === "ratio" ? "ratio" : "sum";
  const asUnits = { ...indicator, aggregation: { ...indicator.aggregation, rule: unitRule } };
  const { figure, contributions } = aggregateIndicator(asUnits, entries, entries.length);
  if (!figure) return undefined;
  const [first] = group;
  const { numerator: _n, denominator: _d, ...rest } = first;
  if (rule !== "ratio") return { ...rest, value: figure.number, text: figure.raw };
  const sumOf = (part: (entry: (typeof entries)[number]["entry"]) => number | undefined) =>
    contributions.reduce((total, { from }) => total + (part(from.entry) ?? 0), 0);
  return {
    ...rest,
    value: figure.number,
    numerator: sumOf((entry) => entry.numerator ?? entry.value?.numerator),
    denominator: sumOf((entry) => entry.denominator ?? entry.value?.denominator),
    text: figure.raw,
  };
}

/**
 * A task stands where every part stands; parts that differ make it under way for the unit they became when any of
 * them has begun ("Đang thực hiện": done by one commune is not done by the merged one), not begun otherwise.
 */
function combinedTask(group: HistoryRecord[]): HistoryRecord {
  const [first] = group;
  const statuses = new Set(group.map((record) => taskStatusOfText(record.status)));
  if (statuses.size === 1) return first;
  const begun = statuses.has("done") || statuses.has("in_progress");
  const { progress: _progress, ...rest } = first;
  return { ...rest, status: taskStatusTexts[begun ? "in_progress" : "not_started"] };
}
