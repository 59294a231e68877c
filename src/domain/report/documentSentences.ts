/** The sentence of section I that counts Phụ lục I's documents, as the May 2026 report words it. */
import type { DocumentsWindow } from "../documents/documentsWindow";
import { vietnameseDate } from "../language/vietnameseDate";
import { documentTexts } from "../texts/report";

/** "Ban hành 22 văn bản chỉ đạo, … (Phụ lục I kèm theo).", or that none was reported in the window. */
export function documentsSentence(count: number, window: DocumentsWindow): string {
  return count > 0
    ? documentTexts.sentence(count)
    : documentTexts.none(vietnameseDate(window.since), vietnameseDate(window.until));
}
