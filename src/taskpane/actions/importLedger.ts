/**
 * The forms this add-in imported into a workbook, remembered in the workbook's own add-in settings: for each
 * imported sheet, the unit's file and when it was received. Consolidating from the sheets then still knows
 * who sent late, and a finding in a chosen file can open the sheet that file became.
 */
import type { SettingsStore } from "./sheetLedger";

export interface ImportRecord {
  /** The unit's file name. */
  file: string;
  /** When it was received (the workbook's last save, else the file's time), ISO. */
  receivedAt: string;
  /** The form's sheet names in the file ("Chỉ tiêu") → the sheet it became here ("CT Xã Mường Sại"). */
  sheets: Record<string, string>;
}

export interface ImportLedger {
  /** The receipt time of the form one of these sheets came from, "" when none was imported by the add-in. */
  receivedAt(sheetNames: string[]): string;
  /** Where a sheet of an imported file now is in the workbook, when the file was imported. */
  importedSheet(file: string, sheet: string): string | undefined;
  record(imports: ImportRecord[]): Promise<void>;
}

const KEY = "baoCaoCds.importedForms";

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
    receivedAt(sheetNames) {
      const wanted = new Set(sheetNames.map(lower));
      const found = records().find((record) => Object.values(record.sheets).some((name) => wanted.has(lower(name))));
      return found?.receivedAt ?? "";
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
