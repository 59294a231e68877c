import { uiTexts } from "../../domain/texts/ui";

/** A result sentence followed by what this Excel could not do, when anything. */
export function withOmissions(sentence: string, omitted: readonly string[]): string {
  return omitted.length > 0 ? `${sentence} ${uiTexts.omittedIntro} ${omitted.join(" ")}` : sentence;
}
