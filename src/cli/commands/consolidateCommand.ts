import { periodLabel } from "../../domain/language/parsePeriod";
import { cliTexts } from "../../domain/texts/cli";
import type { CommandIo } from "../commandIo";
import { loadCatalog } from "../loadCatalog";
import { loadReceipts } from "../loadReceipts";
import { parseCommonOptions, UsageError } from "../options";
import { runConsolidation } from "../runConsolidation";
import { printRunSummary } from "../printRunSummary";
import { workingFileName } from "../../workbook/summary/splitSummaryWorkbook";
import { openHistoryFile, recordRun } from "../historyFile";
import { catalogInForce, judgingDay } from "../../domain/catalog/catalogInForce";

/** `consolidate FILE_OR_DIR… --period P --as-of D --out SUMMARY.xlsx --json OUT [--documents-since D] [--only-reported-tasks] [--history FILE.xlsx [--no-carry-forward]] [--receipts FILE]`. */
export async function consolidateCommand(argv: string[], io: CommandIo): Promise<number> {
  const options = parseCommonOptions(argv, io.today());
  if (options.positionals.length === 0) throw new UsageError(cliTexts.inputsRequired);
  if (!options.out && !options.json) throw new UsageError(cliTexts.consolidateOutputRequired);
  const catalog = await loadCatalog(options.catalog, io);
  if (!catalog) return 1;
  const history = options.history ? await openHistoryFile(options.history, io) : undefined;
  if (options.history && !history) return 1;
  const receipts = await loadReceipts(options.receipts);
  const run = await runConsolidation(
    {
      catalog,
      period: options.period,
      asOf: options.asOf,
      ...(options.documentsSince ? { documentsSince: options.documentsSince } : {}),
      inputs: options.positionals,
      out: options.out,
      json: options.json,
      onlyReportedTasks: options.onlyReportedTasks,
      ...(history ? { history: { records: history.records, carryForward: options.carryForward } } : {}),
      ...(receipts ? { receipts } : {}),
    },
    io,
  );
  if (run.otherPeriod) {
    const { period, count, total } = run.otherPeriod;
    io.error(cliTexts.otherPeriod(count, total, periodLabel(period), period.code));
    return 1;
  }
  printRunSummary(run, catalog, io);
  if (options.out) io.print(cliTexts.workingWritten(workingFileName(options.out)));
  // Recorded under the units' names on the period's judging day (a unit renamed since the plan keeps its new name).
  const inForce = catalogInForce(catalog, judgingDay(options.period, options.asOf));
  if (history && !(await recordRun(history, inForce, run, new Date(`${options.asOf}T00:00:00Z`), io))) return 1;
  return 0;
}
