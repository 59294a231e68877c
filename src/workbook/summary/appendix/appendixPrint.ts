/**
 * An appendix printed as Nghị định 30/2020/NĐ-CP says: A4 landscape, the decree's margins, the header row on every
 * page, text at its own size (wrapped, never shrunk to fit), and the page number at the top centre, counted from 1
 * in each appendix, with the first page unnumbered.
 */
import type { PrintSetup } from "../../model/types";
import { ND30_MARGINS_MM } from "../../templates/printSetupNd30";

/** Excel's header codes: the page number in the decree's font at 13 pt (Excel's own header font would be Calibri 11). */
const PAGE_NUMBER = '&"Times New Roman,Regular"&13&P';

export function appendixPrint(titleRows: { first: number; last: number } | undefined, printArea: string): PrintSetup {
  return {
    orientation: "landscape",
    paper: "A4",
    marginsMm: ND30_MARGINS_MM,
    ...(titleRows ? { titleRows } : {}),
    header: { center: PAGE_NUMBER },
    firstPageNumber: 1,
    unnumberedFirstPage: true,
    printArea,
    centerHorizontally: true,
  };
}
