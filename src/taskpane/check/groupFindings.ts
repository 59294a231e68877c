import type { Finding, Severity } from "../../domain/validation/types";
import { uiTexts } from "../../domain/texts/ui";

export interface FindingGroup {
  /** Unit id, or the file name when the file's unit is unknown. */
  key: string;
  title: string;
  /** Errors first, then warnings, then notes; file order within each. */
  findings: Finding[];
}

export interface FindingFilter {
  severity?: Severity;
  query: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Lower case without diacritics, so "muong la" finds "Xã Mường La" as officers type on any keyboard. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

function searchable(finding: Finding, title: string): string {
  const { message, fix, file, sheet, cell } = finding;
  return foldText([title, message, fix, file, sheet && uiTexts.check.location(sheet, cell)].join(" "));
}

/** Findings grouped by unit (groups in the order their first finding came), filtered by severity and text. */
export function groupFindings(
  findings: readonly Finding[],
  unitNames: Readonly<Record<string, string>>,
  filter: FindingFilter,
): FindingGroup[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    if (filter.severity && finding.severity !== filter.severity) continue;
    const key = finding.unit ?? finding.file;
    const title = finding.unit ? (unitNames[finding.unit] ?? finding.unit) : uiTexts.check.unknownUnit(finding.file);
    const text = searchable(finding, title);
    if (!words.every((word) => text.includes(word))) continue;
    const group = groups.get(key) ?? { key, title, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({
    ...group,
    findings: [...group.findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]),
  }));
}
