/** The columns of the table "Dữ liệu các kỳ", in order: the writer lays them out, the reader finds them by name. */
import type { HistoryRecord } from "../../domain/history/types";
import { historyTexts } from "../../domain/texts/history";

export type HistoryField = keyof typeof historyTexts.columns;

export const HISTORY_FIELDS: readonly HistoryField[] = [
  "period",
  "unitId",
  "unitName",
  "kind",
  "itemId",
  "value",
  "numerator",
  "denominator",
  "text",
  "status",
  "progress",
  "receivedAt",
  "file",
  "cell",
];

/** Columns a record cannot be read without. */
export const REQUIRED_FIELDS: readonly HistoryField[] = ["period", "unitId", "kind", "itemId"];

export const NUMBER_FIELDS = [
  "value",
  "numerator",
  "denominator",
  "progress",
] as const satisfies readonly (keyof HistoryRecord)[];

export const HISTORY_WIDTHS: Record<HistoryField, number> = {
  period: 11,
  unitId: 22,
  unitName: 28,
  kind: 10,
  itemId: 16,
  value: 10,
  numerator: 9,
  denominator: 9,
  text: 40,
  status: 16,
  progress: 10,
  receivedAt: 22,
  file: 30,
  cell: 14,
};
