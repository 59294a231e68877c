import { mkdir, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { catalog2026 } from "../../domain/catalog/catalog2026";
import type { Catalog } from "../../domain/catalog/types";
import type { Period } from "../../domain/language/types";
import { DEFAULT_SAMPLE_SEED, planSamples } from "../../samples/planSamples";
import { sampleFileBytes } from "../../samples/sampleFile";
import type { SamplePlan, SampleQuirk } from "../../samples/samplePlan";
import { samplesCommandTexts } from "../../domain/texts/samples";
import type { CommandIo } from "../commandIo";
import { parseCommonOptions, UsageError } from "../options";

function summary(catalog: Catalog, plans: SamplePlan[], folder: string): string[] {
  const sent = plans.filter((plan) => plan.send);
  const groupOf = new Map(catalog.units.map((unit) => [unit.id, unit.group]));
  const sentUnits = (group: string) =>
    new Set(sent.filter((p) => groupOf.get(p.unitId) === group).map((p) => p.unitId)).size;
  const units = (quirk: SampleQuirk) =>
    new Set(plans.filter((p) => p.quirks.includes(quirk)).map((p) => p.unitId)).size;
  const quirks = Object.entries(samplesCommandTexts.quirkNames)
    .map(([quirk, name]) => ({ name, count: units(quirk as SampleQuirk) }))
    .filter(({ count }) => count > 0)
    .map(({ name, count }) => samplesCommandTexts.quirkCount(name, count));
  return [
    samplesCommandTexts.written(sent.length, folder),
    samplesCommandTexts.counts(sentUnits("so"), sentUnits("xa"), units("missing"), units("late")),
    samplesCommandTexts.quirks(quirks.join(", ")),
  ];
}

/** `samples --period P --out DIR [--seed N]`: every unit's filled form, dated as received, and samples.json. */
export async function samplesCommand(argv: string[], io: CommandIo): Promise<number> {
  const options = parseCommonOptions(argv, io.today());
  if (!options.out) throw new UsageError(samplesCommandTexts.outRequired);
  await writeSampleFiles(catalog2026(), options.period, options.seed ?? DEFAULT_SAMPLE_SEED, options.out, io);
  return 0;
}

/** Every unit's filled sample form under `out`, dated as received, plus samples.json; used by the demo too. */
export async function writeSampleFiles(
  catalog: Catalog,
  period: Period,
  seed: number,
  out: string,
  io: CommandIo,
): Promise<void> {
  const plans = planSamples(catalog, period, seed);
  await mkdir(out, { recursive: true });
  for (const plan of plans.filter((p) => p.send)) {
    const file = join(out, plan.fileName);
    await writeFile(file, await sampleFileBytes(catalog, plan));
    const received = new Date(plan.receivedAt);
    // Consolidation takes the received time from the file's mtime.
    await utimes(file, received, received);
  }
  const json = JSON.stringify({ period: period.code, seed, plans }, null, 2) + "\n";
  await writeFile(join(out, "samples.json"), json);
  for (const line of summary(catalog, plans, out)) io.error(line);
}
