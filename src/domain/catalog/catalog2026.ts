import indicatorRows from "./data/indicators.json";
import taskRows from "./data/tasks.json";
import unitRows from "./data/units.json";
import { buildCatalog, type CatalogRows } from "./buildCatalog";
import type { Catalog, Unit } from "./types";

/** The rows of the 2026 plan as extracted from the seeds (see data/NOTES.md and data/UNITS-NOTES.md). */
export const catalogRows2026: CatalogRows = {
  year: 2026,
  indicators: indicatorRows as CatalogRows["indicators"],
  tasks: taskRows as CatalogRows["tasks"],
  units: unitRows as Unit[],
};

let cached: Catalog | undefined;

/** The 2026 catalog, parsed once; the shipped data always parses (its test guards that). */
export function catalog2026(): Catalog {
  if (!cached) {
    const built = buildCatalog(catalogRows2026);
    if (!built.ok) throw new Error(`Danh mục 2026 không hợp lệ: ${built.issues.map((i) => i.message).join("; ")}`);
    cached = built.value;
  }
  return cached;
}
