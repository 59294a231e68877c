/** The completeness section's line on figures carried from earlier periods: "Dùng số liệu kỳ trước cho …". */
import { periodLabel } from "../language/parsePeriod";
import type { Period } from "../language/types";
import { historyTexts } from "../texts/history";

/** Units named under the period their figures came from, latest period first. */
export function carriedSentence(units: { unitId: string; period: Period }[], names: Map<string, string>): string {
  const byPeriod = new Map<string, { period: string; names: string[] }>();
  for (const unit of [...units].sort((a, b) => b.period.start.localeCompare(a.period.start))) {
    const group = byPeriod.get(unit.period.code) ?? { period: periodLabel(unit.period), names: [] };
    group.names.push(names.get(unit.unitId) ?? unit.unitId);
    byPeriod.set(unit.period.code, group);
  }
  return historyTexts.carriedSentence([...byPeriod.values()]);
}
