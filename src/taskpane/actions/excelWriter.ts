import { writeModelToWorkbook } from "../../workbook/excel/writeWorkbookModel";
import type { HostCapabilities } from "../../workbook/excel/hostCapabilities";
import type { WriteToWorkbook } from "./templateActions";

/** Writes models into the open workbook with Office.js, within what this Excel supports. */
export function createExcelWriter(capabilities: HostCapabilities): WriteToWorkbook {
  return (model, context) =>
    Excel.run(async (requestContext) => {
      const { omitted } = await writeModelToWorkbook(requestContext, model, {
        capabilities,
        replaceSheets: true,
        onProgress: (progress) => context.progress(progress.done, progress.total),
      });
      const sheets = model.sheets.filter((sheet) => sheet.state === "visible").map((sheet) => sheet.name);
      return { sheets, omitted };
    });
}
