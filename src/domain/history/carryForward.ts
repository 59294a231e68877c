/** Figures of units missing this period, taken from their last report of the year and marked as such. */
import type { Catalog } from "../catalog/types";
import type { IndicatorOutcome } from "../consolidation/types";
import { unitDirectory } from "../consolidation/unitDirectory";
import type { UnitReport } from "../consolidation/unitReports";
import { parseValue } from "../language/parseValue";
import type { ParsedValue, Period } from "../language/types";
import { earlierPeriodsOfYear, recordsOfPeriod } from "./periodHistory";
import type { CarriedUnit, HistoryRecord } from "./types";

export interface CarriedReports {
  /** One report per unit carried, holding its indicators only: a task's status is this period's news or nothing. */
  reports: Map<string, UnitReport>;
  /** In register order. */
  units: CarriedUnit[];
}

/**
 * Every figure on the form is "lũy kế đến kỳ báo cáo" (a count so far, or a rate as it stands), so a unit's last
 * figure still holds when it sends nothing, until the year ends: cumulative counts start again in January.
 * A unit with an accepted report this period carries nothing, even for an indicator it left empty.
 */
export function carryForward(
  catalog: Catalog,
  period: Period,
  records: HistoryRecord[],
  reported: ReadonlySet<string>,
): CarriedReports {
  const earlier = earlierPeriodsOfYear(records, period);
  const measures = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator.measure]));
  const reports = new Map<string, UnitReport>();
  const units: CarriedUnit[] = [];
  for (const unit of unitDirectory(catalog).ordered) {
    if (reported.has(unit.id)) continue;
    for (const from of earlier) {
      const own = recordsOfPeriod(records, from.code).filter(
        (record) => record.unitId === unit.id && record.kind === "indicator" && measures.has(record.itemId),
      );
      if (own.length === 0) continue;
      const indicators = new Map(own.map((record) => [record.itemId, carriedEntry(record, measures)]));
      reports.set(unit.id, { unitId: unit.id, file: own[0].file ?? "", indicators, tasks: new Map(), documents: [] });
      const receivedAt = own[0].receivedAt;
      units.push({ unitId: unit.id, period: from, ...(receivedAt === undefined ? {} : { receivedAt }) });
      break;
    }
  }
  return { reports, units };
}

function carriedEntry(record: HistoryRecord, measures: Map<string, ParsedValue["unit"]>): IndicatorOutcome {
  const value = carriedValue(record, measures.get(record.itemId));
  const [sheet, cell] = splitCell(record.cell);
  return {
    indicatorId: record.itemId,
    ...(value ? { value } : {}),
    ...(record.numerator === undefined ? {} : { numerator: record.numerator }),
    ...(record.denominator === undefined ? {} : { denominator: record.denominator }),
    // Last period's figure stands for this period's: the province's figure made with it prints "Ước …".
    estimate: true,
    cell: { sheet, cell },
    carriedFrom: record.period,
  };
}

/** The text as the unit wrote it, read again for its flags and reason; the recorded number wins over the text's. */
function carriedValue(record: HistoryRecord, measure: ParsedValue["unit"] | undefined): ParsedValue | undefined {
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
