/** The province's figure for every indicator (the report's Phụ lục II column "Kết quả thực hiện chỉ tiêu"). */
import type { Catalog, Indicator, Population } from "../catalog/types";
import { valueTexts } from "../texts/values";
import { indicatorDisplay } from "../language/indicatorDisplay";
import { aggregateIndicator, type UnitIndicatorEntry } from "./aggregateIndicator";
import { leadUnits } from "./leadUnits";
import { mostCommonReason } from "./mostCommonReason";
import { targetVerdict } from "./targetVerdict";
import type { ConsolidatedIndicator, Source } from "./types";
import { reportedEntries, type UnitReport } from "./unitReports";

/** Headings (CDS.II.8) carry no figure and are left out; the rest keep catalog order. */
export function consolidateIndicators(
  catalog: Catalog,
  reports: Map<string, UnitReport>,
  formUnits: Map<string, string[]>,
): ConsolidatedIndicator[] {
  return catalog.indicators
    .filter((indicator) => !indicator.isHeading)
    .map((indicator) => {
      const expected = expectedUnits(indicator, formUnits.get(indicator.id) ?? []);
      const entries = entriesFrom(expected, reports, indicator.id);
      return consolidateIndicator(indicator, entries, expected, catalog.population);
    });
}

/**
 * Everyone whose form carries the indicator, except where the figure is about the lead units alone: the lead's
 * own value, and the share of units meeting the target ("Tỷ lệ chính quyền xã, phường …" is a share of the 75
 * xã, phường, not of the sở that coordinates it).
 */
function expectedUnits(indicator: Indicator, formUnits: string[]): string[] {
  const rule = indicator.aggregation.rule;
  return rule === "lead_value" || rule === "share_of_units" ? leadUnits(indicator, formUnits) : formUnits;
}

function entriesFrom(unitIds: string[], reports: Map<string, UnitReport>, indicatorId: string): UnitIndicatorEntry[] {
  return reportedEntries(unitIds, reports, (report) => report.indicators.get(indicatorId));
}

function consolidateIndicator(
  indicator: Indicator,
  entries: UnitIndicatorEntry[],
  expectedUnitIds: string[],
  population?: Population,
): ConsolidatedIndicator {
  const expected = expectedUnitIds.length;
  const aggregate = aggregateIndicator(indicator, entries, expected, population);
  const { figure, reporting, reportingUnitIds, contributions } = aggregate;
  const reported = new Set(reportingUnitIds);
  const missingUnitIds = expectedUnitIds.filter((unitId) => !reported.has(unitId));
  const missingReasons = reasonsOf(entries, reported);
  if (!figure) {
    const reason = aggregate.reason ?? mostCommonReason(entries.map(({ entry }) => entry)) ?? valueTexts.noData;
    const explained = entries.filter(({ entry }) => entry.value?.number === undefined && entry.value?.reason);
    return {
      id: indicator.id,
      display: reason,
      met: "no_data",
      reason,
      reporting,
      expected,
      missingUnitIds,
      ...missingReasons,
      estimate: false,
      sources: aggregate.reason
        ? contributions.map(({ from, text }) => source(from, text))
        : explained.map((from) => source(from, from.entry.value?.raw ?? "")),
    };
  }
  const verdict = targetVerdict(indicator, figure);
  return {
    id: indicator.id,
    value: figure.number,
    display: indicatorDisplay(figure),
    met: verdict.status,
    ...(verdict.status === "no_data" ? { reason: verdict.reason } : {}),
    reporting,
    expected,
    missingUnitIds,
    ...missingReasons,
    estimate: figure.flags.estimate,
    sources: contributions.map(({ from, text }) => source(from, text)),
  };
}

/** The reasons for no number of the units left out of the figure: the working sheet names them beside the unit. */
function reasonsOf(entries: UnitIndicatorEntry[], reported: Set<string>): { missingReasons?: Record<string, string> } {
  const reasons = entries.flatMap(({ unitId, entry }) =>
    !reported.has(unitId) && entry.value?.number === undefined && entry.value?.reason
      ? [[unitId, entry.value.raw] as const]
      : [],
  );
  return reasons.length === 0 ? {} : { missingReasons: Object.fromEntries(reasons) };
}

function source({ unitId, file, entry }: UnitIndicatorEntry, text: string): Source {
  return { unitId, file, cell: entry.cell, text, ...(entry.carriedFrom ? { carriedFrom: entry.carriedFrom } : {}) };
}
