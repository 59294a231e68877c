/**
 * Page setup of Nghị định 30/2020/NĐ-CP for printed administrative documents: A4, margins top and bottom
 * 20 mm, left 30 mm, right 15 mm; appendix tables landscape with the header row on every page; page numbers.
 */
import type { MarginsMm, PrintSetup } from "../model/types";
import { appendixTexts } from "../../domain/texts/templates";

/** The decree's smallest margins, which leave the widest table; header and footer sit inside them. */
export const ND30_MARGINS_MM: MarginsMm = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 };

export const ND30_FONT = "Times New Roman";

/** A table printed landscape, all columns on one page wide, `headerRow` repeated on every page. */
export function landscapeTablePrint(headerRow: number, printArea: string): PrintSetup {
  return {
    orientation: "landscape",
    paper: "A4",
    marginsMm: ND30_MARGINS_MM,
    titleRows: { first: headerRow, last: headerRow },
    fitToWidth: true,
    footer: { center: appendixTexts.pageFooter },
    printArea,
    centerHorizontally: true,
  };
}

/** A text page (the form's cover) printed portrait. */
export function portraitPagePrint(printArea: string): PrintSetup {
  return {
    orientation: "portrait",
    paper: "A4",
    marginsMm: ND30_MARGINS_MM,
    fitToWidth: true,
    footer: { center: appendixTexts.pageFooter },
    printArea,
  };
}
