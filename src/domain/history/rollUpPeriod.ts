/**
 * A quarter's, half-year's or year's report made from the months recorded in the history, without a second round
 * of forms. Every figure on the form is "lũy kế đến kỳ báo cáo" (a count since January, a rate as it stands), so a
 * unit's figure for the span is its latest one in the span, never the months added up (April's documents would be
 * counted three times in the quarter); the province's figure is then made from the units' by each indicator's
 * rule, as the monthly consolidation makes it: Σ over units for counts, Σ Tử số ÷ Σ Mẫu số for rates, the lead's
 * figure, the share of units or the figure per population. A task stands at each unit's latest status in the span.
 */
import { formRecipients } from "../forms/formFiles";
import { catalogInForce, judgingDay } from "../catalog/catalogInForce";
import type { Catalog } from "../catalog/types";
import { buildRegister } from "../consolidation/buildRegister";
import { computeCompleteness } from "../consolidation/completeness";
import type { Consolidation, FileOutcome, RegisterRow } from "../consolidation/types";
import { unitDirectory } from "../consolidation/unitDirectory";
import { periodLabel, reportDeadline } from "../language/parsePeriod";
import type { IsoDate, Period } from "../language/types";
import { consolidateAndReport } from "../report/reportConsolidation";
import { reportRolledUp } from "../report/rolledUpReport";
import { failure, success, type ParseResult } from "../result";
import { historyTexts } from "../texts/history";
import { compareWithPrevious } from "./compareWithPrevious";
import { historyRecords } from "./historyRecords";
import { monthsOf, previousPeriod } from "./periodHistory";
import { measuresOf, recordedIndicator, recordedTasks, type Measures } from "./recordedOutcomes";
import type { CarriedUnit, HistoryRecord } from "./types";
import { latestRecordedReport, type RecordedReport } from "./latestRecordedReport";
import { recordsByUnit } from "./unitLineage";

export interface RolledUpPeriod {
  consolidation: Consolidation;
  /** One file per unit that reported in the span: its latest month's, as recorded. */
  files: FileOutcome[];
  /** The span's months found in the history, in time order. */
  months: Period[];
  /** The span's months the history lacks: the figures then stand as of the last month found. */
  missingMonths: Period[];
}

/**
 * Fails, saying why, for a month (made from the units' files) and for a span with no month recorded. Beside the
 * period before it (quý I for quý II) rolled up the same way, when the history holds any of its months.
 */
export function rollUpPeriod(
  catalog: Catalog,
  period: Period,
  asOf: IsoDate,
  records: HistoryRecord[],
): ParseResult<RolledUpPeriod> {
  const rolled = rollUp(catalog, period, asOf, records);
  if (!rolled.ok) return rolled;
  const before = rollUp(catalog, previousPeriod(period), asOf, records);
  if (!before.ok) return rolled;
  // The period before as the history would hold it: its province rows, which compareWithPrevious reads.
  const beforeRows = historyRecords(catalog, before.value.consolidation, []);
  const compared = compareWithPrevious(rolled.value.consolidation, beforeRows);
  return success({ ...rolled.value, consolidation: compared });
}

function rollUp(
  catalog: Catalog,
  period: Period,
  asOf: IsoDate,
  records: HistoryRecord[],
): ParseResult<RolledUpPeriod> {
  const label = periodLabel(period);
  if (period.kind === "month") return failure("rollup.month", historyTexts.rollUp.monthIsNoRollUp(label));
  const span = monthsOf(period);
  const recorded = new Set(records.map((record) => record.period));
  const months = span.filter((month) => recorded.has(month.code));
  const missingMonths = span.filter((month) => !recorded.has(month.code));
  const latest = months[months.length - 1];
  if (!latest) return failure("rollup.no_months", historyTexts.rollUp.noMonths(label, span.map(periodLabel)));

  // Judged like a month: by the catalog in force on the judging day (targets, units, names). The records are read
  // with the whole catalog, whose items are every one the span's months may have had, and whose mergers lead a
  // merged unit's months to the unit in force.
  const day = judgingDay(period, asOf);
  const inForce = catalogInForce(catalog, day);
  const latestReports = latestReportOfEachUnit(catalog, day, records, months);
  const measures = measuresOf(catalog);
  const files = latestReports.map((report) => fileOf(report, measures, report.period.code !== latest.code));
  const alone = consolidateAndReport({ catalog, period, asOf, files });
  const carried: CarriedUnit[] = latestReports.flatMap((report) =>
    report.period.code === latest.code ? [] : [{ unitId: report.unitId, period: report.period }],
  );
  const register = registerOfLastMonth(inForce, period, files, carried);
  const completeness = computeCompleteness(register);
  const consolidation = reportRolledUp(inForce, alone, { register, completeness, carried, months, missingMonths });
  return success({ consolidation, files, months, missingMonths });
}

/** Who reported in the last month found; a unit counted with an earlier month's figures is marked with that month. */
function registerOfLastMonth(
  catalog: Catalog,
  period: Period,
  files: FileOutcome[],
  carried: CarriedUnit[],
): RegisterRow[] {
  const from = new Map(carried.map((unit) => [unit.unitId, unit.period.code]));
  const current = files.filter((file) => file.unitId === undefined || !from.has(file.unitId));
  const recipients = formRecipients(catalog);
  return buildRegister(unitDirectory(catalog), period, current, recipients).map((row): RegisterRow => {
    const month = from.get(row.unitId);
    return month ? { ...row, carriedFrom: month } : row;
  });
}

/**
 * Each unit in force on `day` with rows in the span, from its latest month there, in register order. A unit others
 * were merged into takes their months before the merger as its own, combined with its own (see
 * latestRecordedReport); the units merged are not counted apart, so no month is counted twice.
 */
function latestReportOfEachUnit(
  catalog: Catalog,
  day: IsoDate,
  records: HistoryRecord[],
  months: Period[],
): RecordedReport[] {
  const index = recordsByUnit(records);
  const latestFirst = [...months].reverse();
  return unitDirectory(catalogInForce(catalog, day)).ordered.flatMap(
    (unit) => latestRecordedReport(catalog, index, unit.id, latestFirst, day) ?? [],
  );
}

/** The unit's recorded month as the accepted file it was; figures of a month before the last found are estimates. */
function fileOf(report: RecordedReport, measures: Measures, carried: boolean): FileOutcome {
  const use = carried ? { estimate: true, carriedFrom: report.period.code } : { estimate: false };
  const { source } = report;
  return {
    file: source.file ?? "",
    unitId: report.unitId,
    // A row an officer typed without a time is taken as received on the day reports were due.
    receivedAt: source.receivedAt ?? reportDeadline(report.period),
    status: "accepted",
    errors: 0,
    warnings: 0,
    indicators: report.records
      .filter((record) => record.kind === "indicator" && measures.has(record.itemId))
      .map((record) => recordedIndicator(record, measures, use)),
    tasks: recordedTasks(report.records.filter((record) => record.kind === "task")),
  };
}
