/**
 * The forms this add-in imported into a workbook, remembered in the workbook's own add-in settings: for each
 * imported sheet, the unit's file and when it was received. Consolidating from the sheets then still knows
 * who sent late, and a finding in a chosen file can open the sheet that file became.
 */
import type { ReceiptSource } from "../../domain/receipts/types";
import type { SheetsReceipt } from "../../workbook/reading/readFormSheets";
import type { SettingsStore } from "./sheetLedger";

export interface ImportRecord {
  /** The unit's file name. */
  file: string;
  /** When it was received (the workbook's last save, else the file's time), ISO. */
  receivedAt: string;
  /** Which of the two it is; records made before it was kept have none. */
  receiptSource?: ReceiptSource;
  /** The form's sheet names in the file ("Chỉ tiêu") → the sheet it became here ("CT Xã Mường Sại"). */
  sheets: Record<string, string>;
}

export interface ImportLedger {
  /** When the form one of these sheets came from was received, and by whose word; none when not imported here. */
  receipt(sheetNames: string[]): SheetsReceipt | undefined;
  /** Where a sheet of an imported file now is in the workbook, when the file was imported. */
  importedSheet(file: string, sheet: string): string | undefined;
  record(imports: ImportRecord[]): Promise<void>;
}

const KEY = "baoCaoCds.importedForms";

/** A stored setting is data from the workbook: only a source the add-in writes is taken. */
function isReceiptSource(value: unknown): value is ReceiptSource {
  return value === "workbook" || value === "file";
}

function isRecord(value: unknown): value is ImportRecord {
  const record = value as ImportRecord;
  return (
    typeof record === "object" &&
    record !== null &&
    typeof record.file === "string" &&
    typeof record.receivedAt === "string" &&
    typeof record.sheets === "object" &&
    record.sheets !== null
  );
}

export function settingsImportLedger(settings: SettingsStore): ImportLedger {
  const records = (): ImportRecord[] => {
    const stored = settings.get(KEY);
    return Array.isArray(stored) ? stored.filter(isRecord) : [];
  };
  const lower = (name: string) => name.toLowerCase();
  return {
    receipt(sheetNames) {
      const wanted = new Set(sheetNames.map(lower));
      const found = records().find((record) => Object.values(record.sheets).some((name) => wanted.has(lower(name))));
      if (!found) return undefined;
      return isReceiptSource(found.receiptSource)
        ? { receivedAt: found.receivedAt, receiptSource: found.receiptSource }
        : { receivedAt: found.receivedAt };
    },
    importedSheet(file, sheet) {
      // The latest import of that file name wins, as a resend does.
      const found = records()
        .filter((record) => record.file === file)
        .pop();
      return found?.sheets[sheet];
    },
    record: (imports) =>
      new Promise((resolve, reject) => {
        settings.set(KEY, [...records(), ...imports]);
        settings.saveAsync((result) => (result.error ? reject(new Error(result.error.message)) : resolve()));
      }),
  };
}
