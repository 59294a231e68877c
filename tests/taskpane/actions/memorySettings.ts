import { settingsSheetLedger, type SettingsStore } from "../../../src/taskpane/actions/sheetLedger";

/** Office's document settings kept in memory: what the add-in stored, and how many times it saved. */
export function memorySettings(initial: Record<string, unknown> = {}) {
  const values = new Map(Object.entries(initial));
  let saves = 0;
  const store: SettingsStore = {
    get: (name) => values.get(name),
    set: (name, value) => void values.set(name, value),
    saveAsync: (callback) => {
      saves++;
      callback?.({ status: "succeeded" });
    },
  };
  return { store, values, saves: () => saves };
}

/** A ledger that already knows the given sheets as created by the add-in. */
export function ledgerKnowing(...sheets: string[]) {
  return settingsSheetLedger(memorySettings({ "baoCaoCds.createdSheets": sheets.map((s) => s.toLowerCase()) }).store);
}
