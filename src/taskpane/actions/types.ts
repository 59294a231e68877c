import type { Period } from "../../domain/language/types";
import type { OperationContext } from "../common/useOperation";

/** Sheets written into the open workbook, and what this Excel could not do (Vietnamese). */
export interface WorkbookWriteOutcome {
  sheets: string[];
  omitted: string[];
}

/** A file handed to the officer (a download). */
export interface FileOutcome {
  fileName: string;
  count: number;
}

/** What the Biểu mẫu panel can do; a missing action is one this host cannot offer. */
export interface TemplateActions {
  writePlanToWorkbook?: (context: OperationContext) => Promise<WorkbookWriteOutcome>;
  writeBlankFormToWorkbook?: (period: Period, context: OperationContext) => Promise<WorkbookWriteOutcome>;
  downloadPlan: (context: OperationContext) => Promise<FileOutcome>;
  downloadAllForms: (period: Period, context: OperationContext) => Promise<FileOutcome>;
}
