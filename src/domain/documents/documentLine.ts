/** A document as Phụ lục I names it. */
import { vietnameseDate } from "../language/vietnameseDate";
import type { IsoDate } from "../language/types";
import { documentTexts } from "../texts/report";
import { documentKind } from "./documentKind";

/** "2433/UBND-KGVX", 14/4/2026, "về việc …" → "Công văn số 2433/UBND-KGVX ngày 14/4/2026 về việc …". */
export function documentLine(number: string, date: IsoDate, summary: string): string {
  return documentTexts.line(documentTexts.kinds[documentKind(number)], number, vietnameseDate(date), summary);
}
