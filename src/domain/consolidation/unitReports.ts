/** What each unit reported, taken from its accepted file only: rejected and replaced files give no values. */
import { latestArrival } from "../submission/arrivalOrder";
import type { DocumentOutcome, FileOutcome, IndicatorOutcome, TaskOutcome } from "./types";

export interface UnitReport {
  unitId: string;
  file: string;
  indicators: Map<string, IndicatorOutcome>;
  tasks: Map<string, TaskOutcome>;
  documents: DocumentOutcome[];
}

/** One report per unit; should a unit still have two accepted files, the later one counts. */
export function acceptedReports(files: FileOutcome[]): Map<string, UnitReport> {
  const reports = new Map<string, UnitReport>();
  for (const [unitId, own] of filesByUnit(files)) {
    const accepted = latestArrival(own.filter((file) => file.status === "accepted"));
    if (!accepted) continue;
    reports.set(unitId, {
      unitId,
      file: accepted.file,
      indicators: new Map(accepted.indicators.map((entry) => [entry.indicatorId, entry])),
      tasks: new Map(accepted.tasks.map((entry) => [entry.taskId, entry])),
      documents: accepted.documents ?? [],
    });
  }
  return reports;
}

/** One unit's entry on one item, from its report. */
export interface ReportedEntry<E> {
  unitId: string;
  file: string;
  entry: E;
}

/**
 * The units of `unitIds`, in that order, whose report holds an entry on the item `entryOf` picks, each with it.
 * A loop, not a flatMap: it runs once per task and indicator over every unit of the register.
 */
export function reportedEntries<E>(
  unitIds: Iterable<string>,
  reports: Map<string, UnitReport>,
  entryOf: (report: UnitReport) => E | undefined,
): ReportedEntry<E>[] {
  const found: ReportedEntry<E>[] = [];
  for (const unitId of unitIds) {
    const report = reports.get(unitId);
    const entry = report && entryOf(report);
    if (report && entry) found.push({ unitId, file: report.file, entry });
  }
  return found;
}

/** Files grouped by the unit they belong to; files of no known unit are left out. */
export function filesByUnit(files: FileOutcome[]): Map<string, FileOutcome[]> {
  const grouped = new Map<string, FileOutcome[]>();
  for (const file of files) {
    if (file.unitId === undefined) continue;
    grouped.set(file.unitId, [...(grouped.get(file.unitId) ?? []), file]);
  }
  return grouped;
}
