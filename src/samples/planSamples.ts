/**
 * The sample month: what each of the 15 sở and 75 xã sends, reproducible from a seed. Lead units carry the May
 * 2026 report's values (whatever the period, so the demo reads beside that report); a few units carry the slips
 * the validator must catch (see SampleQuirk). Pure: no workbook is touched here.
 */
import type { Catalog, Unit } from "../domain/catalog/types";
import { formContentFor } from "../domain/forms/formContent";
import { reportDeadline } from "../domain/language/parsePeriod";
import type { Period } from "../domain/language/types";
import { formFileName } from "../domain/forms/formFiles";
import { applyQuirk, type QuirkContext } from "./applyQuirk";
import { assignQuirks } from "./assignQuirks";
import { planContact } from "./planContact";
import { planDocuments } from "./planDocuments";
import { planIndicator, type IndicatorSampling } from "./planIndicator";
import { planTask, type TaskSampling } from "./planTask";
import { mulberry32, randomFor, type Random } from "./random";
import { addDays, officeHoursOn } from "./receivedTimes";
import { parsedReportValue, REPORT_2026_05 } from "./reportValues";
import type { SamplePlan, SampleQuirk } from "./samplePlan";
import { indicatorTexts } from "../domain/texts/samples";

export const DEFAULT_SAMPLE_SEED = 20260514;

/** The report names another lead than the plan for these tasks (samples/data/NOTES.md); its figure comes from there. */
const REPORT_LEADS: Record<string, string[]> = { "NV.IV.1": ["so-khcn"] };

/** A report row speaks for at most this many agencies; a task led by every sở and xã is reported by each of them. */
const MAX_SPOKESPEOPLE = 4;

/** Quirks after which the unit's figures never reach the summary. */
const NOT_COUNTED: SampleQuirk[] = ["missing", "wrong_period", "edited_fixed_text"];

export function planSamples(catalog: Catalog, period: Period, seed: number = DEFAULT_SAMPLE_SEED): SamplePlan[] {
  const units = [...catalog.units.filter((u) => u.group === "so"), ...catalog.units.filter((u) => u.group === "xa")];
  const sampled = new Set(units.map((unit) => unit.id));
  const indicatorLeads = new Map(catalog.indicators.map((i) => [i.id, i.lead.unitIds.filter((id) => sampled.has(id))]));
  const carriers = taskCarriers(catalog, sampled);
  const quirks = assignQuirks(units, spokespeople(indicatorLeads, carriers), mulberry32(seed));
  const counted = new Set(
    units.filter((u) => !quirks.get(u.id)?.some((q) => NOT_COUNTED.includes(q))).map((u) => u.id),
  );
  const indicatorSampling: IndicatorSampling = {
    reportValues: REPORT_2026_05.indicators,
    leads: indicatorLeads,
    sumShares: splitSums(catalog, indicatorLeads, counted, mulberry32(seed + 1)),
  };
  const taskSampling: TaskSampling = { period, reportTasks: REPORT_2026_05.tasks, carriers };
  return units.flatMap((unit) => {
    const random = randomFor(seed, unit.id);
    const context: QuirkContext = { catalog, unit, content: formContentFor(catalog, unit.id), period, indicatorLeads };
    const plan = basePlan(unit, context, indicatorSampling, taskSampling, random);
    const unitQuirks = quirks.get(unit.id) ?? [];
    const spoiled = unitQuirks.reduce((current, quirk) => applyQuirk(current, quirk, context, random), plan);
    return unitQuirks.includes("resubmission") ? resubmitted(spoiled, context, random) : [spoiled];
  });
}

function basePlan(
  unit: Unit,
  { content, period }: QuirkContext,
  indicatorSampling: IndicatorSampling,
  taskSampling: TaskSampling,
  random: Random,
): SamplePlan {
  return {
    unitId: unit.id,
    period: period.code,
    fileName: formFileName(period, unit.id),
    receivedAt: officeHoursOn(addDays(reportDeadline(period), -random.int(0, 5)), random),
    send: true,
    contact: planContact(unit, random),
    indicators: Object.fromEntries(
      content.indicators.map((indicator) => [indicator.id, planIndicator(indicator, unit, indicatorSampling, random)]),
    ),
    tasks: Object.fromEntries(content.tasks.map((task) => [task.id, planTask(task, unit, taskSampling, random)])),
    documents: planDocuments(unit.id),
    fixedEdits: [],
    quirks: [],
  };
}

/** A first file, sent early with a rate still being counted, then the complete one that replaces it. */
function resubmitted(plan: SamplePlan, { period }: QuirkContext, random: Random): SamplePlan[] {
  const deadline = reportDeadline(period);
  const rates = Object.keys(plan.indicators).filter((id) => plan.indicators[id].denominator !== undefined);
  const unfinished = rates.length > 0 ? random.pick(rates) : undefined;
  const first: SamplePlan = {
    ...plan,
    receivedAt: officeHoursOn(addDays(deadline, -random.int(4, 5)), random),
    indicators: unfinished
      ? { ...plan.indicators, [unfinished]: { result: indicatorTexts.collecting } }
      : plan.indicators,
    quirks: [...plan.quirks.filter((quirk) => quirk !== "resubmission"), "replaced"],
  };
  const second: SamplePlan = {
    ...plan,
    fileName: plan.fileName.replace(/\.xlsx$/, "_gui-lai.xlsx"),
    receivedAt: officeHoursOn(addDays(deadline, -random.int(0, 2)), random),
  };
  return [first, second];
}

/** Per reported task, the sampled units that write the report's progress (the report's lead where it differs). */
function taskCarriers(catalog: Catalog, sampled: Set<string>): Map<string, string[]> {
  const carriers = new Map<string, string[]>();
  for (const task of catalog.tasks) {
    if (!REPORT_2026_05.tasks[task.id]) continue;
    const leads = REPORT_LEADS[task.id] ?? task.lead.unitIds.filter((id) => sampled.has(id));
    if (leads.length > 0 && leads.length <= MAX_SPOKESPEOPLE) carriers.set(task.id, leads);
  }
  return carriers;
}

/** Units whose values the report prints as the province's: kept free of slips so the demo matches the report. */
function spokespeople(indicatorLeads: Map<string, string[]>, carriers: Map<string, string[]>): Set<string> {
  const few = [...indicatorLeads.values()].filter((leads) => leads.length <= MAX_SPOKESPEOPLE).flat();
  return new Set([...few, ...[...carriers.values()].map((leads) => leads[0])]);
}

/** A summed report figure ("127") dealt out one by one among the leads whose files count, so the total matches. */
function splitSums(
  catalog: Catalog,
  indicatorLeads: Map<string, string[]>,
  counted: Set<string>,
  random: Random,
): Map<string, Map<string, number>> {
  const shares = new Map<string, Map<string, number>>();
  for (const indicator of catalog.indicators) {
    const total = parsedReportValue(REPORT_2026_05.indicators[indicator.id] ?? "")?.number;
    const leads = (indicatorLeads.get(indicator.id) ?? []).filter((id) => counted.has(id));
    if (indicator.aggregation.rule !== "sum" || total === undefined || leads.length === 0) continue;
    const split = new Map<string, number>();
    for (let i = 0; i < total; i++) {
      const unitId = random.pick(leads);
      split.set(unitId, (split.get(unitId) ?? 0) + 1);
    }
    shares.set(indicator.id, split);
  }
  return shares;
}
