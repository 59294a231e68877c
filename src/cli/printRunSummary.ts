import type { ConsolidationRun } from "../domain/consolidation/consolidateFiles";
import { cliTexts } from "../domain/texts/cli";
import type { CommandIo } from "./commandIo";

/** The few lines an officer reads after a run: completeness, lateness, rejections, task counts, findings. */
export function printRunSummary({ consolidation, findings }: ConsolidationRun, io: CommandIo): void {
  io.print(consolidation.completenessSentence);
  if (consolidation.lateSentence) io.print(consolidation.lateSentence);
  if (consolidation.rejectedSentence) io.print(consolidation.rejectedSentence);
  for (const line of consolidation.taskSentences) io.print(line);
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  io.print(cliTexts.findingCounts(count("error"), count("warning"), count("info")));
}
