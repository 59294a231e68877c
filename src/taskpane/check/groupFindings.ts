import type { Finding, Severity } from "../../domain/validation/types";
import { FINDING_KINDS } from "../../domain/texts/findingKinds";
import { uiTexts } from "../../domain/texts/ui";

/** A finding with the name of the unit (or file) it is about, as the list shows it. */
export interface ListedFinding {
  finding: Finding;
  unitTitle: string;
}

/** Every finding of one kind and severity: one line with its count, opening to the list. */
export interface FindingGroup {
  key: string;
  kind: string;
  severity: Severity;
  findings: ListedFinding[];
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

function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The query's words, in order, as whole words of the text: "long he" finds "Xã Long Hẹ", not "hài lòng … hệ". */
function containsPhrase(text: string[], phrase: string[]): boolean {
  if (phrase.length === 0) return true;
  for (let start = 0; start + phrase.length <= text.length; start++) {
    if (phrase.every((word, i) => text[start + i] === word)) return true;
  }
  return false;
}

function searchable({ finding, unitTitle }: ListedFinding): string[] {
  const { message, fix, file, sheet, cell, code } = finding;
  return words(
    [unitTitle, FINDING_KINDS[code], message, fix, file, sheet && uiTexts.check.location(sheet, cell)].join(" "),
  );
}

function unitTitle(finding: Finding, unitNames: Readonly<Record<string, string>>): string {
  return finding.unit ? (unitNames[finding.unit] ?? finding.unit) : uiTexts.check.unknownUnit(finding.file);
}

/** Findings grouped by kind, errors first, then the larger kinds; each kind's findings in file order. */
export function groupFindings(
  findings: readonly Finding[],
  unitNames: Readonly<Record<string, string>>,
  filter: FindingFilter,
): FindingGroup[] {
  const phrase = words(filter.query);
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    if (filter.severity && finding.severity !== filter.severity) continue;
    const listed = { finding, unitTitle: unitTitle(finding, unitNames) };
    if (!containsPhrase(searchable(listed), phrase)) continue;
    const key = `${finding.severity}:${finding.code}`;
    const group = groups.get(key) ?? {
      key,
      kind: FINDING_KINDS[finding.code],
      severity: finding.severity,
      findings: [],
    };
    group.findings.push(listed);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.findings.length - a.findings.length,
  );
}

/** How many findings of each severity: "10 lỗi · 7 cảnh báo · 3 thông tin" says where to look first. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
