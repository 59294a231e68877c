/**
 * The largest count a unit can plausibly report for an indicator (see data/NOTES.md, "Count bounds"): a stated
 * maximum for the counts of things, else the province's population, since no unit counts more people, records or
 * procedures than the province has people; a figure above it is a typing slip (1E+308), never a figure.
 */
import bounds from "./data/count-bounds.json";
import type { Catalog } from "./types";

export interface CountBound {
  max: number;
  basis: "stated" | "population" | "without_population";
}

const STATED: Record<string, number | undefined> = bounds.indicators;

export function countBound(catalog: Catalog, indicatorId: string): CountBound {
  const stated = STATED[indicatorId];
  if (stated !== undefined) return { max: stated, basis: "stated" };
  const people = catalog.population?.people;
  return people !== undefined && people > 0
    ? { max: people, basis: "population" }
    : { max: bounds.withoutPopulation, basis: "without_population" };
}
