/** Units' entries combined into the province's figure by the indicator's rule (Indicator.aggregation). */
import type { Indicator, Population } from "../catalog/types";
import type { MeasureUnit, ParsedValue, ValueFlags } from "../language/types";
import { formatVietnameseNumber, shiftDecimalPoint } from "../language/vietnameseNumber";
import { indicatorDisplay } from "../language/indicatorDisplay";
import { indicatorTexts } from "../texts/report";
import { targetVerdict } from "./targetVerdict";
import type { IndicatorOutcome } from "./types";
import type { ReportedEntry } from "./unitReports";

export type UnitIndicatorEntry = ReportedEntry<IndicatorOutcome>;

export type Figure = ParsedValue & { number: number };

export interface Aggregate {
  /** Absent when no unit gave a usable number. */
  figure?: Figure;
  /** Units that gave a usable number. */
  reporting: number;
  /** Those units' ids, so the units still missing can be named. */
  reportingUnitIds: string[];
  /** The entries the figure was made from, each with what it contributed ("45/50", "Ước 99,8%"). */
  contributions: { from: UnitIndicatorEntry; text: string }[];
  /** Why there is no figure although units gave numbers (no population to divide by), in Vietnamese. */
  reason?: string;
}

/**
 * `entries` come in the order the units are expected; `expected` counts the units, reported or not; `population`
 * is the catalog's, for the indicators counted per population.
 */
export function aggregateIndicator(
  indicator: Indicator,
  entries: UnitIndicatorEntry[],
  expected: number,
  population?: Population,
): Aggregate {
  switch (indicator.aggregation.rule) {
    case "lead_value":
      return leadValue(entries);
    case "ratio":
      return ratio(entries);
    case "sum":
      return sum(entries, indicator.measure);
    case "share_of_units":
      return shareOfUnits(entries, expected, (value) => targetVerdict(indicator, value).status === "met");
    case "per_population":
      return perPopulation(entries, indicator, population);
  }
}

/** The plan prints last year's researchers per 10 000 people as "7,26". */
const PER_POPULATION_DECIMALS = 2;

/**
 * Σ units' counts ÷ the province's population × the people the name counts per: 510 researchers among 1 248 415
 * people are 4,09 per 10 000, and the verdict is taken on that printed figure.
 */
function perPopulation(entries: UnitIndicatorEntry[], indicator: Indicator, population?: Population): Aggregate {
  const counted = sum(entries, indicator.measure);
  if (!counted.figure) return counted;
  const { figure, ...rest } = counted;
  if (!population || population.people <= 0 || indicator.perPeople === undefined)
    return { ...rest, reason: indicatorTexts.noPopulation(formatVietnameseNumber(figure.number)) };
  const rate = toReportDecimals((figure.number / population.people) * indicator.perPeople, PER_POPULATION_DECIMALS);
  return { ...rest, figure: computedFigure(rate, indicator.measure, figure.flags) };
}

/** The first lead (in the order the plan names them) that gave a number speaks for the province. */
function leadValue(entries: UnitIndicatorEntry[]): Aggregate {
  const numbered = withNumber(entries);
  const lead = numbered[0];
  if (!lead) return { reporting: 0, reportingUnitIds: [], contributions: [] };
  return {
    figure: { ...lead.value, flags: mergedFlags([lead.from]) },
    reporting: numbered.length,
    reportingUnitIds: unitIds(numbered),
    contributions: [{ from: lead.from, text: lead.value.raw }],
  };
}

