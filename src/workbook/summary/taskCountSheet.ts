/** "Tình hình thực hiện": the section III counts as a table, and below it the sentences ready to copy into the report. */
import type { Consolidation } from "../../domain/consolidation/types";
import { periodLabel } from "../../domain/language/parsePeriod";
import { beforePeriodPhrase } from "../../domain/report/beforePeriodPhrase";
import { address } from "../model/addresses";
import { mergeCells, setCell, setRow } from "../model/buildSheet";
import type { CellValue, Sheet, Workbook } from "../model/types";
import { createWorkingSheet, finishTable } from "./summaryLayout";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";

const WIDTHS = [58, 14, 14, 16, 12, 14];
const texts = summaryTexts.taskCounts;

/** One line per deadline bucket: Số nhiệm vụ, Đã hoàn thành, Đang thực hiện trong hạn, Quá hạn, Chưa triển khai. */
function countRows({ taskCounts: counts, period }: Consolidation): CellValue[][] {
  const { dueBefore, dueInPeriod, notYetDue } = counts;
  return [
    [texts.continuous, counts.continuous, null, null, null, null],
    [texts.recurring, counts.recurring, null, null, null, null],
    [texts.dueBefore(beforePeriodPhrase(period)), dueBefore.total, dueBefore.done, null, dueBefore.overdue, null],
    [
      texts.dueInPeriod(periodLabel(period)),
      dueInPeriod.total,
      dueInPeriod.done,
      dueInPeriod.onTime,
      dueInPeriod.overdue,
      null,
    ],
    [texts.notYetDue, notYetDue.total, notYetDue.done, notYetDue.inProgress, null, notYetDue.notStarted],
  ];
}

function totalRow({ taskCounts: counts }: Consolidation): CellValue[] {
  const { dueBefore, dueInPeriod, notYetDue } = counts;
  return [
    texts.total,
    counts.total,
    dueBefore.done + dueInPeriod.done + notYetDue.done,
    dueInPeriod.onTime + notYetDue.inProgress,
    dueBefore.overdue + dueInPeriod.overdue,
    notYetDue.notStarted,
  ];
}

export function addTaskCountSheet(workbook: Workbook, consolidation: Consolidation): Sheet {
  const { sheet, headerRow } = createWorkingSheet(SUMMARY_SHEETS.taskCounts, texts, consolidation);
  const columns = WIDTHS.length;
  let row = headerRow;
  for (const values of countRows(consolidation)) {
    row++;
    setCell(sheet, row, 1, values[0], "cell");
    setRow(sheet, row, values.slice(1), "cellCenter", 2);
  }
  row++;
  const total = totalRow(consolidation);
  setCell(sheet, row, 1, total[0], "group");
  setRow(sheet, row, total.slice(1), "groupCenter", 2);
  row += 2;
  setCell(sheet, row, 1, texts.sentencesHeading, "coverHeading");
  for (const sentence of consolidation.taskSentences) {
    row++;
    mergeCells(sheet, `A${row}:${address(row, columns)}`, sentence, "summarySentence");
  }
  finishTable(workbook, sheet, { widths: WIDTHS, header: { first: headerRow, last: headerRow }, lastRow: row });
  workbook.sheets.push(sheet);
  return sheet;
}
