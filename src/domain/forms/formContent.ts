import type { Catalog, Indicator, Task } from "../catalog/types";

/** The identity every unit form carries; the reader refuses other templates and other versions. */
export const FORM_TEMPLATE_ID = "baocao-cds/bieu-mau-don-vi";
export const FORM_TEMPLATE_VERSION = 1;

export interface FormContent {
  indicators: Indicator[];
  tasks: Task[];
}

const EMPTY: FormContent = { indicators: [], tasks: [] };

/** Unit → its items, built in one pass per catalog: called for every file, with thousands of units. */
const contentIndex = new WeakMap<Catalog, Map<string, FormContent>>();

function indexContent(catalog: Catalog): Map<string, FormContent> {
  const index = new Map<string, FormContent>();
  const add = <K extends keyof FormContent>(kind: K, item: FormContent[K][number]) => {
    for (const unitId of new Set([...item.lead.unitIds, ...item.coordinators.unitIds])) {
      const content = index.get(unitId) ?? { indicators: [], tasks: [] };
      (content[kind] as FormContent[K][number][]).push(item);
      index.set(unitId, content);
    }
  };
  for (const item of catalog.indicators) if (!item.isHeading) add("indicators", item);
  for (const item of catalog.tasks) if (!item.isHeading) add("tasks", item);
  return shareEqualContents(index);
}

/**
 * Units that report on the same items (the 75 xã, a country's 3,321 communes) get one content object: its
 * fingerprint is then computed once, not once per unit, when a form's print is looked up among every unit's.
 */
function shareEqualContents(index: Map<string, FormContent>): Map<string, FormContent> {
  const ids = (items: { id: string }[]) => items.map((item) => item.id).join("\u001f");
  const byItems = new Map<string, FormContent>();
  for (const [unitId, content] of index) {
    const items = `${ids(content.indicators)}\u001e${ids(content.tasks)}`;
    const shared = byItems.get(items);
    if (shared) index.set(unitId, shared);
    else byItems.set(items, content);
  }
  return index;
}

/** What a unit reports on: the items it leads or coordinates, headings left out, in catalog order. */
export function formContentFor(catalog: Catalog, unitId: string): FormContent {
  let index = contentIndex.get(catalog);
  if (!index) {
    index = indexContent(catalog);
    contentIndex.set(catalog, index);
  }
  return index.get(unitId) ?? EMPTY;
}

/** Rates combined across units are entered as Tử số and Mẫu số, so the province can add them up. */
export function asksForNumeratorAndDenominator(indicator: Indicator): boolean {
  return indicator.aggregation.rule === "ratio";
}

/** FNV-1a over UTF-16 code units, twice with different offsets: 64 bits, enough to notice an edit. */
function fnv1a(text: string, offset: number): string {
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Whose form it is and for which period: the fingerprint covers them, so one unit's form cannot pass for another's. */
export interface FormOwner {
  unitId: string;
  period: string;
}

/**
 * Fingerprint of one unit's form for one period: its unit id, its period and the fixed content it shows (ids, STT,
 * names, results, targets, tasks' products and deadlines). The same catalog gives the same print for the same unit
 * and period; any edit of a fixed text, and a unit id or period changed in the hidden identity, give another (the
 * 75 xã share one content, so the content alone would let a form pass for a neighbour's).
 */
export function formFingerprint(content: FormContent, owner: FormOwner): string {
  const signed = [owner.unitId, owner.period, contentFingerprint(content)].join("\u001e");
  return fnv1a(signed, 0x811c9dc5) + fnv1a(signed, 0x01000193);
}

function contentFingerprint(content: FormContent): string {
  const known = fingerprints.get(content);
  if (known) return known;
  const fixed = [
    ...content.indicators.map((i) => [i.id, i.stt, i.name, i.result2025, i.target2026].join("\u001f")),
    ...content.tasks.map((t) => [t.id, t.stt, t.name, t.product, t.deadline.raw].join("\u001f")),
  ].join("\u001e");
  const print = fnv1a(fixed, 0x811c9dc5) + fnv1a(fixed, 0x01000193);
  fingerprints.set(content, print);
  return print;
}

/** Contents come from the per-catalog index, so each unit's content print is computed once per run. */
const fingerprints = new WeakMap<FormContent, string>();
