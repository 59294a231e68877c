/**
 * The sentences of a span made from its months (history/rollUpPeriod): the completeness section says who reported in
 * the last month found, which months made the span and whose figures were carried; section I's documents line
 * points to the months' Phụ lục I; the annual report adds the year's result.
 */
import type { Catalog } from "../catalog/types";
import type { Completeness, Consolidation, RegisterRow, ReportSection } from "../consolidation/types";
import { periodLabel } from "../language/parsePeriod";
import type { Period } from "../language/types";
import { historyTexts } from "../texts/history";
import { carriedSentence } from "./carriedSentence";
import { completenessSentence, lateSentence } from "./completenessSentence";
import { SECTION_ORDER } from "./reportSections";
import { yearResultSection } from "./yearResult";

/** The figures of the span that the month's consolidation does not have. */
export interface RolledUpFigures {
  register: RegisterRow[];
  completeness: Completeness;
  /** Units counted with an earlier month's figures, and that month. */
  carried: { unitId: string; period: Period }[];
  months: Period[];
  missingMonths: Period[];
}

/** `alone`: the span consolidated and worded as a month; `inForce`: the catalog the span is judged by. */
export function reportRolledUp(
  inForce: Catalog,
  alone: Consolidation,
  { register, completeness, carried, months, missingMonths }: RolledUpFigures,
): Consolidation {
  const { period } = alone;
  const label = periodLabel(period);
  const late = lateSentence(register, period);
  const names = new Map(inForce.units.map((unit) => [unit.id, unit.name]));
  const carriedLine = carried.length === 0 ? undefined : carriedSentence(carried, names);
  const monthLabels = months.map(periodLabel);
  const { lateSentence: _monthly, ...rest } = alone;
  const consolidation: Consolidation = {
    ...rest,
    register,
    completeness,
    completenessSentence: completenessSentence(completeness),
    // The history keeps no documents: "các đơn vị chưa báo cáo văn bản" would be untrue, the months' Phụ lục I list them.
    documentsSentence: historyTexts.rollUp.documents(label, monthLabels),
    ...(late === undefined ? {} : { lateSentence: late }),
    ...(carriedLine === undefined ? {} : { carriedSentence: carriedLine }),
    rolledUpFrom: {
      months: months.map((month) => month.code),
      missingMonths: missingMonths.map((month) => month.code),
      sentence: historyTexts.rollUp.span(label, monthLabels, missingMonths.map(periodLabel)),
    },
  };
  const completenessLines = [
    consolidation.completenessSentence,
    late,
    consolidation.rolledUpFrom?.sentence,
    carriedLine,
  ];
  const sections = alone.reportSections.map((section): ReportSection => {
    if (section.id === "completeness") {
      return { ...section, sentences: completenessLines.flatMap((text) => (text === undefined ? [] : [{ text }])) };
    }
    const documents = (text: string) => (text === alone.documentsSentence ? consolidation.documentsSentence : text);
    return {
      ...section,
      sentences: section.sentences.map((sentence) => ({ ...sentence, text: documents(sentence.text) })),
    };
  });
  const withYear = period.kind === "year" ? withSection(sections, yearResultSection(inForce, consolidation)) : sections;
  return { ...consolidation, reportSections: withYear };
}

/** The sections with one more, in the report's order. */
function withSection(sections: ReportSection[], added: ReportSection): ReportSection[] {
  const order = (section: ReportSection) => SECTION_ORDER.indexOf(section.id);
  return [...sections, added].sort((a, b) => order(a) - order(b));
}
