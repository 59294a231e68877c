/** "Kết quả kiểm tra": every finding with the file, unit, sheet and cell it is about, and how to fix it. */
import type { Consolidation } from "../../domain/consolidation/types";
import type { Finding, Severity } from "../../domain/validation/types";
import { address } from "../model/addresses";
import { mergeCells, setCell } from "../model/buildSheet";
import { safeLink } from "../model/links";
import type { CellLink, Sheet, Workbook } from "../model/types";
import { sortFindings } from "./sortFindings";
import { workbookOfSheetSource } from "../reading/readFormSheets";
import { createWorkingSheet, finishTable } from "./summaryLayout";
import type { SummaryStyleId } from "./summaryStyles";
import { FINDING_KINDS } from "../../domain/texts/findingKinds";
import { SUMMARY_SHEETS, summaryTexts } from "../../domain/texts/summary";

const WIDTHS = [5, 22, 20, 10, 6, 9, 14, 44, 34];
const texts = summaryTexts.findings;

const SEVERITY_STYLES: Record<Severity, SummaryStyleId> = {
  error: "summaryBad",
  warning: "summaryWarn",
  info: "cellCenter",
};

export interface FindingSheetInput {
  consolidation: Consolidation;
  findings: Finding[];
  unitNames: Map<string, string>;
  unitOrder: Map<string, number>;
  /** From the summary's folder to the units' files, "/"-separated ("" beside it); without it, no links to files. */
  sourceFolder?: string;
  /** The workbook the summary is written into: findings in its own sheets link to their cells inside it. */
  hostWorkbook?: string;
}

/**
 * A structured link (never a HYPERLINK formula), and only to a plain file name the model finds safe: to the cell
 * in the unit's file, or in the workbook the form's sheets are in (inside the summary's own workbook, no file).
 */
function findingLink(
  finding: Finding,
  { sourceFolder, hostWorkbook }: Pick<FindingSheetInput, "sourceFolder" | "hostWorkbook">,
): CellLink | undefined {
  if (!finding.sheet || !finding.cell) return undefined;
  const at = { sheet: finding.sheet, cell: finding.cell };
  const workbook = workbookOfSheetSource(finding.file);
  if (workbook !== undefined && workbook === hostWorkbook) return safeLink(at);
  const file = workbook ?? finding.file;
  if (sourceFolder === undefined || file.includes("/")) return undefined;
  return safeLink({ file: sourceFolder === "" ? file : `${sourceFolder}/${file}`, ...at });
}

function findingRow(
  sheet: Sheet,
  row: number,
  index: number,
  finding: Finding,
  { unitNames, ...where }: Pick<FindingSheetInput, "unitNames" | "sourceFolder" | "hostWorkbook">,
) {
  const unit = finding.unit === undefined ? null : (unitNames.get(finding.unit) ?? finding.unit);
  setCell(sheet, row, 1, index, "cellCenter");
  setCell(sheet, row, 2, finding.file, "cell");
  setCell(sheet, row, 3, unit, "cell");
  setCell(sheet, row, 4, finding.sheet ?? null, "cell");
  setCell(sheet, row, 5, finding.cell ?? null, "cellCenter");
  const link = findingLink(finding, where);
  if (link) sheet.cells[address(row, 5)].link = link;
  setCell(sheet, row, 6, summaryTexts.severities[finding.severity], SEVERITY_STYLES[finding.severity]);
  setCell(sheet, row, 7, FINDING_KINDS[finding.code], "cell");
  setCell(sheet, row, 8, finding.message, "cell");
  setCell(sheet, row, 9, finding.fix ?? null, "cell");
}

export function addFindingSheet(workbook: Workbook, input: FindingSheetInput): Sheet {
  const { consolidation, findings, unitOrder } = input;
  const { sheet, headerRow } = createWorkingSheet(SUMMARY_SHEETS.findings, texts, consolidation);
  const columns = WIDTHS.length;
  let row = headerRow;
  sortFindings(findings, unitOrder).forEach((finding, i) => findingRow(sheet, ++row, i + 1, finding, input));
  if (findings.length === 0) {
    row++;
    mergeCells(sheet, `A${row}:${address(row, columns)}`, texts.none, "cell");
  }
  finishTable(workbook, sheet, { widths: WIDTHS, header: { first: headerRow, last: headerRow }, lastRow: row });
  workbook.sheets.push(sheet);
  return sheet;
}
