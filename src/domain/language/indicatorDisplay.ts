/** A province figure written the way Phụ lục II prints it: "67,1%", "127", "Ước 99,8%", "6,9% (năm 2025)". */
import type { ParsedValue } from "./types";
import { figureText } from "./vietnameseNumber";
import { indicatorTexts } from "../texts/report";

/** The figure's number with its flags; a value without a number is written by its reason, never here. */
export function indicatorDisplay(figure: ParsedValue & { number: number }): string {
  return [
    figure.flags.estimate ? indicatorTexts.estimate : undefined,
    figureText(figure.number, figure.unit === "percent"),
    figure.flags.cumulative ? indicatorTexts.cumulative : undefined,
    figure.flags.year !== undefined ? indicatorTexts.year(figure.flags.year) : undefined,
  ]
    .filter((piece) => piece !== undefined)
    .join(" ");
}
