import type { Catalog, Unit } from "../catalog/types";
import type { Period } from "../language/types";
import { formContentFor } from "./formContent";

/** The units that get a form: every unit with at least one indicator or task to report, register order. */
export function unitsWithForms(catalog: Catalog): Unit[] {
  return catalog.units.filter((unit) => {
    const content = formContentFor(catalog, unit.id);
    return content.indicators.length + content.tasks.length > 0;
  });
}

/** "2026-05_xa-muong-sai.xlsx": sorts by period, then unit; ASCII so every mail and Zalo client keeps it. */
export function formFileName(period: Period, unitId: string): string {
  return `${period.code}_${unitId}.xlsx`;
}

export function planFileName(year: number): string {
  return `Phu-luc-I-II-ke-hoach-${year}.xlsx`;
}

export function formsZipName(period: Period): string {
  return `bieu-mau-${period.code}.zip`;
}

/** The ids of the units that get a form: whom the register expects a report from. */
export function formRecipients(catalog: Catalog): ReadonlySet<string> {
  return new Set(unitsWithForms(catalog).map((unit) => unit.id));
}
