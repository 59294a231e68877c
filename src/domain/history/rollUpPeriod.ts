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
import { consolidate } from "../consolidation/consolidate";
import type { Consolidation, FileOutcome, RegisterRow, ReportSection } from "../consolidation/types";
import { unitDirectory } from "../consolidation/unitDirectory";
import { periodLabel, reportDeadline } from "../language/parsePeriod";
import type { IsoDate, Period } from "../language/types";
import { completenessSentence, lateSentence } from "../report/completenessSentence";
import { SECTION_ORDER } from "../report/reportSections";
import { failure, success, type ParseResult } from "../result";
import { historyTexts } from "../texts/history";
import { carriedSentence } from "./consolidateWithHistory";
import { compareWithPrevious } from "./compareWithPrevious";
import { historyRecords } from "./historyRecords";
import { monthsOf, previousPeriod } from "./periodHistory";
import { measuresOf, recordedIndicator, recordedTask, type Measures } from "./recordedOutcomes";
import type { CarriedUnit, HistoryRecord } from "./types";
import { latestRecordedReport, type RecordedReport } from "./latestRecordedReport";
import { recordsByUnit } from "./unitLineage";
import { yearResultSection } from "./yearResult";

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
  const alone = consolidate({ catalog, period, asOf, files });
  const carried: CarriedUnit[] = latestReports.flatMap((report) =>
    report.period.code === latest.code ? [] : [{ unitId: report.unitId, period: report.period }],
  );
  const register = registerOfLastMonth(inForce, period, files, carried);
  const completeness = computeCompleteness(register);
  const late = lateSentence(register, period);
  const names = new Map(inForce.units.map((unit) => [unit.id, unit.name]));
  const carriedLine = carried.length === 0 ? undefined : carriedSentence(carried, names);
  const monthLabels = months.map(periodLabel);
  const { lateSentence: _monthly, ...rest } = alone;
  const consolidation: Consolidation = {
    ...rest,
    register,
    completeness,
    completenessSentence: completenessSentence(completeness),
    // The history keeps no documents: "các đơn vị chưa báo cáo văn bản" would be untrue, the months' Phụ lục I list them.
    documentsSentence: historyTexts.rollUp.documents(label, monthLabels),
    ...(late === undefined ? {} : { lateSentence: late }),
    ...(carriedLine === undefined ? {} : { carriedSentence: carriedLine }),
    rolledUpFrom: {
      months: months.map((month) => month.code),
      missingMonths: missingMonths.map((month) => month.code),
      sentence: historyTexts.rollUp.span(label, monthLabels, missingMonths.map(periodLabel)),
    },
  };
  const completenessLines = [
    consolidation.completenessSentence,
    late,
    consolidation.rolledUpFrom?.sentence,
    carriedLine,
  ];
  const sections = alone.reportSections.map((section): ReportSection => {
    if (section.id === "completeness") {
      return { ...section, sentences: completenessLines.flatMap((text) => (text === undefined ? [] : [{ text }])) };
    }
    const documents = (text: string) => (text === alone.documentsSentence ? consolidation.documentsSentence : text);
    return {
      ...section,
      sentences: section.sentences.map((sentence) => ({ ...sentence, text: documents(sentence.text) })),
    };
  });
  const withYear = period.kind === "year" ? withSection(sections, yearResultSection(inForce, consolidation)) : sections;
  return success({ consolidation: { ...consolidation, reportSections: withYear }, files, months, missingMonths });
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
    tasks: report.records.filter((record) => record.kind === "task").map(recordedTask),
  };
}

/** The sections with one more, in the report's order. */
function withSection(sections: ReportSection[], added: ReportSection): ReportSection[] {
  const order = (section: ReportSection) => SECTION_ORDER.indexOf(section.id);
  return [...sections, added].sort((a, b) => order(a) - order(b));
}
