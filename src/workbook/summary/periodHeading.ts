/** The period as the report's titles write it. */
import { periodLabel } from "../../domain/language/parsePeriod";
import type { Period } from "../../domain/language/types";
import { summaryTexts } from "../../domain/texts/summary";

/** "tháng 5/2026" → "THÁNG 5 NĂM 2026" (as Phụ lục II of the May 2026 report), "quý II/2026" → "QUÝ II NĂM 2026". */
export function periodHeading(period: Period): string {
  return periodLabel(period)
    .replace(/\/(\d{4})$/, (_slash, year: string) => summaryTexts.ofYear(year))
    .toLocaleUpperCase("vi");
}
