import { cliTexts } from "../../domain/texts/cli";
import type { CommandIo } from "../commandIo";
import { loadCatalog } from "../loadCatalog";
import { parseCommonOptions, UsageError } from "../options";
import { consolidateInputs } from "../runConsolidation";
import { writeFileAtomically } from "../writeFileAtomically";

/** `validate FILE_OR_DIR… --period P --json OUT`: findings per file; exit 0 even when there are findings. */
export async function validateCommand(argv: string[], io: CommandIo): Promise<number> {
  const options = parseCommonOptions(argv, io.today());
  if (options.positionals.length === 0) throw new UsageError(cliTexts.inputsRequired);
  const catalog = await loadCatalog(options.catalog, io);
  if (!catalog) return 1;
  const run = await consolidateInputs(options.positionals, { catalog, period: options.period, asOf: options.asOf }, io);
  const files = run.files.map((file) => ({
    file: file.file,
    unit: file.unitId ?? null,
    status: file.status,
    findings: run.findings
      .filter((finding) => finding.file === file.file)
      .map(({ file: _file, ...finding }) => finding),
  }));
  const json = JSON.stringify({ period: options.period.code, asOf: options.asOf, files }, null, 2) + "\n";
  if (options.json) await writeFileAtomically(options.json, json);
  else io.print(json);
  for (const file of files) {
    const errors = file.findings.filter((f) => f.severity === "error").length;
    io.error(cliTexts.fileChecked(file.file, file.status, errors, file.findings.length - errors));
  }
  return 0;
}
