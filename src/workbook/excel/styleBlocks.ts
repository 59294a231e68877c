/**
 * Groups cells that share a style into rectangles, so the Office.js writer formats a block with
 * one command instead of one per cell.
 */
import type { RangeBounds } from "../model/types";

export interface StyledPosition<K> {
  row: number;
  col: number;
  key: K;
}

export interface StyledBlock<K> {
  key: K;
  bounds: RangeBounds;
}

/** Runs along each row, then stacks runs of the same columns and key in consecutive rows. */
export function styleBlocks<K>(cells: readonly StyledPosition<K>[]): StyledBlock<K>[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: StyledBlock<K>[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.key === cell.key && last.bounds.top === cell.row && last.bounds.right === cell.col - 1) {
      last.bounds.right = cell.col;
    } else {
      runs.push({ key: cell.key, bounds: { top: cell.row, bottom: cell.row, left: cell.col, right: cell.col } });
    }
  }
  const open = new Map<string, StyledBlock<K>>();
  const blocks: StyledBlock<K>[] = [];
  for (const run of runs) {
    const span = `${run.bounds.left}:${run.bounds.right}`;
    const above = open.get(span);
    if (above && above.key === run.key && above.bounds.bottom === run.bounds.top - 1) {
      above.bounds.bottom = run.bounds.top;
    } else {
      blocks.push(run);
      open.set(span, run);
    }
  }
  return blocks;
}
