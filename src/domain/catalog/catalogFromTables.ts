import type { ParseIssue, ParseResult } from "../result";
import { buildCatalog } from "./buildCatalog";
import {
  catalogRowLocations,
  catalogRowsFromTables,
  type CatalogRowLocation,
  type CatalogTables,
} from "./catalogTable";
import { catalogTableTexts } from "../texts/catalogTables";
import type { Catalog } from "./types";

/** buildCatalog names an item by its id; the officer needs the sheet and row where it was typed too. */
function located(issue: ParseIssue, locations: Map<string, CatalogRowLocation>): ParseIssue {
  const id = String(issue.path[0]);
  const where = locations.get(id);
  if (!where) return issue;
  return {
    ...issue,
    path: [where.sheet, where.row, ...issue.path],
    message: catalogTableTexts.itemIssue(where.sheet, where.row, id, issue.message),
  };
}

/** The catalog typed in the workbook's three sheets: rows read, then every target and deadline parsed. */
export function catalogFromTables(tables: CatalogTables): ParseResult<Catalog> {
  const rows = catalogRowsFromTables(tables);
  if (!rows.ok) return rows;
  const built = buildCatalog(rows.value);
  if (built.ok) return built;
  const locations = catalogRowLocations(tables);
  return { ok: false, issues: built.issues.map((issue) => located(issue, locations)) };
}
