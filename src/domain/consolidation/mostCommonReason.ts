/** The reason most units gave for having no number ("Đang thống kê số liệu"), to stand in the province's cell. */
import type { IndicatorOutcome } from "./types";

/** Ties go to the reason met first, so the answer follows the order the entries come in. */
export function mostCommonReason(entries: IndicatorOutcome[]): string | undefined {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const reason = entry.value?.number === undefined ? entry.value?.reason?.text.normalize("NFC").trim() : undefined;
    if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [reason, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = reason;
  return best;
}
