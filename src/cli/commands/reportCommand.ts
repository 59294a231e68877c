import { periodLabel } from "../../domain/language/parsePeriod";
import { rollUpPeriod } from "../../domain/history/rollUpPeriod";
import { cliTexts } from "../../domain/texts/cli";
import { workingFileName } from "../../workbook/summary/splitSummaryWorkbook";
import type { CommandIo } from "../commandIo";
import { openHistoryFile } from "../historyFile";
import { loadCatalog } from "../loadCatalog";
import { parseCommonOptions, UsageError } from "../options";
import { printRunSummary } from "../printRunSummary";
import { writeSummaryOutputs } from "../runConsolidation";

/**
 * `report --period 2026-Q2|2026-H1|2026 --as-of D --history FILE.xlsx --out SUMMARY.xlsx --json OUT [--only-reported-tasks]`:
 * the quarter's, half-year's or year's report from the months recorded in the history, without the units' files.
 */
export async function reportCommand(argv: string[], io: CommandIo): Promise<number> {
  const options = parseCommonOptions(argv, io.today());
  if (options.positionals.length > 0) throw new UsageError(cliTexts.reportTakesNoFiles(options.positionals[0]));
  if (!options.history) throw new UsageError(cliTexts.reportHistoryRequired);
  if (!options.out && !options.json) throw new UsageError(cliTexts.consolidateOutputRequired);
  const catalog = await loadCatalog(options.catalog, io);
  if (!catalog) return 1;
  const history = await openHistoryFile(options.history, io);
  if (!history) return 1;
  // A history that does not exist yet is an empty one to `consolidate`; a report has nothing to be made from.
  if (!history.bytes) {
    io.error(cliTexts.reportNoHistoryFile(options.history));
    return 1;
  }
  const rolled = rollUpPeriod(catalog, options.period, options.asOf, history.records);
  if (!rolled.ok) {
    for (const issue of rolled.issues) io.error(issue.message);
    return 1;
  }
  const { consolidation, files, months, missingMonths } = rolled.value;
  if (missingMonths.length > 0) {
    io.error(
      cliTexts.reportPartialSpan(
        periodLabel(options.period),
        missingMonths.map(periodLabel),
        periodLabel(months[months.length - 1]),
      ),
    );
  }
  const run = { consolidation, findings: [], files };
  await writeSummaryOutputs(catalog, run, options);
  printRunSummary(run, catalog, io, { filesChecked: false });
  if (consolidation.rolledUpFrom) io.print(consolidation.rolledUpFrom.sentence);
  if (options.out) io.print(cliTexts.workingWritten(workingFileName(options.out)));
  return 0;
}
