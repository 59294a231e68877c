import type { Catalog } from "../../domain/catalog/types";
import type { FormSheetsSource } from "../../workbook/reading/readFormSheets";
import type { CheckedFile } from "../../domain/consolidation/checkFileRead";
import type { ConsolidationRun } from "../../domain/consolidation/fileOutcomes";
import type { ReceiptCorrections } from "../../domain/receipts/types";
import type { FileOutcome } from "../../domain/consolidation/types";
import type { HistoryRecord } from "../../domain/history/types";
import type { IsoDate, Period } from "../../domain/language/types";
import type { ParseResult } from "../../domain/result";
import type { IncomingFile } from "../../workbook/xlsx/incomingFile";
import type { Finding } from "../../domain/validation/types";
import type { SheetGrid } from "../../workbook/reading/sheetGrid";
import type { OperationContext } from "../common/useOperation";

/** Sheets written into the open workbook, and what this Excel could not do (Vietnamese). */
export interface WorkbookWriteOutcome {
  sheets: string[];
  omitted: string[];
}

/** A file handed to the officer (a download). */
export interface DownloadOutcome {
  fileName: string;
  count: number;
  /** A second file saved beside it: the summary's working sheets, kept out of the file that is printed. */
  workingFileName?: string;
}

/** The officer's choices for the summary's contents. */
export interface SummaryOptions {
  /** Phụ lục III keeps only the tasks with a result this period, renumbered. */
  onlyReportedTasks: boolean;
}

/** What the Biểu mẫu panel can do; a missing action is one this host cannot offer. */
export interface TemplateActions {
  writePlanToWorkbook?: (context: OperationContext) => Promise<WorkbookWriteOutcome>;
  writeBlankFormToWorkbook?: (period: Period, context: OperationContext) => Promise<WorkbookWriteOutcome>;
  downloadPlan: (context: OperationContext) => Promise<DownloadOutcome>;
  downloadAllForms: (period: Period, context: OperationContext) => Promise<DownloadOutcome>;
}

/** A file the officer chose or dropped: an incoming file, as the browser's File gives it. */
export type ChosenFile = IncomingFile;

/**
 * What the reader and the checks made of each chosen file, shared by Kiểm tra and Tổng hợp for one catalog: a file
 * chosen once is read once, whichever panel reads it first (the very File object is the key), unless the terms it
 * was checked against (`against`: period, day, earlier figures) have changed since.
 */
export type ChosenFileReads = WeakMap<ChosenFile, { against: string; checked: CheckedFile[] }>;

/** The period being reported and the day lateness and overdue tasks are judged on. */
export interface RunOptions {
  period: Period;
  asOf: IsoDate;
  /** First day of Phụ lục I's window; unset, the consolidation's default. */
  documentsSince?: IsoDate;
  /** With the workbook's history: units without a valid report contribute their last figures (on when unset). */
  carryForward?: boolean;
}

/** The open workbook's sheet "Dữ liệu các kỳ": the periods consolidated before, and where this one is recorded. */
export interface WorkbookHistory {
  read: () => Promise<ParseResult<HistoryRecord[]>>;
  /** The sheet holding these records; built aside first, so a failure leaves the sheet as it was. */
  write: (records: HistoryRecord[]) => Promise<void>;
}

/** What became of the workbook's history in a run (Vietnamese messages). */
export type HistoryOutcome =
  | { kind: "recorded"; message: string }
  /** The sheet could not be read: the run went on without it, and did not write it. */
  | { kind: "notRead"; message: string; issues: string[] }
  | { kind: "notWritten"; message: string };

/** A consolidation, and what became of the workbook's history when there is one. */
export interface ConsolidationOutcome extends ConsolidationRun {
  history?: HistoryOutcome;
}

/** A quarter's, half-year's or year's report made from the workbook's "Dữ liệu các kỳ" (Vietnamese messages). */
export type RollUpOutcome =
  | { kind: "written"; run: ConsolidationRun; months: Period[]; missingMonths: Period[]; written: WorkbookWriteOutcome }
  /** Nothing was written: the sheet is missing or empty, cannot be read, or holds no month of the period. */
  | { kind: "refused"; message: string; issues: string[] };

