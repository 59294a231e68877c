import type { ParseIssue, ParseResult } from "../result";
import { parseTarget } from "../language/parseTarget";
import { parseDeadline } from "../language/parseDeadline";
import type { Deadline, Target } from "../language/types";
import { catalogTexts } from "../texts/catalogTables";
import { createResponsibilityResolver } from "./resolveResponsibility";
import { populationScale } from "../language/populationScale";
import { parseRevisions, type RevisionRow } from "./parseRevisions";
import type { Catalog, CatalogRevision, Indicator, Population, Task, TaskProgramme, Unit } from "./types";

/** An indicator as stored in a data file or a "Danh mục chỉ tiêu" sheet: every text as printed. */
export type IndicatorRow = Omit<Indicator, "target" | "lead" | "coordinators" | "perPeople"> & {
  lead: string;
  coordinators: string;
};

/** A task as stored in a data file or a "Danh mục nhiệm vụ" sheet. */
export type TaskRow = Omit<Task, "lead" | "coordinators" | "deadline"> & {
  lead: string;
  coordinators: string;
  deadline: string;
};

export interface CatalogRows {
  year: number;
  population?: Population;
  indicators: IndicatorRow[];
  /** In report order. */
  programmes: TaskProgramme[];
  tasks: TaskRow[];
  units: Unit[];
  /** Changes dated after the plan was adopted (a target revised, a task added, a unit renamed or merged). */
  revisions?: RevisionRow[];
}

/**
 * Parses every target and deadline and resolves every "Cơ quan chủ trì/phối hợp" of the rows.
 * One unparseable text fails the whole catalog, each issue naming the item's id: the plan must be exact.
 */
export function buildCatalog(rows: CatalogRows): ParseResult<Catalog> {
  const resolve = createResponsibilityResolver(rows.units);
  const issues: ParseIssue[] = [];
  const collect = <T>(id: string, field: string, result: ParseResult<T>): T | undefined => {
    if (result.ok) return result.value;
    issues.push(...result.issues.map((issue) => ({ ...issue, path: [id, field, ...issue.path] })));
    return undefined;
  };

  const indicators: Indicator[] = rows.indicators.map((row) => {
    const target: Target | undefined = row.isHeading
      ? undefined
      : collect(row.id, "target2026", parseTarget(row.target2026, { measure: row.measure }));
    const perPeople = row.aggregation.rule === "per_population" ? perPeopleOf(row, issues) : undefined;
    return {
      ...row,
      target,
      lead: resolve(row.lead),
      coordinators: resolve(row.coordinators),
      ...(perPeople === undefined ? {} : { perPeople }),
    };
  });

  const tasks: Task[] = rows.tasks.map((row) => {
    const deadline: Deadline = row.isHeading
      ? { raw: row.deadline, parts: [] }
      : (collect(row.id, "deadline", parseDeadline(row.deadline, { planYear: rows.year })) ?? {
          raw: row.deadline,
          parts: [],
        });
    return { ...row, deadline, lead: resolve(row.lead), coordinators: resolve(row.coordinators) };
  });

  const programmeIds = new Set(rows.programmes.map((programme) => programme.id));
  for (const task of rows.tasks.filter((row) => !programmeIds.has(row.programmeId)))
    issues.push({
      path: [task.id, "programmeId"],
      code: "unknown_programme",
      message: catalogTexts.unknownProgramme(task.id, task.programmeId),
    });

  const ids = [...rows.programmes, ...indicators, ...tasks].map((item) => item.id);
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  for (const id of new Set(duplicates))
    issues.push({ path: [id], code: "duplicate_id", message: catalogTexts.duplicateId(id) });

  const revisions = revisionsOf(rows, indicators, tasks, issues);
  if (issues.length > 0) return { ok: false, issues };
  const population = rows.population === undefined ? {} : { population: rows.population };
  const changes = revisions.length === 0 ? {} : { revisions };
  return {
    ok: true,
    value: {
      year: rows.year,
      ...population,
      indicators,
      programmes: rows.programmes,
      tasks,
      units: unitsKnownByEveryName(rows.units, revisions),
      ...changes,
    },
  };
}

function revisionsOf(rows: CatalogRows, indicators: Indicator[], tasks: Task[], issues: ParseIssue[]) {
  if (!rows.revisions || rows.revisions.length === 0) return [];
  const parsed = parseRevisions(rows.revisions, {
    indicators: new Map(indicators.filter((item) => !item.isHeading).map((item) => [item.id, item.measure])),
    items: new Set([...indicators, ...tasks, ...rows.units].map((item) => item.id)),
    units: new Set(rows.units.map((unit) => unit.id)),
  });
  if (parsed.ok) return parsed.value;
  issues.push(...parsed.issues);
  return [];
}

/** A unit renamed keeps its new names as variants in the plan itself, so a form naming it either way is recognised. */
function unitsKnownByEveryName(units: Unit[], revisions: CatalogRevision[]): Unit[] {
  const names = new Map<string, string[]>();
  for (const revision of revisions)
    if (revision.kind === "renamed") names.set(revision.id, [...(names.get(revision.id) ?? []), revision.name]);
  if (names.size === 0) return units;
  return units.map((unit) => {
    const more = (names.get(unit.id) ?? []).filter((name) => name !== unit.name && !unit.variants.includes(name));
    return more.length === 0 ? unit : { ...unit, variants: [...unit.variants, ...more] };
  });
}

/** A per-population indicator names what it counts per ("trên 01 vạn dân"); without it the figure means nothing. */
function perPeopleOf(row: IndicatorRow, issues: ParseIssue[]): number | undefined {
  const people = populationScale(row.name);
  if (people === undefined)
    issues.push({ path: [row.id, "name"], code: "no_population_scale", message: catalogTexts.noPopulationScale });
  return people;
}
