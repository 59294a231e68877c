/**
 * The catalog's dated changes as typed (a data file's "revisions", a sheet's rows) → checked revisions in date order.
 * Every problem names the change (its place, kind, id and day): the catalog must not take effect half-changed.
 */
import { calendarDate } from "../language/parsePeriod";
import { parseTarget } from "../language/parseTarget";
import type { IsoDate, MeasureUnit } from "../language/types";
import type { ParseIssue, ParseResult } from "../result";
import { revisionTexts as texts } from "../texts/revisions";
import { REVISION_KIND_LABELS } from "./revisionKinds";
import type { CatalogRevision, RevisionKind } from "./types";

/**
 * A change as typed: `kind` one of target / added / withdrawn / renamed / merged (or its name in a sheet, "Điều chỉnh
 * chỉ tiêu" …), `from` its first day.
 */
export interface RevisionRow {
  kind: string;
  /** The indicator, task or unit changed; for a merger, the unit that receives the others. */
  id: string;
  /** "2026-06-01" or "01/06/2026". */
  from: string;
  /** target: the new target as the decision writes it ("60%"). */
  target?: string;
  /** renamed: the unit's new name. */
  name?: string;
  /** merged: the units merged into `id`. */
  predecessors?: string[];
}

/** What the changes may name: the catalog's items and units. */
export interface RevisionTargets {
  /** Indicators with a target (not headings), with how their figures are measured. */
  indicators: Map<string, MeasureUnit>;
  /** Every indicator, task and unit id. */
  items: Set<string>;
  units: Set<string>;
}

const KINDS = Object.keys(REVISION_KIND_LABELS) as RevisionKind[];

/** "2026-06-01", "01/06/2026" or "1/6/2026" → the day, if it is one. */
export function revisionDay(text: string): IsoDate | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return vn ? calendarDate(Number(vn[3]), Number(vn[2]), Number(vn[1])) : undefined;
}

/** A JSON file may hold anything where a text belongs: it is read as no text, never thrown on. */
const textOf = (value: unknown): string => (typeof value === "string" ? value.normalize("NFC").trim() : "");

function checkedRevision(
  typed: RevisionRow,
  targets: RevisionTargets,
  problem: (code: string, message: string) => undefined,
): CatalogRevision | undefined {
  const row = { ...typed, kind: textOf(typed.kind), id: textOf(typed.id), from: textOf(typed.from) };
  const kind = KINDS.find(
    (candidate) =>
      candidate === row.kind ||
      REVISION_KIND_LABELS[candidate].toLocaleLowerCase("vi") === row.kind.toLocaleLowerCase("vi"),
  );
  if (!kind) problem("unknown_revision_kind", texts.unknownKind(row.kind));
  const from = revisionDay(row.from);
  if (!from) problem("bad_revision_date", texts.badDate(row.from));
  const id = row.id;
  if (id === "") problem("empty_revision_id", texts.emptyId);
  if (!kind || !from || id === "") return undefined;
  switch (kind) {
    case "target": {
      const measure = targets.indicators.get(id);
      if (measure === undefined) return problem("revision_not_indicator", texts.notIndicator(id));
      const target = textOf(row.target);
      const parsed = parseTarget(target, { measure });
      if (!parsed.ok) return problem("bad_revision_target", texts.badTarget(target, parsed.issues[0].message));
      return { kind, id, from, target, parsed: parsed.value };
    }
    case "added":
    case "withdrawn":
      return targets.items.has(id) ? { kind, id, from } : problem("revision_unknown_item", texts.notItem(id));
    case "renamed": {
      if (!targets.units.has(id)) return problem("revision_not_unit", texts.notUnit(id));
      const name = textOf(row.name);
      return name === "" ? problem("empty_revision_name", texts.emptyName) : { kind, id, from, name };
    }
    case "merged": {
      if (!targets.units.has(id)) return problem("revision_not_unit", texts.notUnit(id));
      const predecessors = Array.isArray(row.predecessors) ? row.predecessors.map(textOf) : [];
      if (predecessors.length === 0) return problem("no_predecessors", texts.noPredecessors);
      const bad = predecessors.find(
        (predecessor, index) =>
          !targets.units.has(predecessor) || predecessor === id || predecessors.indexOf(predecessor) !== index,
      );
      return bad === undefined
        ? { kind, id, from, predecessors }
        : problem("bad_predecessor", texts.badPredecessor(bad));
    }
  }
}

/** Checks across changes: the same change twice, a unit merged twice, an item withdrawn before it was added. */
function crossIssues(revisions: { revision: CatalogRevision; index: number }[], report: ReportAt): void {
  const seen = new Set<string>();
  const mergedInto = new Set<string>();
  const addedOn = new Map<string, IsoDate>();
  for (const { revision, index } of revisions) {
    const key = [revision.kind, revision.id, revision.from].join("\u001f");
    if (seen.has(key)) report(index, "repeated_revision", texts.repeated);
    seen.add(key);
    if (revision.kind === "added") addedOn.set(revision.id, revision.from);
    if (revision.kind === "merged") {
      const twice = revision.predecessors.find((predecessor) => mergedInto.has(predecessor));
      if (twice !== undefined) report(index, "merged_twice", texts.mergedTwice(twice));
      for (const predecessor of revision.predecessors) mergedInto.add(predecessor);
    }
  }
  for (const { revision, index } of revisions) {
    const added = addedOn.get(revision.id);
    if (revision.kind === "withdrawn" && added !== undefined && revision.from <= added)
      report(index, "withdrawn_before_added", texts.withdrawnBeforeAdded(added));
  }
}

type ReportAt = (index: number, code: string, message: string) => void;

/** The changes checked and sorted by day (changes of one day keep the order typed); issues name each change. */
export function parseRevisions(rows: RevisionRow[], targets: RevisionTargets): ParseResult<CatalogRevision[]> {
  const issues: ParseIssue[] = [];
  const report: ReportAt = (index, code, message) => {
    const row = rows[index];
    const name = texts.name(index, textOf(row.kind), textOf(row.id), textOf(row.from));
    issues.push({ path: ["revisions", index], code, message: `${name}: ${message}` });
  };
  const checked = rows.flatMap((row, index) => {
    const revision = checkedRevision(row, targets, (code, message) => {
      report(index, code, message);
      return undefined;
    });
    return revision ? [{ revision, index }] : [];
  });
  crossIssues(checked, report);
  if (issues.length > 0) return { ok: false, issues };
  const sorted = checked.sort((a, b) => a.revision.from.localeCompare(b.revision.from) || a.index - b.index);
  return { ok: true, value: sorted.map(({ revision }) => revision) };
}
