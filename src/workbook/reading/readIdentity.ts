/** The hidden identity sheet's key/value rows → FormIdentity, or the keys that are missing. */
import { success, type Result } from "../../domain/result";
import type { FormIdentity } from "../../domain/submission/types";
import { IDENTITY_KEYS } from "../templates/formLayout";
import { inputText, type SheetGrid } from "./sheetGrid";

const NUMBER_KEYS: (keyof FormIdentity)[] = ["templateVersion", "catalogYear"];

export type IdentityRead = Result<FormIdentity, { missing: string[] }>;

export function readIdentity(grid: SheetGrid): IdentityRead {
  const values = new Map<string, string>();
  for (let row = 1; row <= grid.rowCount; row++) {
    const key = inputText(grid.input(row, 1)).trim();
    if (key !== "" && !values.has(key)) values.set(key, inputText(grid.input(row, 2)).trim());
  }
  const identity: Record<string, string | number> = {};
  const missing: string[] = [];
  for (const [field, key] of Object.entries(IDENTITY_KEYS) as [keyof FormIdentity, string][]) {
    const value = values.get(key);
    const number = Number(value);
    if (value === undefined || (NUMBER_KEYS.includes(field) && (value === "" || !Number.isFinite(number)))) {
      missing.push(key);
    } else {
      identity[field] = NUMBER_KEYS.includes(field) ? number : value;
    }
  }
  return missing.length > 0 ? { ok: false, missing } : success(identity as unknown as FormIdentity);
}
