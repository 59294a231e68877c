/** History rows as the tests of src/domain/history write them: a unit's figure or task status in a period. */
import type { HistoryRecord } from "../../../src/domain/history/types";

/** An indicator's row, from the unit's file of the period received on the 8th, unless `fields` say otherwise. */
export function row(code: string, unitId: string, itemId: string, fields: Partial<HistoryRecord>): HistoryRecord {
  const file = `${code}_${unitId}.xlsx`;
  const receivedAt = `${code}-08T09:00:00`;
  return { period: code, unitId, unitName: unitId, kind: "indicator", itemId, text: "", file, receivedAt, ...fields };
}

export const task = (code: string, unitId: string, itemId: string, status: string) =>
  row(code, unitId, itemId, { kind: "task", status, cell: "Nhiệm vụ!F9" });
