/** "Khó khăn, đề xuất": what units wrote as difficulties and proposals, task by task then unit, ready to paste. */
import type { Source, UnitDifficulties } from "../../domain/consolidation/types";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";
import { address } from "../model/addresses";
import { mergeCells, setCell } from "../model/buildSheet";
import type { Sheet, Workbook } from "../model/types";
import { outlineRows } from "../templates/outlineRows";
import { createWorkingSheet, finishTable, type TaskSheetInput } from "./summaryLayout";

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

function unitRow(sheet: Sheet, row: number, unit: UnitDifficulties, unitNames: Map<string, string>) {
  setCell(sheet, row, 1, null, "cell");
  setCell(sheet, row, 2, unitNames.get(unit.unitId) ?? unit.unitId, "cell");
  setCell(sheet, row, 3, unit.difficulty?.text ?? null, "cell");
  setCell(sheet, row, 4, unit.proposal?.text ?? null, "cell");
  setCell(sheet, row, 5, sourceOf(unit), "cell");
}

/** A group (I, II, …), a task or the heading above a sub-task, as a bold row: its STT, then its title across. */
function headingRow(sheet: Sheet, row: number, stt: string, title: string) {
  setCell(sheet, row, 1, stt, "groupCenter");
  mergeCells(sheet, `B${row}:${address(row, WIDTHS.length)}`, title, "group");
}

export function addDifficultySheet(workbook: Workbook, { catalog, consolidation, unitNames }: TaskSheetInput): Sheet {
  const { sheet, headerRow } = createWorkingSheet(SUMMARY_SHEETS.difficulties, texts, consolidation);
  const columns = WIDTHS.length;
  const digest = new Map(consolidation.difficulties.map((task) => [task.taskId, task.units]));
  const tasks = catalog.tasks.filter((task) => digest.has(task.id));
  let row = headerRow;
  for (const line of outlineRows(tasks, catalog.tasks, false)) {
    row++;
    if (line.kind === "group") {
      headingRow(sheet, row, line.group, line.title);
    } else if (line.kind === "parent") {
      headingRow(sheet, row, line.item.stt, line.item.name);
    } else if (line.kind === "item") {
      headingRow(sheet, row, line.item.stt, line.item.name);
      for (const unit of digest.get(line.item.id) ?? []) unitRow(sheet, ++row, unit, unitNames);
    }
  }
  if (tasks.length === 0) {
    row++;
    mergeCells(sheet, `A${row}:${address(row, columns)}`, texts.none, "cell");
  }
  finishTable(workbook, sheet, { widths: WIDTHS, header: { first: headerRow, last: headerRow }, lastRow: row });
  workbook.sheets.push(sheet);
  return sheet;
}
