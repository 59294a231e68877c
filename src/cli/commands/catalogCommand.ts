import { writeFile } from "node:fs/promises";
import { buildCatalog } from "../../domain/catalog/buildCatalog";
import { describeCatalog } from "../../domain/catalog/describeCatalog";
import { cliTexts } from "../cliTexts";
import type { CommandIo } from "../commandIo";
import { parseCommonOptions } from "../options";
import { readCatalogRows } from "../readCatalogRows";

/** `catalog --period P --as-of D --json FILE`: the plan with every target and deadline parsed. */
export async function catalogCommand(argv: string[], io: CommandIo): Promise<number> {
  const options = parseCommonOptions(argv, io.today());
  const built = buildCatalog(await readCatalogRows(options.catalog));
  if (!built.ok) {
    io.error(cliTexts.catalogInvalid);
    for (const issue of built.issues) io.error(`  ${issue.path.join(" › ")}: ${issue.message}`);
    return 1;
  }
  const description = describeCatalog(built.value, options.period, options.asOf);
  const json = JSON.stringify(description, null, 2) + "\n";
  if (options.json) {
    await writeFile(options.json, json);
    io.error(
      cliTexts.catalogWritten(
        options.json,
        description.indicators.length,
        description.tasks.length,
        description.units.length,
      ),
    );
  } else {
    io.print(json);
  }
  return 0;
}
