import { join } from "node:path";
import { parseArgs } from "node:util";
import { catalog2026 } from "../../domain/catalog/catalog2026";
import { parsePeriod } from "../../domain/language/parsePeriod";
import { DEFAULT_SAMPLE_SEED } from "../../samples/planSamples";
import { cliTexts } from "../../domain/texts/cli";
import type { CommandIo } from "../commandIo";
import { parseDocumentsSince, UsageError } from "../options";
import { workingFileName } from "../../workbook/summary/splitSummaryWorkbook";
import { printRunSummary } from "../printRunSummary";
import { runConsolidation } from "../runConsolidation";
import { writeSampleFiles } from "./samplesCommand";
import { writeTemplates } from "./templatesCommand";

/** The May 2026 round the seeds describe: the report (seeds/003) was written on 14/5/2026. */
const DEMO_PERIOD = "2026-05";
const DEMO_AS_OF = "2026-05-14";

/** `demo [--out DIR] [--documents-since D] [--only-reported-tasks]`: templates, the sample forms units send back, and their consolidation. */
export async function demoCommand(argv: string[], io: CommandIo): Promise<number> {
  const { out, documentsSince, onlyReportedTasks } = demoOptions(argv);
  const period = parsePeriod(DEMO_PERIOD);
  if (!period.ok) throw new Error(`demo period ${DEMO_PERIOD}`);
  const catalog = catalog2026();
  const forms = join(out, "bieu-mau", DEMO_PERIOD);
  const samples = join(out, "bao-cao-don-vi", DEMO_PERIOD);
  const summary = join(out, `tong-hop-${DEMO_PERIOD}.xlsx`);
  const json = join(out, `tong-hop-${DEMO_PERIOD}.json`);

  io.error(cliTexts.demoStep(1, cliTexts.demoTemplates));
  await writeTemplates(catalog, period.value, forms, io);
  io.error(cliTexts.demoStep(2, cliTexts.demoSamples));
  await writeSampleFiles(catalog, period.value, DEFAULT_SAMPLE_SEED, samples, io);
  io.error(cliTexts.demoStep(3, cliTexts.demoConsolidate));
  const run = await runConsolidation(
    {
      catalog,
      period: period.value,
      asOf: DEMO_AS_OF,
      ...(documentsSince ? { documentsSince } : {}),
      inputs: [samples],
      out: summary,
      json,
      onlyReportedTasks,
    },
    io,
  );
  printRunSummary(run, catalog, io);
  io.print(cliTexts.demoWritten(summary, json));
  io.print(cliTexts.workingWritten(workingFileName(summary)));
  return 0;
}

function demoOptions(argv: string[]): { out: string; documentsSince?: string; onlyReportedTasks: boolean } {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        out: { type: "string" },
        "documents-since": { type: "string" },
        "only-reported-tasks": { type: "boolean" },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const documentsSince = parseDocumentsSince(values["documents-since"]);
  return {
    out: values.out ?? "out",
    ...(documentsSince ? { documentsSince } : {}),
    onlyReportedTasks: values["only-reported-tasks"] === true,
  };
}