/** The units' forms copied or imported into the open workbook as sheets; inside Excel from ExcelApi 1.4. */
export interface WorkbookForms {
  /** The workbook's name, the "file" of the forms found in it. */
  name: string;
  /** The sheets that hold a form table, loaded in a few syncs, each batch counted to `onProgress`. */
  readGrids: (onProgress?: (done: number, total: number) => void) => Promise<SheetGrid[]>;
  /** When the form whose sheets these are was received and by whose word (the import records it); none when unknown. */
  receipt?: FormSheetsSource["receipt"];
}

/** A chosen file that was not imported, and why (Vietnamese). */
export interface ImportRefusal {
  file: string;
  message: string;
}

/** The forms imported into the workbook as sheets, and the files refused. */
export interface ImportOutcome {
  imported: { file: string; unit: string; sheets: string[] }[];
  refused: ImportRefusal[];
}

/** What the Tổng hợp panel can do; the summary goes to a download, or into the open workbook inside Excel. */
export interface ConsolidateActions {
  consolidate: (files: ChosenFile[], options: RunOptions, context: OperationContext) => Promise<ConsolidationOutcome>;
  /** Keeps the officer's receipt times (file name → ISO instant) with the workbook; the next run follows them. */
  saveReceipts: (corrections: ReceiptCorrections) => Promise<void>;
  /** Consolidates the forms found among the open workbook's sheets; absent outside Excel or below ExcelApi 1.4. */
  consolidateSheets?: (options: RunOptions, context: OperationContext) => Promise<ConsolidationOutcome>;
  /** Runs compare with, carry from and are recorded in the workbook's "Dữ liệu các kỳ" (Excel, ExcelApi 1.4). */
  keepsHistory?: boolean;
  /** Puts the chosen units' forms into the open workbook as sheets; absent outside Excel or below ExcelApi 1.13. */
  importFiles?: (files: ChosenFile[], context: OperationContext) => Promise<ImportOutcome>;
  downloadSummary: (
    run: ConsolidationRun,
    context: OperationContext,
    options?: SummaryOptions,
  ) => Promise<DownloadOutcome>;
  /** The period made from the workbook's "Dữ liệu các kỳ" and written as the month's summary is (Excel, ExcelApi 1.4). */
  rollUpToWorkbook?: (period: Period, asOf: IsoDate, context: OperationContext) => Promise<RollUpOutcome>;
  /** The latest month "Dữ liệu các kỳ" holds, whose quarter is offered first; none when it holds none or a bad cell. */
  latestRecordedMonth?: () => Promise<Period | undefined>;
  writeSummaryToWorkbook?: (
    run: ConsolidationRun,
    context: OperationContext,
    options?: SummaryOptions,
  ) => Promise<WorkbookWriteOutcome>;
}

/** Findings of one check, with where they came from: chosen files, or the workbook open in Excel. */
export interface CheckOutcome {
  source: "files" | "workbook";
  files: FileOutcome[];
  findings: Finding[];
  /** Unit id → name, for the group headings. */
  unitNames: Readonly<Record<string, string>>;
}

/** What the Kiểm tra panel can do; the open workbook can be checked and navigated only inside Excel. */
export interface CheckActions {
  checkFiles: (files: ChosenFile[], options: RunOptions, context: OperationContext) => Promise<CheckOutcome>;
  checkActiveWorkbook?: (options: RunOptions, context: OperationContext) => Promise<CheckOutcome>;
  selectCell?: (sheet: string, cell: string) => Promise<void>;
  /** The sheet a chosen file's sheet became when the file was imported into the workbook. */
  importedSheet?: (file: string, sheet: string) => string | undefined;
}

export interface PrintOutcome {
  applied: string[];
  absent: string[];
}

/** What the In ấn panel can do; absent where the host cannot set page layout (browser, ExcelApi below 1.9). */
export interface PrintActions {
  applyPrintSetup?: (period: Period, context: OperationContext) => Promise<PrintOutcome>;
}

/** What the Danh mục panel can do: inside Excel only. */
export interface CatalogActions {
  /** Writes the catalog as the three "Danh mục" sheets, replacing earlier ones. */
  writeCatalogToWorkbook: (catalog: Catalog, context: OperationContext) => Promise<WorkbookWriteOutcome>;
  /** The catalog typed in those sheets, or issues naming sheet, row and id; absent below ExcelApi 1.4. */
  readCatalogFromWorkbook?: (context: OperationContext) => Promise<ParseResult<Catalog>>;
}
