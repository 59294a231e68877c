/** The locked columns of a unit form, keyed by column key, and where a unit has edited them. */
import type { Indicator, Task } from "../catalog/types";
import { cleanCellText } from "../language/cellText";
import type { CellInput, FixedCells, TaskEntry } from "../submission/types";
import { partRowTexts } from "../forms/taskPartRows";
import { headerOf, indicatorColumns, TASK_COLUMNS, type ColumnSpec } from "../forms/formColumns";

/** A table's columns, and for each locked one (by column key) the catalog text the form printed in it. */
export interface FixedColumns<Item> {
  columns: readonly ColumnSpec[];
  texts: Record<string, (item: Item) => string>;
}

export function indicatorFixedColumns(year: number): FixedColumns<Indicator> {
  return {
    columns: indicatorColumns(year),
    texts: {
      stt: (indicator) => indicator.stt,
      name: (indicator) => indicator.name,
      result2025: (indicator) => indicator.result2025,
      target2026: (indicator) => indicator.target2026,
    },
  };
}

const TASK_FIXED_COLUMNS: FixedColumns<Task> = {
  columns: TASK_COLUMNS,
  texts: {
    stt: (task) => task.stt,
    name: (task) => task.name,
    product: (task) => task.product,
    deadline: (task) => task.deadline.raw,
  },
};

/** A part row of a composite deadline: only its Nội dung ("Phần (1)") and Thời gian are printed, STT and Sản phẩm blank. */
const PART_FIXED_COLUMNS: FixedColumns<{ task: Task; index: number }> = {
  columns: TASK_COLUMNS,
  texts: {
    stt: () => "",
    name: ({ task, index }) => partRowTexts(task, index).name,
    product: () => "",
    deadline: ({ task, index }) => partRowTexts(task, index).deadline,
  },
};

export interface FixedEdit {
  cell: CellInput;
  header: string;
  written: string;
  expected: string;
}

/** NFC, markup dropped, spaces collapsed: a line break Excel added or removed is no edit. */
function sameText(written: CellInput["raw"], expected: string): boolean {
  if (written === expected) return true;
  return cleanCellText(written === null ? "" : String(written)) === cleanCellText(expected);
}

/** The fixed cells of one row whose text differs from the catalog's; columns the reader did not give are not judged. */
export function fixedEdits<Item>(fixed: FixedCells, item: Item, { columns, texts }: FixedColumns<Item>): FixedEdit[] {
  return Object.entries(texts).flatMap(([key, catalogText]) => {
    const cell = fixed[key];
    const expected = catalogText(item);
    if (!cell || sameText(cell.raw, expected)) return [];
    return [{ cell, header: headerOf(columns, key), written: cell.raw === null ? "" : String(cell.raw), expected }];
  });
}

/** The task row's edited locked cells, then its part rows' (a part the deadline does not have is not judged here). */
export function taskFixedEdits(entry: TaskEntry, task: Task): FixedEdit[] {
  return [
    ...fixedEdits(entry.fixed, task, TASK_FIXED_COLUMNS),
    ...(entry.parts ?? []).flatMap((part) =>
      part.index < task.deadline.parts.length
        ? fixedEdits(part.fixed, { task, index: part.index }, PART_FIXED_COLUMNS)
        : [],
    ),
  ];
}
