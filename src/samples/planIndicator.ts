/** What a unit writes for one indicator: the report's figure where the unit speaks for the province, else its own. */
import type { Indicator, Unit } from "../domain/catalog/types";
import type { ParsedValue } from "../domain/language/types";
import type { Random } from "./random";
import { parsedReportValue, reportCellValue } from "./reportValues";
import type { IndicatorPlan } from "./samplePlan";
import { indicatorTexts } from "../domain/texts/samples";

export interface IndicatorSampling {
  /** The May 2026 report's printed value per indicator id. */
  reportValues: Record<string, string>;
  /** Lead units among the sampled units, per indicator id. */
  leads: Map<string, string[]>;
  /** A summed report figure split among the units that send: indicator id → unit id → count. */
  sumShares: Map<string, Map<string, number>>;
}

/** Staff counts, the denominators of the rates: a sở has 20–400 officials, a commune 15–60. */
const DENOMINATOR_RANGE = { so: [20, 400], xa: [15, 60], other: [10, 100] } as const;

export function planIndicator(
  indicator: Indicator,
  unit: Unit,
  sampling: IndicatorSampling,
  random: Random,
): IndicatorPlan {
  const reportText = sampling.reportValues[indicator.id];
  const reported = reportText === undefined ? undefined : parsedReportValue(reportText);
  const isLead = sampling.leads.get(indicator.id)?.includes(unit.id) ?? false;
  switch (indicator.aggregation.rule) {
    case "ratio":
      return ratioPlan(
        indicator,
        unit,
        reportText,
        reported,
        isLead && sampling.leads.get(indicator.id)?.length === 1,
        random,
      );
    case "lead_value":
      return isLead && reportText !== undefined
        ? { result: reportCellValue(reportText) }
        : ownFigure(indicator, random);
    case "sum":
    case "per_population":
      if (isLead && reported?.reason) return { result: reportText };
      return isLead && reported
        ? sumShare(sampling.sumShares.get(indicator.id)?.get(unit.id) ?? 0, reported)
        : ownFigure(indicator, random);
    case "share_of_units":
      if (!isLead || reported?.number === undefined) return ownFigure(indicator, random);
      return random.chance(reported.number / 100) ? { result: 100 } : ownFigure(indicator, random);
  }
}

/**
 * Rates are entered as Tử số / Mẫu số spread around the report's figure, so Σ÷Σ lands near it; the only lead of a
 * rate writes a fraction that rounds to the figure exactly. A reason printed by the report is every unit's reason.
 */
function ratioPlan(
  indicator: Indicator,
  unit: Unit,
  reportText: string | undefined,
  reported: ParsedValue | undefined,
  soleLead: boolean,
  random: Random,
): IndicatorPlan {
  if (reported?.reason && reportText !== undefined) return { result: reportText };
  const center = reported?.number ?? targetCenter(indicator);
  const [low, high] = DENOMINATOR_RANGE[unit.group];
  const denominator = random.int(low, high);
  const fraction = soleLead ? exactFraction(center, denominator) : spreadFraction(center, denominator, random);
  return { ...fraction, ...(reported?.flags.estimate ? { note: indicatorTexts.estimateNote } : {}) };
}

function spreadFraction(
  center: number,
  denominator: number,
  random: Random,
): { numerator: number; denominator: number } {
  const percent = clampPercent(center + spread(center) * random.gauss());
  // Rounding up with the probability of the fraction keeps the average on the centre even for 1% of 15 people.
  const exact = (percent * denominator) / 100;
  const numerator = Math.min(denominator, Math.floor(exact) + (random.chance(exact % 1) ? 1 : 0));
  return { numerator, denominator };
}

/** The smallest denominator from `start` whose nearest numerator rounds to the figure as the report printed it. */
function exactFraction(figure: number, start: number): { numerator: number; denominator: number } {
  const decimals = (String(figure).split(".")[1] ?? "").length;
  for (let denominator = start; ; denominator++) {
    const numerator = Math.round((figure * denominator) / 100);
    if (((numerator / denominator) * 100).toFixed(decimals) === figure.toFixed(decimals))
      return { numerator, denominator };
  }
}

function sumShare(count: number, reported: ParsedValue): IndicatorPlan {
  return { result: reported.flags.cumulative && count > 0 ? indicatorTexts.cumulative(count) : count };
}

/** A unit's own figure: a percent near the target, or a small count. */
function ownFigure(indicator: Indicator, random: Random): IndicatorPlan {
  if (indicator.measure !== "percent") return { result: random.int(0, 5) };
  const center = targetCenter(indicator);
  return { result: Math.round(clampPercent(center + spread(center) * random.gauss()) * 10) / 10 };
}

function targetCenter(indicator: Indicator): number {
  const target = indicator.target;
  return target && target.value <= 100 ? target.value : 80;
}

/** Wide for mid-range rates, narrow near 0 and 100 so few values pile up at the bounds. */
function spread(center: number): number {
  return Math.max(0.5, Math.min(8, (100 - center) / 2, center / 2));
}

function clampPercent(percent: number): number {
  return Math.min(100, Math.max(0, percent));
}
