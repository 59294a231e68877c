/** Every sentence of the report in one list of sections, in the report's order, footnotes numbered across it. */
import type { ReportSection, ReportSectionId, ReportSentence } from "../consolidation/types";
import { reportSectionTexts } from "../texts/report";

export const SECTION_ORDER: ReportSectionId[] = ["leadership", "completeness", "indicators", "tasks"];

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** 12 → "¹²": the mark Word shows for a footnote, as 003 prints them. */
export function footnoteMark(n: number): string {
  return [...String(n)].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join("");
}

/** Sentences from one source for one section; several sources may fill the same section. */
export interface SentenceSource {
  section: ReportSectionId;
  sentences: ReportSentence[];
}

/**
 * Sources merged by section, in SECTION_ORDER and then in the order given; empty sections left out. A sentence
 * with a footnote gets its mark before its closing full stop ("… năm 2026¹."), the footnote the same mark in front.
 */
export function reportSections(sources: SentenceSource[]): ReportSection[] {
  let footnotes = 0;
  const mark = ({ text, footnote }: ReportSentence): ReportSentence => {
    if (footnote === undefined) return { text };
    const sign = footnoteMark(++footnotes);
    const marked = text.endsWith(".") ? `${text.slice(0, -1)}${sign}.` : `${text}${sign}`;
    return { text: marked, footnote: `${sign} ${footnote}` };
  };
  return SECTION_ORDER.flatMap((id): ReportSection[] => {
    const sentences = sources.filter((source) => source.section === id).flatMap((source) => source.sentences);
    return sentences.length === 0
      ? []
      : [{ id, heading: reportSectionTexts.headings[id], sentences: sentences.map(mark) }];
  });
}
