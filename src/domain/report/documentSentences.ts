/** Phụ lục I's lines and the sentence of section I that counts them, as the May 2026 report words them. */
import { documentKind } from "../documents/documentKind";
import type { DocumentsWindow } from "../documents/documentsWindow";
import { vietnameseDate } from "../language/vietnameseDate";
import type { IsoDate } from "../language/types";
import { documentTexts } from "../texts/report";

/** "2433/UBND-KGVX", 14/4/2026, "về việc …" → "Công văn số 2433/UBND-KGVX ngày 14/4/2026 về việc …". */
export function documentLine(number: string, date: IsoDate, summary: string): string {
  return documentTexts.line(documentTexts.kinds[documentKind(number)], number, vietnameseDate(date), summary);
}

/** "Ban hành 22 văn bản chỉ đạo, … (Phụ lục I kèm theo).", or that none was reported in the window. */
export function documentsSentence(count: number, window: DocumentsWindow): string {
  return count > 0
    ? documentTexts.sentence(count)
    : documentTexts.none(vietnameseDate(window.since), vietnameseDate(window.until));
}
