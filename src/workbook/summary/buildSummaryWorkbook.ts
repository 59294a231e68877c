/**
 * The summary workbook: the report's appendices exactly as printed, then the working sheets (sources, counts,
 * register, matrix, findings), which splitSummaryWorkbook keeps out of the file that is printed.
 */
import type { Catalog } from "../../domain/catalog/types";
import type { Consolidation } from "../../domain/consolidation/types";
import { unitDirectory } from "../../domain/consolidation/unitDirectory";
import type { Finding } from "../../domain/validation/types";
import { createWorkbook } from "../model/buildSheet";
import type { Workbook } from "../model/types";
import { addDifficultySheet } from "./difficultySheet";
import { addDocumentAppendix } from "./appendix/documentAppendix";
import { addIndicatorAppendix } from "./appendix/indicatorAppendix";
import { addTaskAppendix } from "./appendix/taskAppendix";
import { addCarriedOverAppendix } from "./appendix/carriedOverAppendix";
import { taskAppendixParts } from "./appendix/taskAppendixParts";
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
import { catalogInForce, judgingDay } from "../../domain/catalog/catalogInForce";

/** The report's appendices: what printing the summary gives, and nothing else. */
export const appendixSheetNames: readonly string[] = [
  SUMMARY_SHEETS.appendixI,
  SUMMARY_SHEETS.appendixII,
  SUMMARY_SHEETS.appendixIII,
  SUMMARY_SHEETS.appendixIV,
];

/** Every sheet, in workbook order; a new summary replaces the sheets of these names. */
export const summarySheetNames: readonly string[] = [
  ...appendixSheetNames,
  SUMMARY_SHEETS.reportText,
  SUMMARY_SHEETS.indicators,
  SUMMARY_SHEETS.tasks,
  SUMMARY_SHEETS.taskDetails,
  SUMMARY_SHEETS.taskCounts,
  SUMMARY_SHEETS.register,
  SUMMARY_SHEETS.matrix,
  SUMMARY_SHEETS.difficulties,
  SUMMARY_SHEETS.findings,
];

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
  /** Phụ lục III keeps only the tasks with a result this period, renumbered (the report's choice; off by default). */
  onlyReportedTasks?: boolean;
  /**
   * "Chi tiết nhiệm vụ", "Chi tiết theo đơn vị" and "Khó khăn, đề xuất" make their rows only as they are written:
   * for the streaming writer, which alone takes them.
   */
  rowsLater?: boolean;
}

export function buildSummaryWorkbook(input: SummaryInput): Workbook {
  const { consolidation, findings, generatedAt, sourceFolder, hostWorkbook, onlyReportedTasks = false } = input;
  const { rowsLater = false } = input;
  // Names, targets and items as in force on the day the period is judged (the plan itself without dated changes).
  const catalog = catalogInForce(input.catalog, judgingDay(consolidation.period, consolidation.asOf));
  const workbook = createWorkbook({ creator: uiTexts.appName, created: generatedAt });
  addSummaryStyles(workbook);
  const directory = unitDirectory(catalog);
  const unitNames = new Map(directory.ordered.map((unit) => [unit.id, unit.name]));
  const unitOrder = new Map(directory.ordered.map((unit, index) => [unit.id, index]));
  const columns = matrixColumns(catalog, consolidation);
  const inMatrix = new Set(columns.map((column) => column.indicator.id));
  addDocumentAppendix(workbook, consolidation);
  addIndicatorAppendix(workbook, { catalog, consolidation });
  addTaskAppendix(workbook, {
    parts: taskAppendixParts(catalog),
    all: catalog.tasks,
    consolidation,
    onlyReported: onlyReportedTasks,
  });
  addCarriedOverAppendix(workbook, { catalog, consolidation });
  addReportTextSheet(workbook, consolidation);
  addIndicatorSummarySheet(workbook, { catalog, consolidation, unitNames, inMatrix });
  addTaskSummarySheet(workbook, { catalog, consolidation, unitNames });
  addTaskDetailSheet(workbook, { catalog, consolidation, unitNames }, { rowsLater });
  addTaskCountSheet(workbook, consolidation);
  addRegisterSheet(workbook, consolidation);
  addUnitMatrixSheet(workbook, consolidation, columns, { rowsLater });
  addDifficultySheet(workbook, { catalog, consolidation, unitNames }, { rowsLater });
  addFindingSheet(workbook, { consolidation, findings, unitNames, unitOrder, sourceFolder, hostWorkbook });
  return workbook;
}
