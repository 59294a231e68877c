import { catalogInForce, formDay } from "../../domain/catalog/catalogInForce";
import type { Catalog } from "../../domain/catalog/types";
import { formFileName, formsZipName, planFileName, unitsWithForms } from "../../domain/forms/formFiles";
import { provinceDate } from "../../domain/language/provinceDate";
import type { IsoDate, Period } from "../../domain/language/types";
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

/**
 * `today` is the day forms are made on: with it a period's forms print the catalog in force on formDay, as the
 * `templates` command does, so June's forms carry a target changed on 20/5. The plan stays the plan as adopted.
 */
export function createTemplateActions(
  catalog: Catalog,
  writeToWorkbook?: WriteToWorkbook,
  today: () => IsoDate = () => provinceDate(new Date()),
): TemplateActions {
  const formCatalog = (period: Period) => catalogInForce(catalog, formDay(period, today()));
  return {
    writePlanToWorkbook: writeToWorkbook
      ? async (context) => writeToWorkbook((await loadBuilders()).buildPlanWorkbook(catalog), context)
      : undefined,
    writeBlankFormToWorkbook: writeToWorkbook
      ? async (period, context) =>
          writeToWorkbook((await loadBuilders()).buildBlankForm(formCatalog(period), period), context)
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
      const inForce = formCatalog(period);
      const units = unitsWithForms(inForce);
      const zip = new JSZip();
      for (const [index, unit] of units.entries()) {
        throwIfCancelled(context.signal);
        zip.file(formFileName(period, unit.id), await writeXlsx(buildFormWorkbook(inForce, unit.id, period)));
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
