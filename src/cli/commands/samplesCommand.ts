import { mkdir, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { catalog2026 } from "../../domain/catalog/catalog2026";
import type { Catalog } from "../../domain/catalog/types";
import { DEFAULT_SAMPLE_SEED, planSamples } from "../../samples/planSamples";
import { sampleFileBytes } from "../../samples/sampleFile";
import type { SamplePlan, SampleQuirk } from "../../samples/samplePlan";
import { samplesCommandTexts } from "../../samples/sampleTexts";
import type { CommandIo } from "../commandIo";
import { parseCommonOptions, UsageError } from "../options";

/** --seed is this command's own option; the rest are the common ones. */
function takeSeed(argv: string[]): { seed: number; rest: string[] } {
  const rest: string[] = [];
  let text: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--seed") text = argv[++i] ?? "";
    else if (argv[i].startsWith("--seed=")) text = argv[i].slice("--seed=".length);
    else rest.push(argv[i]);
  }
  if (text === undefined) return { seed: DEFAULT_SAMPLE_SEED, rest };
  if (!/^\d+$/.test(text)) throw new UsageError(samplesCommandTexts.badSeed(text));
  return { seed: Number(text), rest };
}

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
  const { seed, rest } = takeSeed(argv);
  const options = parseCommonOptions(rest, io.today());
  if (!options.out) throw new UsageError(samplesCommandTexts.outRequired);
  const catalog = catalog2026();
  const plans = planSamples(catalog, options.period, seed);
  await mkdir(options.out, { recursive: true });
  for (const plan of plans.filter((p) => p.send)) {
    const file = join(options.out, plan.fileName);
    await writeFile(file, await sampleFileBytes(catalog, plan));
    const received = new Date(plan.receivedAt);
    // Consolidation takes the received time from the file's mtime when none is given.
    await utimes(file, received, received);
  }
  const json = JSON.stringify({ period: options.period.code, seed, plans }, null, 2) + "\n";
  await writeFile(join(options.out, "samples.json"), json);
  for (const line of summary(catalog, plans, options.out)) io.error(line);
  return 0;
}
