import { cdsPlanProgramme } from "../domain/catalog/programmes";
import type { Catalog } from "../domain/catalog/types";
import type { ConsolidationRun } from "../domain/consolidation/fileOutcomes";
import { cliTexts } from "../domain/texts/cli";
import type { CommandIo } from "./commandIo";

/**
 * The few lines an officer reads after a run: completeness (the other units apart), lateness, rejections, receipt
 * notices, the CĐS plan's task counts, each other programme's counts under its title, and the findings' counts when
 * files were checked (a roll-up made from the history checks none: "0 lỗi" would only say nothing was looked at).
 */
export function printRunSummary(
  { consolidation, findings }: ConsolidationRun,
  catalog: Catalog,
  io: CommandIo,
  { filesChecked = true }: { filesChecked?: boolean } = {},
): void {
  io.print(consolidation.completenessSentence);
  if (consolidation.otherMissingSentence) io.print(consolidation.otherMissingSentence);
  if (consolidation.lateSentence) io.print(consolidation.lateSentence);
  if (consolidation.rejectedSentence) io.print(consolidation.rejectedSentence);
  // Receipt times that look like an officer's batch save, not the units' sending: said where warnings go.
  for (const notice of consolidation.receiptNotices ?? []) io.error(notice);
  for (const line of consolidation.taskSentences) io.print(line);
  const planId = cdsPlanProgramme(catalog)?.id;
  for (const result of consolidation.programmes.filter((p) => p.programmeId !== planId && p.counts.total > 0)) {
    const programme = catalog.programmes.find((candidate) => candidate.id === result.programmeId);
    io.print(cliTexts.programmeHeading(programme?.title ?? result.programmeId));
    for (const line of result.sentences) io.print(line);
  }
  if (!filesChecked) return;
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  io.print(cliTexts.findingCounts(count("error"), count("warning"), count("info")));
}
