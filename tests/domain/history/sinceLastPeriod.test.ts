import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { Consolidation } from "../../../src/domain/consolidation/types";
import { withSinceLastPeriod } from "../../../src/domain/history/sinceLastPeriod";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";

const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;

describe("withSinceLastPeriod", () => {
  // Only the fields read before deciding there is nothing to add.
  const may = (comparedWith?: string) =>
    ({ period: period("2026-05"), ...(comparedWith ? { comparedWith: period(comparedWith) } : {}) }) as Consolidation;

  it("adds nothing when the history skips April: 'trong tháng 5' cannot be told from March", () => {
    const fromMarch = may("2026-03");
    expect(withSinceLastPeriod(catalog2026(), fromMarch, [])).toBe(fromMarch);
    const alone = may();
    expect(withSinceLastPeriod(catalog2026(), alone, [])).toBe(alone);
  });
});
