import type { ParseIssue, ParseResult } from "../result";
import { buildCatalog } from "./buildCatalog";
import {
  catalogRowLocations,
  catalogRowsFromTables,
  REVISION_SHEET,
  revisionRowNumbers,
  type CatalogRowLocation,
  type CatalogTables,
} from "./catalogTable";
import { catalogTableTexts } from "../texts/catalogTables";
import type { Catalog } from "./types";

/** buildCatalog names an item by its id, a change by its place; the officer needs the sheet and row too. */
function located(issue: ParseIssue, locations: Map<string, CatalogRowLocation>, revisionRows: number[]): ParseIssue {
  const id = String(issue.path[0]);
  const revisionRow = id === "revisions" ? revisionRows[Number(issue.path[1])] : undefined;
  if (revisionRow !== undefined) {
    const sheet = REVISION_SHEET;
    return {
      ...issue,
      path: [sheet, revisionRow, ...issue.path],
      message: catalogTableTexts.rowIssue(sheet, revisionRow, issue.message),
    };
  }
  const where = locations.get(id);
  if (!where) return issue;
  return {
    ...issue,
    path: [where.sheet, where.row, ...issue.path],
    message: catalogTableTexts.itemIssue(where.sheet, where.row, id, issue.message),
  };
}

/** The catalog typed in the workbook's sheets: rows read, then every target, deadline and dated change parsed. */
export function catalogFromTables(tables: CatalogTables): ParseResult<Catalog> {
  const rows = catalogRowsFromTables(tables);
  if (!rows.ok) return rows;
  const built = buildCatalog(rows.value);
  if (built.ok) return built;
  const locations = catalogRowLocations(tables);
  const revisionRows = revisionRowNumbers(tables);
  return { ok: false, issues: built.issues.map((issue) => located(issue, locations, revisionRows)) };
}
