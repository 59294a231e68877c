import type { Catalog, Indicator, Task } from "../catalog/types";

/** The identity every unit form carries; the reader refuses other templates and other versions. */
export const FORM_TEMPLATE_ID = "baocao-cds/bieu-mau-don-vi";
export const FORM_TEMPLATE_VERSION = 1;

export interface FormContent {
  indicators: Indicator[];
  tasks: Task[];
}

function concerns(unitId: string, item: Indicator | Task): boolean {
  return item.lead.unitIds.includes(unitId) || item.coordinators.unitIds.includes(unitId);
}

/** What a unit reports on: the items it leads or coordinates, headings left out, in catalog order. */
export function formContentFor(catalog: Catalog, unitId: string): FormContent {
  return {
    indicators: catalog.indicators.filter((item) => !item.isHeading && concerns(unitId, item)),
    tasks: catalog.tasks.filter((item) => !item.isHeading && concerns(unitId, item)),
  };
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

/**
 * Fingerprint of the fixed content a unit's form shows (ids, STT, names, results, targets, tasks'
 * products and deadlines): the same catalog gives the same print, any edit of a fixed text another.
 */
export function formFingerprint(content: FormContent): string {
  const fixed = [
    ...content.indicators.map((i) => [i.id, i.stt, i.name, i.result2025, i.target2026].join("\u001f")),
    ...content.tasks.map((t) => [t.id, t.stt, t.name, t.product, t.deadline.raw].join("\u001f")),
  ].join("\u001e");
  return fnv1a(fixed, 0x811c9dc5) + fnv1a(fixed, 0x01000193);
}
