/**
 * Units' files put into the open workbook as sheets: each read and checked, renamed for its unit, inserted,
 * and recorded with its receipt time. The preparer (which rewrites each form with ExcelJS) loads when first used.
 */
import type { Catalog } from "../../domain/catalog/types";
import { uiTexts } from "../../domain/texts/ui";
import { throwIfCancelled } from "../common/throwIfCancelled";
import type { OperationContext } from "../common/useOperation";
import type { ImportLedger } from "./importLedger";
import type { ChosenFile, ImportOutcome } from "./types";

const loadImportPreparer = () => import("./prepareImports");

/** The open workbook's side of an import: its sheet names, the insert, and the record of what came in. */
export interface FormImporter {
  sheetNames: () => Promise<string[]>;
  insert: (base64Workbooks: string[]) => Promise<void>;
  ledger: ImportLedger;
}

export async function importForms(
  files: ChosenFile[],
  catalog: Catalog,
  importer: FormImporter,
  context: OperationContext,
): Promise<ImportOutcome> {
  const { prepareImports } = await loadImportPreparer();
  const taken = new Set((await importer.sheetNames()).map((name) => name.toLowerCase()));
  const { prepared, refused } = await prepareImports(files, catalog, taken, context);
  throwIfCancelled(context.signal);
  if (prepared.length > 0) {
    try {
      await importer.insert(prepared.map((item) => item.base64));
    } catch {
      throw new Error(uiTexts.importing.insertFailed);
    }
    await importer.ledger.record(prepared.map((item) => item.record));
  }
  const imported = prepared.map(({ record, unitName }) => ({
    file: record.file,
    unit: unitName,
    sheets: Object.values(record.sheets),
  }));
  return { imported, refused };
}
