import { classifyTask } from "../language/classifyTask";
import type { IsoDate, Period } from "../language/types";
import type { Catalog, Responsibility } from "./types";
import { catalogInForce, judgingDay } from "./catalogInForce";
import { catalogRowsOf } from "./catalogRowsOf";

/**
 * The catalog as the `catalog` command prints it: texts as printed, parsed forms beside them, as in force on the day
 * the period is judged (its last day, or the as-of day when earlier), and the plan's dated changes.
 */
export function describeCatalog(plan: Catalog, period: Period, asOf: IsoDate) {
  // The catalog the period is judged by; the plan's dated changes are listed after the units.
  const catalog = catalogInForce(plan, judgingDay(period, asOf));
  const unitName = new Map(catalog.units.map((unit) => [unit.id, unit.name]));
  const names = (responsibility: Responsibility) => responsibility.unitIds.map((id) => unitName.get(id) ?? id);
  return {
    year: catalog.year,
    population: catalog.population ?? null,
    period: period.code,
    asOf,
    indicators: catalog.indicators.map((indicator) => ({
      id: indicator.id,
      part: indicator.part,
      group: indicator.group,
      groupTitle: indicator.groupTitle,
      stt: indicator.stt,
      name: indicator.name,
      parent: indicator.parentId ?? null,
      heading: indicator.isHeading,
      result2025: indicator.result2025,
      target2026: indicator.target2026,
      target: indicator.target
        ? { op: indicator.target.op, value: indicator.target.value, unit: indicator.target.unit }
        : null,
      measure: indicator.measure,
      lead: indicator.lead.raw,
      leadUnits: names(indicator.lead),
      coordinators: indicator.coordinators.raw,
      coordinatorUnits: names(indicator.coordinators),
      aggregation: indicator.aggregation,
      perPeople: indicator.perPeople ?? null,
    })),
    programmes: catalog.programmes,
    tasks: catalog.tasks.map((task) => {
      const classification = task.isHeading ? undefined : classifyTask(task.deadline, period, asOf, undefined);
      return {
        id: task.id,
        programme: task.programmeId,
        parent: task.parentId ?? null,
        group: task.group,
        groupTitle: task.groupTitle,
        stt: task.stt,
        name: task.name,
        heading: task.isHeading,
        lead: task.lead.raw,
        leadUnits: names(task.lead),
        coordinators: task.coordinators.raw,
        coordinatorUnits: names(task.coordinators),
        product: task.product,
        deadline: task.deadline.raw,
        parts: task.deadline.parts,
        bucket: classification?.bucket ?? null,
        dueDate: classification?.dueDate ?? null,
      };
    }),
    units: catalog.units.map((unit) => ({ id: unit.id, name: unit.name, group: unit.group, variants: unit.variants })),
    ...(plan.revisions ? { revisions: catalogRowsOf(plan).revisions } : {}),
  };
}
