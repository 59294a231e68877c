import { foldForMatching } from "./cellText";
import { periodLabel } from "./parsePeriod";
import { periodChoices } from "./periodChoices";
import type { Period } from "./types";

function folded(text: string): string {
  return foldForMatching(text.normalize("NFC")).replace(/\s+/g, " ").trim();
}

/**
 * A period as a form's title line prints it, back to the period: "Tháng 5/2026" → 2026-05, "quý II/2026" →
 * 2026-Q2, "6 tháng đầu năm 2026" → 2026-H1. Case, accents and spacing are forgiven; anything else is undefined.
 */
export function parsePeriodLabel(text: string): Period | undefined {
  const wanted = folded(text);
  const years = [...new Set(wanted.match(/\b\d{4}\b/g) ?? [])].map(Number);
  return years.flatMap(periodChoices).find((period) => folded(periodLabel(period)) === wanted);
}
