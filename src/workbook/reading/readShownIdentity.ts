/**
 * Where a form shows whose it is and for which period: the cover's "Đơn vị báo cáo" and "Kỳ báo cáo" (the first
 * text right of each label) and each table sheet's title line "Đơn vị: … — Kỳ báo cáo: …" above its header. The
 * validator holds them against the hidden identity, so a form relabelled for another unit or month is refused.
 */
import type { ShownIdentity } from "../../domain/submission/types";
import { formTexts } from "../../domain/texts/templates";
import { parseTitleLine } from "./readFormSheets";
import { foldHeader } from "./readFormTable";
import type { SheetGrid } from "./sheetGrid";

/** The title line sits in row 2 of a form table; the search stops at the header rows' usual depth. */
const TITLE_SEARCH_ROWS = 10;

const COVER_LABELS: [label: string, field: "unit" | "period"][] = [
  [formTexts.unitLabel, "unit"],
  [formTexts.periodLabel, "period"],
];

export interface ShownIdentitySheets {
  cover?: SheetGrid;
  /** The sheets with a form table: indicators, tasks, documents. */
  tables: SheetGrid[];
}

export function readShownIdentity({ cover, tables }: ShownIdentitySheets): ShownIdentity[] {
  return [...(cover ? coverFacts(cover) : []), ...tables.flatMap((grid) => titleLine(grid) ?? [])];
}

function coverFacts(grid: SheetGrid): ShownIdentity[] {
  const labels = new Map(COVER_LABELS.map(([label, field]) => [foldHeader(label), field]));
  const shown: ShownIdentity[] = [];
  for (let row = 1; row <= grid.rowCount && labels.size > 0; row++) {
    const texts = grid.rowTexts(row);
    const at = texts.findIndex(([, text]) => labels.has(foldHeader(text)));
    if (at < 0 || at + 1 >= texts.length) continue;
    const field = labels.get(foldHeader(texts[at][1])) as "unit" | "period";
    labels.delete(foldHeader(texts[at][1]));
    const [col, text] = texts[at + 1];
    shown.push({ sheet: grid.name, cell: grid.input(row, col).cell, [field]: text });
  }
  return shown;
}

function titleLine(grid: SheetGrid): ShownIdentity | undefined {
  for (let row = 1; row <= Math.min(TITLE_SEARCH_ROWS, grid.rowCount); row++) {
    for (const [col, text] of grid.rowTexts(row)) {
      const title = parseTitleLine(text);
      if (title) return { sheet: grid.name, cell: grid.input(row, col).cell, unit: title.unit, period: title.period };
    }
  }
  return undefined;
}
