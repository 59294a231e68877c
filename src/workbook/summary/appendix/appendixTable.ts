/** The shapes an appendix of the report is built from: columns, then sections of rows, each under its own headings. */

export interface AppendixColumn {
  /** Excel's character units; an appendix's columns add up to at most APPENDIX_WIDTH. */
  width: number;
  align: "left" | "center";
}

export type AppendixRow =
  /** "I | PHÁT TRIỂN HẠ TẦNG SỐ", printed bold across the table. */
  | { kind: "group"; stt: string; title: string }
  /** One line of the table, a cell per column; `italic` for the sub-rows the report sets in italics (8.1–8.4). */
  | { kind: "item"; cells: (string | null)[]; italic?: boolean };

/** A table of the appendix: the lines above it ("A. …", "1. Nhiệm vụ …"), its header row, its rows. */
export interface AppendixSection {
  headings: string[];
  headers: readonly string[];
  rows: AppendixRow[];
}

export interface AppendixSheetSpec {
  /** The sheet's name in the workbook. */
  name: string;
  /** "Phụ lục II". */
  label: string;
  title: string;
  columns: AppendixColumn[];
  sections: AppendixSection[];
  /**
   * False where the sections' header rows name different columns (Phụ lục IV's parts swap two): the first header
   * repeated over another section's pages would mislabel them, so each table keeps only its own header row.
   */
  repeatHeader?: boolean;
}

/**
 * The widest an appendix may be, in character units, so no column spills onto a page of its own: 252 mm lie between
 * the decree's margins on A4 landscape, and LibreOffice prints a unit about 7 pt wide (Excel 5,25 pt), so 96 units
 * fit in both (measured on the demo's summary).
 */
export const APPENDIX_WIDTH = 96;
