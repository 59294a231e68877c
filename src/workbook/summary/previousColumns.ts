/**
 * The two columns the indicator and task working sheets add when the previous period is known (--history): what it
 * said then, and the change. Without a previous period the sheets stay as they were.
 */
import type { Consolidation } from "../../domain/consolidation/types";
import { periodLabel } from "../../domain/language/parsePeriod";
import { historyTexts } from "../../domain/texts/history";
import { setCell } from "../model/buildSheet";
import type { Sheet } from "../model/types";

const WIDTHS = [16, 18];

export interface PreviousColumns {
  headers: string[];
  widths: number[];
  /** Writes the previous text and the change from column `col` on. */
  write(sheet: Sheet, row: number, col: number, previous: string | undefined, change: string | undefined): void;
}

export function previousColumns(consolidation: Consolidation): PreviousColumns | undefined {
  const period = consolidation.comparedWith;
  if (!period) return undefined;
  return {
    headers: historyTexts.previousHeaders(periodLabel(period)),
    widths: WIDTHS,
    write(sheet, row, col, previous, change) {
      setCell(sheet, row, col, previous ?? null, "cellCenter");
      setCell(sheet, row, col + 1, change ?? null, "cellCenter");
    },
  };
}
