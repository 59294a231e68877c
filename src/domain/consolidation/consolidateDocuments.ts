/**
 * Phụ lục I: every accepted unit's documents, each once (by số/ký hiệu, however typed), those issued inside the
 * window, in date order and numbered. Of a document several units reported, the fullest spelling of its
 * số/ký hiệu ("1055/QĐ-UBND" over "1055/qd-ubnd") gives the line, the first in register order among equals;
 * every unit that reported it is named.
 */
import { documentKind } from "../documents/documentKind";
import { foldForMatching } from "../language/cellText";
import { documentKey } from "../documents/documentNumber";
import { isInWindow, type DocumentsWindow } from "../documents/documentsWindow";
import { documentLine } from "../documents/documentLine";
import type { ConsolidatedDocument, DocumentOutcome, Source } from "./types";
import type { UnitReport } from "./unitReports";

interface Gathered {
  /** The report whose spelling the line uses. */
  first: DocumentOutcome;
  unitIds: string[];
  sources: Source[];
}

/** Capitals and accented letters: what a hurried hand leaves out ("qd" for "QĐ"). */
function fullness(number: string): number {
  const folded = [...foldForMatching(number)];
  return [...number].filter((character, i) => character !== folded[i]).length;
}

/** The leading number of a số/ký hiệu, to order two documents of one day as the office numbered them. */
function serial(number: string): number {
  return Number(/^\d+/.exec(number)?.[0] ?? 0);
}

export function consolidateDocuments(
  reports: Map<string, UnitReport>,
  unitOrder: readonly string[],
  window: DocumentsWindow,
): ConsolidatedDocument[] {
  const gathered = new Map<string, Gathered>();
  for (const unitId of unitOrder) {
    const report = reports.get(unitId);
    if (!report) continue;
    for (const document of report.documents) {
      if (!isInWindow(document.date, window)) continue;
      const key = documentKey(document.number);
      const entry = gathered.get(key) ?? { first: document, unitIds: [], sources: [] };
      if (fullness(document.number) > fullness(entry.first.number)) entry.first = document;
      if (!entry.unitIds.includes(unitId)) entry.unitIds.push(unitId);
      entry.sources.push({ unitId, file: report.file, cell: document.cell, text: document.number });
      gathered.set(key, entry);
    }
  }
  return [...gathered.entries()]
    .sort(
      ([keyA, a], [keyB, b]) =>
        a.first.date.localeCompare(b.first.date) ||
        serial(a.first.number) - serial(b.first.number) ||
        keyA.localeCompare(keyB),
    )
    .map(([, { first, unitIds, sources }], index) => ({
      stt: index + 1,
      number: first.number,
      date: first.date,
      summary: first.summary,
      kind: documentKind(first.number),
      text: documentLine(first.number, first.date, first.summary),
      unitIds,
      sources,
    }));
}
