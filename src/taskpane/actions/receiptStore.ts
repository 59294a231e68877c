/**
 * The officer's receipt times, kept in the workbook's own add-in settings (so they travel and persist with the
 * collecting workbook); outside Excel, for the page's life.
 */
import { readReceiptCorrections } from "../../domain/receipts/receiptCorrections";
import type { ReceiptCorrections } from "../../domain/receipts/types";
import type { SettingsStore } from "./sheetLedger";

export interface ReceiptStore {
  corrections(): ReceiptCorrections;
  /** Adds these corrections to the kept ones, a file's new time replacing its old one. */
  save(corrections: ReceiptCorrections): Promise<void>;
}

const KEY = "baoCaoCds.receiptTimes";

export function settingsReceiptStore(settings: SettingsStore): ReceiptStore {
  const corrections = (): ReceiptCorrections => {
    const read = readReceiptCorrections(settings.get(KEY) ?? {});
    return read.ok ? read.value : {};
  };
  return {
    corrections,
    save: (added) =>
      new Promise((resolve, reject) => {
        settings.set(KEY, { ...corrections(), ...added });
        settings.saveAsync((result) => (result.error ? reject(new Error(result.error.message)) : resolve()));
      }),
  };
}

/** Settings that live as long as the page: the browser page has no workbook to keep them in. */
export function pageSettings(): SettingsStore {
  const values = new Map<string, unknown>();
  return {
    get: (name) => values.get(name),
    set: (name, value) => void values.set(name, value),
    saveAsync: (callback) => callback?.({ status: "succeeded" }),
  };
}