/** Σ Tử số ÷ Σ Mẫu số × 100 over the units that gave both, so a big commune weighs more than a small one. */
function ratio(entries: UnitIndicatorEntry[]): Aggregate {
  const fractions = entries.flatMap((from) => {
    const numerator = from.entry.numerator ?? from.entry.value?.numerator;
    const denominator = from.entry.denominator ?? from.entry.value?.denominator;
    return numerator !== undefined && denominator !== undefined && denominator > 0
      ? [{ from, numerator, denominator }]
      : [];
  });
  const contributions = fractions.map(({ from, numerator, denominator }) => ({
    from,
    text: `${formatVietnameseNumber(numerator)}/${formatVietnameseNumber(denominator)}`,
  }));
  const numerators = total(fractions.map((fraction) => fraction.numerator));
  const denominators = total(fractions.map((fraction) => fraction.denominator));
  const reportingUnitIds = unitIds(fractions);
  if (denominators === 0) return { reporting: fractions.length, reportingUnitIds, contributions };
  const percent = toReportDecimals(shiftDecimalPoint(numerators / denominators, 2));
  return {
    figure: computedFigure(percent, "percent", mergedFlags(contributions.map(({ from }) => from))),
    reporting: fractions.length,
    reportingUnitIds,
    contributions,
  };
}

function sum(entries: UnitIndicatorEntry[], measure: MeasureUnit): Aggregate {
  const numbered = withNumber(entries);
  if (numbered.length === 0) return { reporting: 0, reportingUnitIds: [], contributions: [] };
  const froms = numbered.map(({ from }) => from);
  return {
    figure: computedFigure(total(numbered.map(({ value }) => value.number)), measure, mergedFlags(froms)),
    reporting: numbered.length,
    reportingUnitIds: unitIds(numbered),
    contributions: numbered.map(({ from, value }) => ({ from, text: value.raw })),
  };
}

/** Share of the expected units — reported or not — whose own value meets the target. */
function shareOfUnits(entries: UnitIndicatorEntry[], expected: number, meets: (value: Figure) => boolean): Aggregate {
  const numbered = withNumber(entries);
  if (numbered.length === 0 || expected === 0) {
    return { reporting: numbered.length, reportingUnitIds: unitIds(numbered), contributions: [] };
  }
  const meeting = numbered.filter(({ value }) => meets(value)).length;
  const percent = toReportDecimals(shiftDecimalPoint(meeting / expected, 2));
  const froms = numbered.map(({ from }) => from);
  return {
    figure: computedFigure(percent, "percent", mergedFlags(froms)),
    reporting: numbered.length,
    reportingUnitIds: unitIds(numbered),
    contributions: numbered.map(({ from, value }) => ({ from, text: value.raw })),
  };
}

function withNumber(entries: UnitIndicatorEntry[]): { from: UnitIndicatorEntry; value: Figure }[] {
  return entries.flatMap((from) => {
    const value = from.entry.value;
    return value?.number === undefined ? [] : [{ from, value: { ...value, number: value.number } }];
  });
}

function unitIds(entries: { from: UnitIndicatorEntry }[]): string[] {
  return entries.map(({ from }) => from.unitId);
}

function computedFigure(number: number, unit: MeasureUnit, flags: ValueFlags): Figure {
  const figure = { raw: "", number, unit, flags };
  return { ...figure, raw: indicatorDisplay(figure) };
}

/** "Ước" and "lũy kế" carry over from any contributing value; a year only when every value names the same one. */
function mergedFlags(entries: UnitIndicatorEntry[]): ValueFlags {
  const years = new Set(entries.map(({ entry }) => entry.value?.flags.year));
  const [year] = years.size === 1 ? [...years] : [undefined];
  return {
    estimate: entries.some(({ entry }) => entry.estimate || entry.value?.flags.estimate === true),
    cumulative: entries.some(({ entry }) => entry.value?.flags.cumulative === true),
    ...(year === undefined ? {} : { year }),
  };
}

function total(numbers: number[]): number {
  // Adding decimals in binary leaves tails such as 0.30000000000000004; the seeds' figures have few decimals.
  return Number(numbers.reduce((acc, n) => acc + n, 0).toFixed(10));
}

/** The report prints computed rates with one decimal; the verdict is taken on the printed figure. */
function toReportDecimals(value: number, decimals = 1): number {
  return shiftDecimalPoint(Math.round(shiftDecimalPoint(value, decimals)), -decimals);
}
