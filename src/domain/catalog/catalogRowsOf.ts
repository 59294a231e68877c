import type { CatalogRows } from "./buildCatalog";
import type { RevisionRow } from "./parseRevisions";
import type { Catalog, CatalogRevision } from "./types";

function revisionRowOf(revision: CatalogRevision): RevisionRow {
  if (revision.kind !== "target") return revision;
  const { parsed: _, ...row } = revision;
  return row;
}

/** The rows a catalog was built from: every text as printed, the parsed forms dropped. */
export function catalogRowsOf(catalog: Catalog): CatalogRows {
  return {
    year: catalog.year,
    ...(catalog.population === undefined ? {} : { population: catalog.population }),
    indicators: catalog.indicators.map(({ target: _, perPeople: _people, lead, coordinators, ...indicator }) => ({
      ...indicator,
      lead: lead.raw,
      coordinators: coordinators.raw,
    })),
    programmes: catalog.programmes,
    tasks: catalog.tasks.map(({ lead, coordinators, deadline, ...task }) => ({
      ...task,
      lead: lead.raw,
      coordinators: coordinators.raw,
      deadline: deadline.raw,
    })),
    units: catalog.units,
    ...(catalog.revisions === undefined ? {} : { revisions: catalog.revisions.map(revisionRowOf) }),
  };
}
