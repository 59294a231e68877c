import { writeFile } from "node:fs/promises";
import { describeCatalog } from "../../domain/catalog/describeCatalog";
import { cliTexts } from "../../domain/texts/cli";
import type { CommandIo } from "../commandIo";
import { parseCommonOptions } from "../options";
import { loadCatalog } from "../loadCatalog";

/** `catalog --period P --as-of D --json FILE`: the plan with every target and deadline parsed. */
export async function catalogCommand(argv: string[], io: CommandIo): Promise<number> {
  const options = parseCommonOptions(argv, io.today());
  const catalog = await loadCatalog(options.catalog, io);
  if (!catalog) return 1;
  const description = describeCatalog(catalog, options.period, options.asOf);
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
