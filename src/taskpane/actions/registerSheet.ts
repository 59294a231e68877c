/** The register sheet of the open workbook, where the officer may have typed receipt times, as text from A1. */
import { SUMMARY_SHEETS } from "../../domain/texts/summary";
import type { ReadSheets } from "./catalogActions";

/** Undefined when the workbook has no register sheet (nothing was written into it yet). */
export function registerSheetReader(readSheets: ReadSheets): () => Promise<string[][] | undefined> {
  return async () => {
    const { tables } = await readSheets([SUMMARY_SHEETS.register]);
    return tables[SUMMARY_SHEETS.register];
  };
}
