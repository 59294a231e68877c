import indicatorRows from "./data/indicators.json";
import population from "./data/population.json";
import taskRows from "./data/tasks.json";
import programmeRows from "./data/programmes.json";
import programmeTaskRows from "./data/programme-tasks.json";
import unitRows from "./data/units.json";
import { catalogTexts } from "../texts/catalogTables";
import { buildCatalog, type CatalogRows } from "./buildCatalog";
import type { Catalog, TaskProgramme, Unit } from "./types";

/** The rows of the 2026 plan as extracted from the seeds (see data/NOTES.md and data/UNITS-NOTES.md), and the population. */
/**
 * The rows of the 2026 plan as extracted from the seeds (see data/NOTES.md and data/UNITS-NOTES.md): the CĐS
 * plan's tasks (tasks.json) first, then the other programmes' (programme-tasks.json), in programme order.
 */
export const catalogRows2026: CatalogRows = {
  year: 2026,
  population,
  indicators: indicatorRows as CatalogRows["indicators"],
  programmes: programmeRows as TaskProgramme[],
  tasks: [...taskRows, ...programmeTaskRows] as CatalogRows["tasks"],
  units: unitRows as Unit[],
};

let cached: Catalog | undefined;

/** The 2026 catalog, parsed once; the shipped data always parses (its test guards that). */
export function catalog2026(): Catalog {
  if (!cached) {
    const built = buildCatalog(catalogRows2026);
    if (!built.ok) {
      const messages = built.issues.map((issue) => issue.message);
      throw new Error(catalogTexts.builtInInvalid(catalogRows2026.year, messages));
    }
    cached = built.value;
  }
  return cached;
}
