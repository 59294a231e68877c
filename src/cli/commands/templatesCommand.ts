import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { formFileName, planFileName, unitsWithForms } from "../../domain/forms/formFiles";
import { buildPlanWorkbook } from "../../workbook/templates/buildPlanAppendices";
import { buildFormWorkbook } from "../../workbook/templates/buildUnitForm";
import { writeXlsx } from "../../workbook/xlsx/writeXlsx";
import { cliTexts } from "../../domain/texts/cli";
import type { CommandIo } from "../commandIo";
import { parseCommonOptions, UsageError } from "../options";
import { loadCatalog } from "../loadCatalog";
import type { Catalog } from "../../domain/catalog/types";
import { catalogInForce, formDay } from "../../domain/catalog/catalogInForce";
import type { Period } from "../../domain/language/types";

export interface FormIndexEntry {
  unitId: string;
  unitName: string;
  group: string;
  file: string;
}

/** `templates --period P [--as-of D] --out DIR`: Phụ lục I–II of the plan, one form per unit with something to report, index.json. */
export async function templatesCommand(argv: string[], io: CommandIo): Promise<number> {
  const options = parseCommonOptions(argv, io.today());
  if (!options.out) throw new UsageError(cliTexts.outRequired);
  const catalog = await loadCatalog(options.catalog, io);
  if (!catalog) return 1;
  // --as-of is the day the forms are made: they print the catalog in force then (or on the period's first day).
  await writeTemplates(catalogInForce(catalog, formDay(options.period, options.asOf)), options.period, options.out, io);
  return 0;
}

/** The plan's appendices, every unit's form and index.json under `out`; used by the demo too. */
export async function writeTemplates(catalog: Catalog, period: Period, out: string, io: CommandIo): Promise<void> {
  const started = performance.now();
  await mkdir(out, { recursive: true });
  const index: FormIndexEntry[] = [];
  // Building and zipping are CPU work on one thread; the disk writes overlap with the next form's build.
  const writes: Promise<void>[] = [
    writeFile(join(out, planFileName(catalog.year)), await writeXlsx(buildPlanWorkbook(catalog))),
  ];
  for (const unit of unitsWithForms(catalog)) {
    const file = formFileName(period, unit.id);
    writes.push(writeFile(join(out, file), await writeXlsx(buildFormWorkbook(catalog, unit.id, period))));
    index.push({ unitId: unit.id, unitName: unit.name, group: unit.group, file });
  }
  writes.push(writeFile(join(out, "index.json"), JSON.stringify(index, null, 2) + "\n"));
  await Promise.all(writes);
  io.error(
    cliTexts.templatesWritten(index.length, planFileName(catalog.year), out, (performance.now() - started) / 1000),
  );
}
