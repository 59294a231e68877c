import { readFile } from "node:fs/promises";
import { buildCatalog, type CatalogRows } from "../domain/catalog/buildCatalog";
import { catalogRows2026 } from "../domain/catalog/catalog2026";
import type { Catalog } from "../domain/catalog/types";
import { cliTexts } from "../domain/texts/cli";
import type { CommandIo } from "./commandIo";
import { UsageError } from "./options";

/** The 2026 plan, or the rows of another plan from a JSON file given with --catalog. */
async function readCatalogRows(file: string | undefined): Promise<CatalogRows> {
  if (!file) return catalogRows2026;
  try {
    return JSON.parse(await readFile(file, "utf8")) as CatalogRows;
  } catch (error) {
    throw new UsageError(cliTexts.catalogUnreadable(file, (error as Error).message));
  }
}

/** The parsed catalog, or undefined after printing every unparseable target and deadline with its id. */
export async function loadCatalog(file: string | undefined, io: CommandIo): Promise<Catalog | undefined> {
  const built = buildCatalog(await readCatalogRows(file));
  if (built.ok) return built.value;
  io.error(cliTexts.catalogInvalid);
  for (const issue of built.issues) io.error(`  ${issue.path.join(" › ")}: ${issue.message}`);
  return undefined;
}
