/** One sample file's bytes: the unit's form for the plan's period, written, then filled as the plan says. */
import type { Catalog } from "../domain/catalog/types";
import { parsePeriod } from "../domain/language/parsePeriod";
import { buildFormWorkbook } from "../workbook/templates/buildUnitForm";
import { fillForm } from "./fillForm";
import { writeXlsx } from "../workbook/xlsx/writeXlsx";
import type { SamplePlan } from "./samplePlan";

export async function sampleFileBytes(catalog: Catalog, plan: SamplePlan): Promise<Uint8Array> {
  const period = parsePeriod(plan.period);
  if (!period.ok) throw new Error(`Sample plan with an invalid period: ${plan.period}`);
  return fillForm(await writeXlsx(buildFormWorkbook(catalog, plan.unitId, period.value)), plan);
}
