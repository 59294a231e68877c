import { writeModelToWorkbook } from "../../workbook/excel/writeWorkbookModel";
import type { HostCapabilities } from "../../workbook/excel/hostCapabilities";
import type { SheetLedger } from "../actions/sheetLedger";
import type { WriteToWorkbook } from "../actions/templateActions";

/**
 * Writes models into the open workbook with Office.js, within what this Excel supports. Sheets of the
 * same name are replaced only when this add-in created them (the ledger); every sheet written is recorded.
 */
export function createExcelWriter(capabilities: HostCapabilities, ledger: SheetLedger): WriteToWorkbook {
  return async (model, context) => {
    const { omitted } = await Excel.run((requestContext) =>
      writeModelToWorkbook(requestContext, model, {
        capabilities,
        replaceSheets: (name) => ledger.created(name),
        onProgress: (progress) => context.progress(progress.done, progress.total),
      }),
    );
    await ledger.record(model.sheets.map((sheet) => sheet.name));
    const sheets = model.sheets.filter((sheet) => sheet.state === "visible").map((sheet) => sheet.name);
    return { sheets, omitted };
  };
}
