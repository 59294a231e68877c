import type { Catalog } from "../../domain/catalog/types";
import type { Period } from "../../domain/language/types";
import type { SheetPrintSetup } from "../../workbook/excel/applyPrintSetupToSheets";
import type { PrintActions, PrintOutcome } from "./types";

/** Applies print setups to the sheets of those names in the open workbook; present only where Excel can. */
export type ApplyPrintSetups = (setups: SheetPrintSetup[]) => Promise<PrintOutcome>;

const loadSetups = () => import("./summaryPrintSetups");

export function createPrintActions(catalog: Catalog, apply?: ApplyPrintSetups): PrintActions {
  return {
    applyPrintSetup: apply
      ? async (period: Period) => apply((await loadSetups()).summaryPrintSetups(catalog, period))
      : undefined,
  };
}
