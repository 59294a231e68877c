/**
 * The annual report's verdict on the targets: before the year closes, a figure below its target is progress; at the
 * year's end it is the year's result, said in the report as met or not met.
 */
import type { Catalog } from "../catalog/types";
import type { Consolidation, ReportSection } from "../consolidation/types";
import { historyTexts } from "../texts/history";
import { reportSectionTexts } from "../texts/report";

/** The totals, then each target not met with its figure, then the indicators without a figure, in catalog order. */
export function yearResultSection(catalog: Catalog, consolidation: Consolidation): ReportSection {
  const texts = historyTexts.rollUp;
  const indicators = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
  const results = consolidation.indicators;
  const count = (verdict: string) => results.filter((result) => result.met === verdict).length;
  const notMet = results.filter((result) => result.met === "not_met");
  const noData = results.filter((result) => result.met === "no_data");
  const name = (id: string) => indicators.get(id)?.name ?? id;
  return {
    id: "indicators",
    heading: reportSectionTexts.headings.indicators,
    sentences: [
      {
        text: texts.yearTotals(consolidation.period.year, count("met"), notMet.length, noData.length, results.length),
      },
      ...notMet.map((result) => ({
        text: texts.notMet(name(result.id), result.display, indicators.get(result.id)?.target2026 ?? ""),
      })),
      ...(noData.length === 0 ? [] : [{ text: texts.noData(noData.map((result) => name(result.id))) }]),
    ],
  };
}
