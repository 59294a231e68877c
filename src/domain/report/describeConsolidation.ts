import type { Catalog } from "../catalog/types";
import type { ConsolidationRun } from "../consolidation/fileOutcomes";
import { catalogInForce, judgingDay } from "../catalog/catalogInForce";

/** The consolidation as the `consolidate` command writes it to JSON, for other tools and for tests. */
export function describeConsolidation(catalog: Catalog, run: ConsolidationRun) {
  const { consolidation } = run;
  const inForce = catalogInForce(catalog, judgingDay(consolidation.period, consolidation.asOf));
  const unitName = new Map(inForce.units.map((unit) => [unit.id, unit.name]));
  return {
    period: consolidation.period.code,
    asOf: consolidation.asOf,
    units: consolidation.register.map((row) => ({
      id: row.unitId,
      name: row.name,
      group: row.group,
      status: row.status,
      file: row.file ?? null,
      receivedAt: row.receivedAt ?? null,
      receiptSource: row.receivedAt ? (row.receiptSource ?? "file") : null,
      reason: row.reason ?? null,
      errors: row.errors,
      warnings: row.warnings,
      replacedFiles: row.replacedFiles,
      ...(row.carriedFrom ? { carriedFrom: row.carriedFrom } : {}),
    })),
    ...(consolidation.rolledUpFrom ? { rolledUpFrom: consolidation.rolledUpFrom } : {}),
    completeness: consolidation.completeness,
    sentences: {
      completeness: consolidation.completenessSentence,
      late: consolidation.lateSentence ?? null,
      rejected: consolidation.rejectedSentence ?? null,
      otherMissing: consolidation.otherMissingSentence ?? null,
      receiptNotices: consolidation.receiptNotices ?? [],
      tasks: consolidation.taskSentences,
      sections: consolidation.reportSections,
      documents: consolidation.documentsSentence,
      ...(consolidation.carriedSentence ? { carried: consolidation.carriedSentence } : {}),
    },
    documentsWindow: consolidation.documentsWindow,
    documents: consolidation.documents.map((document) => ({
      stt: document.stt,
      number: document.number,
      date: document.date,
      kind: document.kind,
      text: document.text,
      units: document.unitIds,
    })),
    indicators: consolidation.indicators.map((indicator) => ({
      id: indicator.id,
      value: indicator.value ?? null,
      display: indicator.display,
      met: indicator.met,
      reporting: indicator.reporting,
      expected: indicator.expected,
      estimate: indicator.estimate,
      ...(indicator.previous
        ? { previous: { period: indicator.previous.period, value: indicator.previous.value ?? null } }
        : {}),
      ...(indicator.target ? { target: indicator.target } : {}),
    })),
    tasks: consolidation.tasks.map((task) => ({
      id: task.id,
      programmeId: task.programmeId,
      status: task.status ?? null,
      statusText: task.statusText,
      bucket: task.bucket,
      overdue: task.overdue,
      ...(task.overdueParts ? { overdueParts: task.overdueParts } : {}),
      dueDate: task.dueDate ?? null,
      description: task.description,
      ...(task.previous ? { previous: { period: task.previous.period, status: task.previous.status ?? null } } : {}),
    })),
    taskCounts: consolidation.taskCounts,
    difficulties: consolidation.difficulties,
    programmes: consolidation.programmes,
    files: run.files.map((file) => ({
      file: file.file,
      unit: file.unitId ?? null,
      status: file.status,
      replacedBy: file.replacedBy ?? null,
      receivedAt: file.receivedAt,
      receiptSource: file.receiptSource ?? "file",
      reason: file.reason ?? null,
      errors: file.errors,
      warnings: file.warnings,
    })),
    findings: run.findings.map((finding) => ({
      file: finding.file,
      unit: finding.unit ?? null,
      unitName: finding.unit ? (unitName.get(finding.unit) ?? null) : null,
      sheet: finding.sheet ?? null,
      cell: finding.cell ?? null,
      severity: finding.severity,
      code: finding.code,
      message: finding.message,
      fix: finding.fix ?? null,
    })),
  };
}
