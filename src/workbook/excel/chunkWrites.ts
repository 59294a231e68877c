/**
 * Excel on the web refuses a request (one context.sync()) larger than 5 MB. We estimate the JSON
 * size of what we queue, split a sheet's values into row blocks below a budget, and sync early
 * only when the queued bytes would pass it: a normal form is far below, so the number of syncs
 * depends on the size of the data, never on the number of rows.
 */
export const EXCEL_WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** A fifth of the limit is left for JSON framing and the formatting commands queued beside the values. */
export const DEFAULT_REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

const encoder = new TextEncoder();

/** UTF-8 bytes of the JSON Office.js sends for `payload`. */
export function estimatePayloadBytes(payload: unknown): number {
  return encoder.encode(JSON.stringify(payload)).length;
}

export interface RowBlock {
  /** Indexes into the list of rows, `end` exclusive. */
  start: number;
  end: number;
  bytes: number;
}

/** Consecutive rows grouped so each block stays within the budget (a larger single row stands alone). */
export function chunkRows(rowBytes: readonly number[], budget: number): RowBlock[] {
  const blocks: RowBlock[] = [];
  let current: RowBlock | undefined;
  rowBytes.forEach((bytes, index) => {
    if (current && current.bytes + bytes <= budget) {
      current.end = index + 1;
      current.bytes += bytes;
    } else {
      current = { start: index, end: index + 1, bytes };
      blocks.push(current);
    }
  });
  return blocks;
}

export interface Syncable {
  sync(): Promise<unknown>;
}

/** Tracks the bytes queued since the last sync and syncs first when the next payload would pass the budget. */
export class RequestBudget {
  private queued = 0;
  syncs = 0;

  constructor(
    private readonly context: Syncable,
    private readonly budget: number,
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) await this.sync();
    this.queued += bytes;
  }

  async sync(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.queued = 0;
  }
}
