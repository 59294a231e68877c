/** When a unit's report was received, and how the register knows it. */

/**
 * Where a receipt time comes from, most trusted first: the officer's entry; the time the unit's workbook says
 * it was last saved (docProps/core.xml, written by Excel and LibreOffice on save); the file's own time.
 */
export type ReceiptSource = "officer" | "workbook" | "file";

/** The officer's corrections: the unit's file name → the receipt time, an ISO instant ("2026-05-08T07:30:00.000Z"). */
export type ReceiptCorrections = Readonly<Record<string, string>>;
