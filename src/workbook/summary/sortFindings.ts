/** The order "Kết quả kiểm tra" lists findings in: by unit, then severity, sheet and cell, as the officer works. */
import type { Finding, Severity } from "../../domain/validation/types";
import { columnNumber } from "../model/addresses";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** "F7" → [7, 6], so F7 comes before F10; a finding without a cell (about the whole file or sheet) comes first. */
function cellOrder(cell: string | undefined): [number, number] {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(cell ?? "");
  if (!match) return [0, 0];
  return [Number(match[2]), columnNumber(match[1])];
}

/**
 * `unitOrder` gives each unit's place (the register's order); findings of no known unit come last, by file.
 * Every tie is broken down to the message, so the same findings always print in the same order.
 */
export function sortFindings(findings: Finding[], unitOrder: Map<string, number>): Finding[] {
  const unitRank = (finding: Finding) => unitOrder.get(finding.unit ?? "") ?? unitOrder.size;
  const text = (a = "", b = "") => a.localeCompare(b, "vi");
  return [...findings].sort((a, b) => {
    const [rowA, colA] = cellOrder(a.cell);
    const [rowB, colB] = cellOrder(b.cell);
    return (
      unitRank(a) - unitRank(b) ||
      text(a.file, b.file) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      text(a.sheet, b.sheet) ||
      rowA - rowB ||
      colA - colB ||
      text(a.cell, b.cell) ||
      text(a.code, b.code) ||
      text(a.message, b.message)
    );
  });
}
