/** "Khó khăn, đề xuất": what units wrote as difficulties and proposals, task by task then unit, ready to paste. */
import type { Source, UnitDifficulties } from "../../domain/consolidation/types";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";
import { address } from "../model/addresses";
import { mergeCells } from "../model/buildSheet";
import type { Cell, Sheet, Workbook } from "../model/types";
import { outlineRows } from "../templates/outlineRows";
import { addTableRows, createWorkingSheet, finishTable, type TaskSheetInput } from "./summaryLayout";

const WIDTHS = [6, 26, 50, 50, 28];
const texts = summaryTexts.difficulties;

/** "2026-05_so-yt.xlsx, Nhiệm vụ!J12, K12": the unit's file and the cells its texts came from. */
function sourceOf({ difficulty, proposal }: UnitDifficulties): string {
  const remarks = [difficulty, proposal].filter((remark): remark is Source => remark !== undefined);
  const [first] = remarks;
  return texts.source(
    first.file,
    first.cell.sheet,
    remarks.map((remark) => remark.cell.cell),
  );
}

/** A line of the table: a heading (a group, a task, a parent task) or a unit's texts on the task above. */
type Line = { stt: string; title: string } | { unit: UnitDifficulties };

function lines({ catalog, consolidation }: TaskSheetInput): Line[] {
  const digest = new Map(consolidation.difficulties.map((task) => [task.taskId, task.units]));
  const tasks = catalog.tasks.filter((task) => digest.has(task.id));
  const found: Line[] = [];
  for (const line of outlineRows(tasks, catalog.tasks, false)) {
    if (line.kind === "group") found.push({ stt: line.group, title: line.title });
    else if (line.kind === "parent") found.push({ stt: line.item.stt, title: line.item.name });
    else if (line.kind === "item") {
      found.push({ stt: line.item.stt, title: line.item.name });
      for (const unit of digest.get(line.item.id) ?? []) found.push({ unit });
    }
  }
  return found;
}

/**
 * A heading as a bold row: its STT, then its title across the other columns; a unit's row: its name, its
 * difficulty, its proposal and the cells they came from.
 */
function lineRow(row: number, line: Line, unitNames: Map<string, string>) {
  if ("unit" in line) {
    const { unit } = line;
    const values = [
      null,
      unitNames.get(unit.unitId) ?? unit.unitId,
      unit.difficulty?.text ?? null,
      unit.proposal?.text ?? null,
      sourceOf(unit),
    ];
    const cells = values.map((value, i): [number, Cell] => [i + 1, { value, style: "cell" }]);
    return { row, cells };
  }
  const cells: [number, Cell][] = [[1, { value: line.stt, style: "groupCenter" }]];
  for (let col = 2; col <= WIDTHS.length; col++) {
    cells.push([col, { value: col === 2 ? line.title : null, style: "group" }]);
  }
  return { row, cells, merges: [`B${row}:${address(row, WIDTHS.length)}`] };
}

/** With `rowsLater` (a summary written by the streaming writer), the rows are made only as they are written. */
export function addDifficultySheet(workbook: Workbook, input: TaskSheetInput, { rowsLater = false } = {}): Sheet {
  const { sheet, headerRow } = createWorkingSheet(SUMMARY_SHEETS.difficulties, texts, input.consolidation);
  const found = lines(input);
  if (found.length === 0) {
    mergeCells(sheet, `A${headerRow + 1}:${address(headerRow + 1, WIDTHS.length)}`, texts.none, "cell");
  }
  const rows = function* () {
    for (const [i, line] of found.entries()) yield lineRow(headerRow + 1 + i, line, input.unitNames);
  };
  addTableRows(workbook, sheet, rows, rowsLater);
  const lastRow = headerRow + Math.max(found.length, 1);
  finishTable(workbook, sheet, { widths: WIDTHS, header: { first: headerRow, last: headerRow }, lastRow });
  workbook.sheets.push(sheet);
  return sheet;
}
