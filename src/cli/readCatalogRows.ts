import { readFile } from "node:fs/promises";
import type { CatalogRows } from "../domain/catalog/buildCatalog";
import { catalogRows2026 } from "../domain/catalog/catalog2026";
import { cliTexts } from "./cliTexts";
import { UsageError } from "./options";

/** The 2026 plan, or the rows of another plan from a JSON file given with --catalog. */
export async function readCatalogRows(file: string | undefined): Promise<CatalogRows> {
  if (!file) return catalogRows2026;
  try {
    return JSON.parse(await readFile(file, "utf8")) as CatalogRows;
  } catch (error) {
    throw new UsageError(cliTexts.catalogUnreadable(file, (error as Error).message));
  }
}
