/** Where a summary figure came from, in words the officer can follow back to a unit's file. */
import type { Source } from "../../domain/consolidation/types";
import { summaryTexts } from "../../domain/texts/summary";
import { withCarriedMark } from "../../domain/history/carriedMark";

/** Up to this many sources are named one per line; more would crowd the row, so the count points elsewhere. */
const MAX_LISTED_SOURCES = 3;

/**
 * "Sở Y tế (2026-05_so-yt.xlsx, Chỉ tiêu!F7)", one line per unit; with many units, `many(count)` says where
 * each unit's part is shown instead; null when nothing came from a unit. An unknown unit id is shown as the id.
 */
export function sourceText(
  sources: Source[],
  unitNames: Map<string, string>,
  many?: (count: number) => string,
): string | null {
  if (sources.length === 0) return null;
  if (many && sources.length > MAX_LISTED_SOURCES) return many(sources.length);
  return sources
    .map(({ unitId, file, cell, carriedFrom }) =>
      withCarriedMark(
        summaryTexts.sources.one(unitNames.get(unitId) ?? unitId, file, cell.sheet, cell.cell),
        carriedFrom,
      ),
    )
    .join("\n");
}
