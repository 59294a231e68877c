/**
 * The sheets this add-in created in a workbook, remembered in the workbook's own add-in settings, so a
 * later write replaces only those and never an officer's sheet that happens to share a name.
 */
export interface SheetLedger {
  created(name: string): boolean;
  record(names: string[]): Promise<void>;
}

const KEY = "baoCaoCds.createdSheets";

/** The part of Office.Settings the ledger uses; tests pass their own. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

export function settingsSheetLedger(settings: SettingsStore): SheetLedger {
  const names = () => {
    const stored = settings.get(KEY);
    return new Set(Array.isArray(stored) ? stored.map((name) => String(name).toLowerCase()) : []);
  };
  return {
    created: (name) => names().has(name.toLowerCase()),
    record: (created) =>
      new Promise((resolve, reject) => {
        const all = names();
        for (const name of created) all.add(name.toLowerCase());
        settings.set(KEY, [...all].sort());
        settings.saveAsync((result) => (result.error ? reject(new Error(result.error.message)) : resolve()));
      }),
  };
}
