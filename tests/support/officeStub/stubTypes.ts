/** What the test hands the in-page Office stub, and what it reads back from it (all JSON, across page.evaluate). */

/** A cell as Office.js loads it: value, formula, number format and value type. */
export interface StubCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  valueType: "Double" | "String" | "Boolean" | "Error" | "Empty";
}

/** A sheet the stub's workbook starts with; `state` as ExcelJS names it ("visible", "hidden", "veryHidden"). */
export interface StubSeedSheet {
  name: string;
  state: string;
  cells: [string, StubCell][];
}

export interface StubConfig {
  /** The newest ExcelApi set the stubbed Excel supports, "1.7" or "1.13"; every older one is supported too. */
  excelApi: string;
  /** Office.context.document.url. */
  url: string;
  /** Office.onReady's platform. */
  platform?: string;
  /** Office.onReady answers after this many ms (a slow Excel start), never when null, at once when absent. */
  readyAfterMs?: number | null;
  /** The workbook's sheets when the pane opens; one empty "Sheet1" when absent. */
  seed?: StubSeedSheet[];
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** A property set or method called on a recorded object (format, pageLayout, protection…). */
export interface StubRecord {
  /** The range's address, "" for a sheet-wide object. */
  range: string;
  path: string;
  value: unknown;
}

/** An Excel table added with sheet.tables.add. */
export interface StubTable {
  name: string;
  range: string;
  hasHeaders: boolean;
}

export interface StubSheetState {
  name: string;
  visibility: Visibility;
  /** A1 → cell, only cells that were written or filled. */
  cells: Record<string, StubCell>;
  merges: string[];
  records: StubRecord[];
  tables: StubTable[];
}

export interface StubSelection {
  sheet: string;
  address: string;
}

/** The stub's workbook and host as a whole. */
export interface StubState {
  excelApi: string;
  sheets: { name: string; visibility: Visibility }[];
  active?: string;
  selections: StubSelection[];
  names: { name: string; sheet: string; range: string }[];
  /** Excel.run calls, context.sync calls, and workbooks passed to insertWorksheetsFromBase64. */
  runs: number;
  syncs: number;
  insertedWorkbooks: number;
  /** The document settings as last saved with saveAsync, and how many saves there were. */
  savedSettings: Record<string, unknown>;
  settingsSaves: number;
}

/** What the stub puts on window for the test. */
export interface ExcelStubHandle {
  state(): StubState;
  sheet(name: string): StubSheetState | undefined;
  /** The officer deletes a sheet by hand, outside the add-in. */
  deleteSheet(name: string): void;
}
