/** "Tình hình gửi báo cáo": the completeness sentences, then one row per unit with what it sent and when. */
import type { Consolidation, RegisterRow, RegisterStatus } from "../../domain/consolidation/types";
import { address } from "../model/addresses";
import { createSheet, mergeCells, setCell } from "../model/buildSheet";
import type { Sheet, Workbook } from "../model/types";
import { receiptTimeText } from "../../domain/receipts/receiptTime";
import { receiptTexts } from "../../domain/texts/receipts";
import { addTitleBlock, asOfTitleBlock, finishTable } from "./summaryLayout";
import type { SummaryStyleId } from "./summaryStyles";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";

const WIDTHS = [6, 32, 16, 14, 30, 17, 18, 8, 10, 40, 30];
const texts = summaryTexts.register;

const STATUS_STYLES: Record<RegisterStatus, SummaryStyleId> = {
  received: "cellCenter",
  late: "summaryWarn",
  missing: "summaryBad",
  rejected: "summaryBad",
};

function unitRow(sheet: Sheet, row: number, index: number, unit: RegisterRow) {
  const sent = unit.file !== undefined;
  setCell(sheet, row, 1, index, "cellCenter");
  setCell(sheet, row, 2, unit.name, "cell");
  setCell(sheet, row, 3, summaryTexts.groups[unit.group], "cell");
  setCell(sheet, row, 4, summaryTexts.statuses[unit.status], STATUS_STYLES[unit.status]);
  setCell(sheet, row, 5, unit.file ?? null, "cell");
  const received = unit.receivedAt === undefined || unit.receivedAt === "" ? undefined : unit.receivedAt;
  setCell(sheet, row, 6, received === undefined ? null : receiptTimeText(received), "cellCenter");
  setCell(sheet, row, 7, received === undefined ? null : receiptTexts.sources[unit.receiptSource ?? "file"], "cell");
  setCell(sheet, row, 8, sent ? unit.errors : null, "cellCenter");
  setCell(sheet, row, 9, sent ? unit.warnings : null, "cellCenter");
  setCell(sheet, row, 10, unit.reason ?? null, "cell");
  setCell(sheet, row, 11, unit.replacedFiles.length > 0 ? texts.replaced(unit.replacedFiles) : null, "cell");
}

export function addRegisterSheet(workbook: Workbook, consolidation: Consolidation): Sheet {
  const sheet = createSheet(SUMMARY_SHEETS.register);
  const columns = WIDTHS.length;
  let row = addTitleBlock(sheet, columns, asOfTitleBlock(texts.title, consolidation));
  const { completenessSentence, otherMissingSentence, lateSentence, rejectedSentence } = consolidation;
  const lines = [completenessSentence, otherMissingSentence, lateSentence, rejectedSentence];
  for (const sentence of [...lines, ...(consolidation.receiptNotices ?? [])]) {
    if (sentence === undefined) continue;
    mergeCells(sheet, `A${row}:${address(row, columns)}`, sentence, "summarySentence");
    row++;
  }
  const headerRow = row + 1;
  texts.headers.forEach((header, i) => setCell(sheet, headerRow, i + 1, header, "header"));
  row = headerRow;
  consolidation.register.forEach((unit, i) => unitRow(sheet, ++row, i + 1, unit));
  finishTable(workbook, sheet, { widths: WIDTHS, header: { first: headerRow, last: headerRow }, lastRow: row });
  workbook.sheets.push(sheet);
  return sheet;
}
