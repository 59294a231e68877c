/** Puts one deliberate slip into a unit's plan; a quirk that finds no cell to spoil is left off the list. */
import type { Catalog, Unit } from "../domain/catalog/types";
import type { FormContent } from "../domain/forms/formContent";
import { periodOf, reportDeadline } from "../domain/language/parsePeriod";
import type { Period, PeriodKind } from "../domain/language/types";
import { formFileName } from "../domain/forms/formFiles";
import { deliverableDueDate } from "./planTask";
import type { Random } from "./random";
import { addDays, officeHoursOn } from "./receivedTimes";
import type { IndicatorPlan, SamplePlan, SampleQuirk, TaskPlan } from "./samplePlan";
import { indicatorTexts, taskTexts } from "../domain/texts/samples";

export interface QuirkContext {
  catalog: Catalog;
  unit: Unit;
  content: FormContent;
  period: Period;
  /** Lead units among the sampled units, per indicator id. */
  indicatorLeads: Map<string, string[]>;
}

type Spoil = (plan: SamplePlan, context: QuirkContext, random: Random) => SamplePlan | undefined;

const LAST_INDEX: Record<PeriodKind, number> = { month: 12, quarter: 4, half_year: 2, year: 1 };

export function applyQuirk(plan: SamplePlan, quirk: SampleQuirk, context: QuirkContext, random: Random): SamplePlan {
  const spoiled = SPOILS[quirk](plan, context, random);
  return spoiled ? { ...spoiled, quirks: [...spoiled.quirks, quirk] } : plan;
}

const SPOILS: Record<SampleQuirk, Spoil> = {
  late: (plan, { period }, random) => ({
    ...plan,
    receivedAt: officeHoursOn(addDays(reportDeadline(period), random.int(1, 3)), random),
  }),
  missing: (plan) => ({ ...plan, send: false }),
  percent_over_100: (plan, context, random) => withResult(plan, context, random, 104),
  error_value: (plan, context, random) => withResult(plan, context, random, indicatorTexts.errorValue),
  estimate: (plan, context, random) => withResult(plan, context, random, indicatorTexts.estimate(random.int(85, 98))),
  reason_instead_of_number: (plan, context, random) => withResult(plan, context, random, indicatorTexts.collecting),
  numerator_over_denominator: (plan, _context, random) => {
    const fractions = Object.entries(plan.indicators).filter(([, entry]) => entry.denominator !== undefined);
    if (fractions.length === 0) return undefined;
    const [id, entry] = random.pick(fractions);
    const numerator = (entry.denominator ?? 0) + random.int(1, 5);
    return { ...plan, indicators: { ...plan.indicators, [id]: { ...entry, numerator } } };
  },
  unknown_status: (plan, _context, random) => {
    const ids = Object.keys(plan.tasks);
    if (ids.length === 0) return undefined;
    const id = random.pick(ids);
    const entry = plan.tasks[id];
    // A composite task's status is its parts': the slip goes into the first part's cell.
    const spoilt = entry.parts
      ? { parts: [taskTexts.unknownStatus, ...entry.parts.slice(1)] }
      : { status: taskTexts.unknownStatus };
    return withTask(plan, id, { ...entry, ...spoilt });
  },
  status_variant: (plan) => ({
    ...plan,
    tasks: Object.fromEntries(
      Object.entries(plan.tasks).map(([id, entry]) => [
        id,
        {
          ...entry,
          ...(entry.status === undefined ? {} : { status: variant(entry.status) }),
          ...(entry.parts ? { parts: entry.parts.map(variant) } : {}),
        },
      ]),
    ),
  }),
  overdue: (plan, context) => {
    const task = overdueCandidate(context);
    if (!task) return undefined;
    const entry = plan.tasks[task];
    // Every part still in progress, so the part due in the period (NV.I.2's "Kế hoạch") is the late one.
    const inProgress = entry.parts
      ? { parts: entry.parts.map(() => taskTexts.inProgress) }
      : { status: taskTexts.inProgress };
    return withTask(plan, task, { ...entry, ...inProgress, progress: 80, description: taskTexts.overdueDescription });
  },
  wrong_period: (plan, { period }) => {
    const previous =
      period.index > 1
        ? periodOf(period.kind, period.year, period.index - 1)
        : periodOf(period.kind, period.year - 1, LAST_INDEX[period.kind]);
    return previous && { ...plan, period: previous.code, fileName: formFileName(previous, plan.unitId) };
  },
  edited_fixed_text: (plan, { content }, random) => {
    const editable = content.indicators.filter((indicator) => indicator.target2026 !== indicatorTexts.editedTarget);
    if (editable.length === 0) return undefined;
    const { id } = random.pick(editable);
    return {
      ...plan,
      fixedEdits: [
        ...plan.fixedEdits,
        { sheet: "indicators", id, column: "target2026", text: indicatorTexts.editedTarget },
      ],
    };
  },
  // Resubmission needs two files; planSamples makes the pair and marks them itself.
  resubmission: (plan) => plan,
  replaced: (plan) => plan,
};

/** A percent the unit reports for information only (the lead holds the province figure), so the slip costs no total. */
function withResult(
  plan: SamplePlan,
  { content, unit, indicatorLeads }: QuirkContext,
  random: Random,
  result: string | number,
) {
  const ownPercents = content.indicators.filter(
    (indicator) =>
      indicator.measure === "percent" &&
      indicator.aggregation.rule === "lead_value" &&
      !(indicatorLeads.get(indicator.id) ?? []).includes(unit.id),
  );
  if (ownPercents.length === 0) return undefined;
  const { id } = random.pick(ownPercents);
  const entry: IndicatorPlan = { result };
  return { ...plan, indicators: { ...plan.indicators, [id]: entry } };
}

function withTask(plan: SamplePlan, id: string, entry: TaskPlan): SamplePlan {
  return { ...plan, tasks: { ...plan.tasks, [id]: entry } };
}

function variant(status: string): string {
  if (status === taskTexts.done) return taskTexts.variants.done;
  if (status === taskTexts.inProgress) return taskTexts.variants.inProgress;
  return status === taskTexts.notStarted ? taskTexts.variants.notStarted : status;
}

/** A task the unit leads that was due by the report deadline, due in the period first (NV.I.2 in May 2026). */
function overdueCandidate({ content, unit, period }: QuirkContext): string | undefined {
  const due = content.tasks
    .filter((task) => task.lead.unitIds.includes(unit.id))
    .map((task) => ({ id: task.id, due: deliverableDueDate(task) }))
    .filter(
      (task): task is { id: string; due: string } => task.due !== undefined && task.due <= reportDeadline(period),
    );
  return (due.find((task) => task.due >= period.start) ?? due[0])?.id;
}
