import type { Catalog } from "../../domain/catalog/types";
import { formFileName, formsZipName, planFileName, unitsWithForms } from "../../domain/forms/formFiles";
import type { Period } from "../../domain/language/types";
import type { Workbook } from "../../workbook/model/types";
import { throwIfCancelled } from "../common/throwIfCancelled";
import type { OperationContext } from "../common/useOperation";
import { saveFile, XLSX_MIME, ZIP_MIME } from "../files/saveFile";
import type { TemplateActions, WorkbookWriteOutcome } from "./types";

/** Writes a model into the open workbook; present only when the pane runs inside Excel. */
export type WriteToWorkbook = (model: Workbook, context: OperationContext) => Promise<WorkbookWriteOutcome>;

// ExcelJS, JSZip and the builders load only when the officer asks for a file: the first paint stays small.
const loadBuilders = () => import("../../workbook/templates/buildTemplates");
const loadXlsxWriter = () => import("../../workbook/xlsx/writeXlsx");

export function createTemplateActions(catalog: Catalog, writeToWorkbook?: WriteToWorkbook): TemplateActions {
  return {
    writePlanToWorkbook: writeToWorkbook
      ? async (context) => writeToWorkbook((await loadBuilders()).buildPlanWorkbook(catalog), context)
      : undefined,
    writeBlankFormToWorkbook: writeToWorkbook
      ? async (period, context) => writeToWorkbook((await loadBuilders()).buildBlankForm(catalog, period), context)
      : undefined,

    async downloadPlan(context) {
      const [{ buildPlanWorkbook }, { writeXlsx }] = await Promise.all([loadBuilders(), loadXlsxWriter()]);
      const bytes = await writeXlsx(buildPlanWorkbook(catalog));
      throwIfCancelled(context.signal);
      const fileName = planFileName(catalog.year);
      saveFile(fileName, bytes, XLSX_MIME);
      return { fileName, count: 1 };
    },

    async downloadAllForms(period: Period, context) {
      const [{ buildFormWorkbook }, { writeXlsx }, { default: JSZip }] = await Promise.all([
        loadBuilders(),
        loadXlsxWriter(),
        import("jszip"),
      ]);
      const units = unitsWithForms(catalog);
      const zip = new JSZip();
      for (const [index, unit] of units.entries()) {
        throwIfCancelled(context.signal);
        zip.file(formFileName(period, unit.id), await writeXlsx(buildFormWorkbook(catalog, unit.id, period)));
        context.progress(index + 1, units.length);
      }
      const bytes = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
      throwIfCancelled(context.signal);
      const fileName = formsZipName(period);
      saveFile(fileName, bytes, ZIP_MIME);
      return { fileName, count: units.length };
    },
  };
}
