import { catalogFromTables } from "../../domain/catalog/catalogFromTables";
import { catalogRowsOf } from "../../domain/catalog/catalogRowsOf";
import { CATALOG_SHEETS, REVISION_SHEET } from "../../domain/catalog/catalogTable";
import { catalogTableTexts } from "../../domain/texts/catalogTables";
import type { SheetValues } from "../../workbook/excel/readSheetValues";
import { throwIfCancelled } from "../common/throwIfCancelled";
import type { WriteToWorkbook } from "./templateActions";
import type { CatalogActions } from "./types";

/** Reads the values of named sheets of the open workbook; present only where Excel can (ExcelApi 1.4). */
export type ReadSheets = (names: readonly string[]) => Promise<SheetValues>;

const loadSheetBuilder = () => import("../../workbook/catalogSheets/buildCatalogSheets");

export function createCatalogActions(writeToWorkbook: WriteToWorkbook, readSheets?: ReadSheets): CatalogActions {
  return {
    async writeCatalogToWorkbook(catalog, context) {
      const { buildCatalogSheets } = await loadSheetBuilder();
      return writeToWorkbook(buildCatalogSheets(catalogRowsOf(catalog)), context);
    },

    readCatalogFromWorkbook: readSheets
      ? async (context) => {
          const { tables, missing } = await readSheets([...Object.values(CATALOG_SHEETS), REVISION_SHEET]);
          throwIfCancelled(context.signal);
          // The changes sheet is optional: a plan without dated changes has none.
          const required = missing.filter((sheet) => sheet !== REVISION_SHEET);
          if (required.length > 0) {
            const issues = required.map((sheet) => ({
              path: [sheet],
              code: "missing_sheet",
              message: catalogTableTexts.missingSheet(sheet),
            }));
            return { ok: false, issues };
          }
          return catalogFromTables({
            indicators: tables[CATALOG_SHEETS.indicators],
            programmes: tables[CATALOG_SHEETS.programmes],
            tasks: tables[CATALOG_SHEETS.tasks],
            units: tables[CATALOG_SHEETS.units],
            ...(tables[REVISION_SHEET] ? { revisions: tables[REVISION_SHEET] } : {}),
          });
        }
      : undefined,
  };
}
