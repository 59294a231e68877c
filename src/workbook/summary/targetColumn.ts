/**
 * The column the indicator working sheet adds when a dated change of the catalog set a target judged in the period:
 * the target each figure was judged against, and for a changed one since when and what it was before. Without such
 * a change the sheet stays as it was.
 */
import type { Indicator } from "../../domain/catalog/types";
import type { ConsolidatedIndicator, Consolidation } from "../../domain/consolidation/types";
import { paddedVietnameseDate } from "../../domain/language/vietnameseDate";
import { revisionTexts } from "../../domain/texts/revisions";
import { setCell } from "../model/buildSheet";
import type { Sheet } from "../model/types";

export interface TargetColumn {
  header: string;
  width: number;
  write(sheet: Sheet, row: number, col: number, indicator: Indicator, result: ConsolidatedIndicator): void;
}

export function targetColumn(consolidation: Consolidation): TargetColumn | undefined {
  if (!consolidation.indicators.some((result) => result.target)) return undefined;
  return {
    header: revisionTexts.targetAppliedHeader,
    width: 30,
    write(sheet, row, col, indicator, { target }) {
      const text = target
        ? revisionTexts.targetApplied(target.text, paddedVietnameseDate(target.from), target.previous || undefined)
        : revisionTexts.targetApplied(indicator.target2026);
      setCell(sheet, row, col, text, "cell");
    },
  };
}
