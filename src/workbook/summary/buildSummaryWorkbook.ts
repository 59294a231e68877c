/** The summary workbook the officer prints: the report's appendices, the counts, the register, the matrix, the findings. */
import type { Catalog } from "../../domain/catalog/types";
import type { Consolidation } from "../../domain/consolidation/types";
import { unitDirectory } from "../../domain/consolidation/unitDirectory";
import type { Finding } from "../../domain/validation/types";
import { createWorkbook, type Workbook } from "../model";
import { addDifficultySheet } from "./difficultySheet";
import { addDocumentSheet } from "./documentSheet";
import { addFindingSheet } from "./findingSheet";
import { addIndicatorSummarySheet } from "./indicatorSummarySheet";
import { matrixColumns } from "./matrixColumns";
import { addRegisterSheet } from "./registerSheet";
import { addSummaryStyles } from "./summaryStyles";
import { SUMMARY_SHEETS } from "../../domain/texts/summary";
import { addTaskCountSheet } from "./taskCountSheet";
import { addTaskSummarySheet } from "./taskSummarySheet";
import { addTaskDetailSheet } from "./taskDetailSheet";
import { addReportTextSheet } from "./reportTextSheet";
import { addUnitMatrixSheet } from "./unitMatrixSheet";
import { uiTexts } from "../../domain/texts/ui";

/** The summary's sheets, in workbook order; a new summary replaces the sheets of these names. */
export const summarySheetNames: readonly string[] = Object.values(SUMMARY_SHEETS);

export interface SummaryInput {
  catalog: Catalog;
  consolidation: Consolidation;
  findings: Finding[];
  /** Stamped as the file's created and modified dates, so the same input writes the same bytes. */
  generatedAt: Date;
  /** From the summary's folder to the units' files ("" beside it), "/"-separated; findings then link to their cells. */
  sourceFolder?: string;
  /** The workbook the summary goes into, when it goes into one: its own form sheets' findings link inside it. */
  hostWorkbook?: string;
}

export function buildSummaryWorkbook(input: SummaryInput): Workbook {
  const { catalog, consolidation, findings, generatedAt, sourceFolder, hostWorkbook } = input;
  const workbook = createWorkbook({ creator: uiTexts.appName, created: generatedAt });
  addSummaryStyles(workbook);
  const directory = unitDirectory(catalog);
  const unitNames = new Map(directory.ordered.map((unit) => [unit.id, unit.name]));
  const unitOrder = new Map(directory.ordered.map((unit, index) => [unit.id, index]));
  const columns = matrixColumns(catalog, consolidation);
  const inMatrix = new Set(columns.map((column) => column.indicator.id));
  addDocumentSheet(workbook, consolidation);
  addIndicatorSummarySheet(workbook, { catalog, consolidation, unitNames, inMatrix });
  addTaskSummarySheet(workbook, { catalog, consolidation, unitNames });
  addTaskCountSheet(workbook, consolidation);
  addRegisterSheet(workbook, consolidation);
  addUnitMatrixSheet(workbook, consolidation, columns);
  addFindingSheet(workbook, { consolidation, findings, unitNames, unitOrder, sourceFolder, hostWorkbook });
  addDifficultySheet(workbook, { catalog, consolidation, unitNames });
  addTaskDetailSheet(workbook, { catalog, consolidation, unitNames });
  addReportTextSheet(workbook, consolidation);
  return workbook;
}
