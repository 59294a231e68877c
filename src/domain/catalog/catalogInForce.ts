/**
 * The catalog on a given day: the plan as adopted with every change dated that day or earlier applied. Forms are
 * made with one day's catalog and consolidated with another's; both are this function's answer for their day.
 */
import type { IsoDate, Period } from "../language/types";
import type { Catalog, CatalogRevision, Indicator, Responsibility, Task, Unit } from "./types";

/** The day a period's figures are judged on: its last day, or the as-of day when that comes first. */
export function judgingDay(period: Period, asOf: IsoDate): IsoDate {
  return asOf < period.end ? asOf : period.end;
}

/**
 * The day whose catalog a period's forms print: the day they are made, or the period's first day when they are made
 * before it (forms go out ahead of the month they report on).
 */
export function formDay(period: Period, today: IsoDate): IsoDate {
  return today > period.start ? today : period.start;
}

/** One catalog object per set of changes applied, so per-catalog caches (form contents, fingerprints) stay warm. */
const versions = new WeakMap<Catalog, Map<number, Catalog>>();

/**
 * The catalog in force on `day`: items added later and items withdrawn are left out (with their sub-rows), targets
 * and unit names are the latest ones, units merged are gone and their names are the receiving unit's. The answer has
 * no `revisions`: it is one day's catalog, so asking it for another day gives itself. A catalog without changes is
 * its own answer, unchanged.
 */
export function catalogInForce(catalog: Catalog, day: IsoDate): Catalog {
  const revisions = catalog.revisions ?? [];
  if (revisions.length === 0) return catalog;
  const applied = revisions.filter((revision) => revision.from <= day).length;
  let byApplied = versions.get(catalog);
  if (!byApplied) {
    byApplied = new Map();
    versions.set(catalog, byApplied);
  }
  let version = byApplied.get(applied);
  if (!version) {
    version = applyRevisions(catalog, day);
    byApplied.set(applied, version);
  }
  return version;
}

/** The unit a unit's forms count for on `day`: itself, or the unit it was merged into (through every merger). */
export function successorOf(catalog: Catalog, unitId: string, day: IsoDate): string {
  const mergedInto = new Map<string, string>();
  for (const revision of catalog.revisions ?? []) {
    if (revision.kind === "merged" && revision.from <= day)
      for (const predecessor of revision.predecessors) mergedInto.set(predecessor, revision.id);
  }
  let current = unitId;
  const seen = new Set<string>();
  while (mergedInto.has(current) && !seen.has(current)) {
    seen.add(current);
    current = mergedInto.get(current) as string;
  }
  return current;
}

/**
 * Every catalog a form of this period may have been made with: the one the period is judged by first, then those in
 * force on its first day and on each day a change took effect after it, up to the as-of day. A form printed before a
 * target changed, or after, is the unit's form either way.
 */
export function catalogVersions(catalog: Catalog, period: Period, asOf: IsoDate): Catalog[] {
  const judged = catalogInForce(catalog, judgingDay(period, asOf));
  const days = (catalog.revisions ?? [])
    .map((revision) => revision.from)
    .filter((from) => from > period.start && from <= asOf);
  return [...new Set([judged, ...[period.start, ...days].map((day) => catalogInForce(catalog, day))])];
}

/** The target an indicator is judged against on a day when a change set it: its text, since when, and the one before. */
export interface AppliedTarget {
  text: string;
  from: IsoDate;
  previous: string;
}

/** Undefined when no change of the indicator's target took effect by `day` (the plan's own target applies). */
export function appliedTarget(catalog: Catalog, indicatorId: string, day: IsoDate): AppliedTarget | undefined {
  const changes = (catalog.revisions ?? []).filter(
    (revision): revision is Extract<CatalogRevision, { kind: "target" }> =>
      revision.kind === "target" && revision.id === indicatorId && revision.from <= day,
  );
  const last = changes.at(-1);
  if (!last) return undefined;
  const before = changes.at(-2)?.target ?? catalog.indicators.find((item) => item.id === indicatorId)?.target2026;
  return { text: last.target, from: last.from, previous: before ?? "" };
}

function applyRevisions(catalog: Catalog, day: IsoDate): Catalog {
  const revisions = catalog.revisions ?? [];
  const applied = revisions.filter((revision) => revision.from <= day);
  const gone = new Set([
    ...revisions.filter((revision) => revision.kind === "added" && revision.from > day).map((revision) => revision.id),
    ...applied.filter((revision) => revision.kind === "withdrawn").map((revision) => revision.id),
  ]);
  const targets = new Map<string, Extract<CatalogRevision, { kind: "target" }>>();
  const names = new Map<string, string>();
  for (const revision of applied) {
    if (revision.kind === "target") targets.set(revision.id, revision);
    if (revision.kind === "renamed") names.set(revision.id, revision.name);
  }
  const unitOf = (unitId: string) => successorOf(catalog, unitId, day);
  // Through every merger: a unit merged into one merged in turn lends its names to the last.
  const absorbed = new Map<string, Unit[]>();
  for (const unit of catalog.units) {
    const successor = unitOf(unit.id);
    if (successor !== unit.id) absorbed.set(successor, [...(absorbed.get(successor) ?? []), unit]);
  }
  const inForce = (item: { id: string; parentId?: string }) =>
    !gone.has(item.id) && (item.parentId === undefined || !gone.has(item.parentId));
  const units = catalog.units
    .filter((unit) => !gone.has(unit.id) && unitOf(unit.id) === unit.id)
    .map((unit) => unitInForce(unit, names.get(unit.id), absorbed.get(unit.id) ?? []));
  const unitIds = new Set(units.map((unit) => unit.id));
  const responsible = (responsibility: Responsibility) => remapResponsibility(responsibility, unitOf, unitIds);
  const indicators = catalog.indicators.filter(inForce).map((indicator): Indicator => {
    const target = targets.get(indicator.id);
    return {
      ...indicator,
      ...(target ? { target2026: target.target, target: target.parsed } : {}),
      lead: responsible(indicator.lead),
      coordinators: responsible(indicator.coordinators),
    };
  });
  const tasks = catalog.tasks
    .filter(inForce)
    .map((task): Task => ({ ...task, lead: responsible(task.lead), coordinators: responsible(task.coordinators) }));
  const { revisions: _, ...plan } = catalog;
  return { ...plan, indicators, tasks, units };
}

/** Its name on the day, and every other name it or a unit merged into it has had, so matching by name still works. */
function unitInForce(unit: Unit, renamed: string | undefined, absorbed: Unit[]): Unit {
  if (renamed === undefined && absorbed.length === 0) return unit;
  const name = renamed ?? unit.name;
  const names = [unit.name, ...unit.variants, ...absorbed.flatMap((other) => [other.name, ...other.variants])];
  return { ...unit, name, variants: [...new Set(names.filter((other) => other !== name))] };
}

/** Units merged become the receiving unit (once), units not in force drop out; the text as printed stays. */
function remapResponsibility(
  responsibility: Responsibility,
  unitOf: (unitId: string) => string,
  unitIds: Set<string>,
): Responsibility {
  const remap = (ids: string[]) => [...new Set(ids.map(unitOf).filter((id) => unitIds.has(id)))];
  return {
    ...responsibility,
    parts: responsibility.parts.map((part) => ({ ...part, unitIds: remap(part.unitIds) })),
    unitIds: remap(responsibility.unitIds),
  };
}
