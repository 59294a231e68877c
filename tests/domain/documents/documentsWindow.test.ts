import { defaultDocumentsSince, documentsWindow, isInWindow } from "../../../src/domain/documents/documentsWindow";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";

function period(code: string): Period {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(code);
  return parsed.value;
}

describe("defaultDocumentsSince", () => {
  it("opens on the last day before the previous period: 31/3/2026 for tháng 5/2026, as the May report lists", () => {
    expect(defaultDocumentsSince(period("2026-05"))).toBe("2026-03-31");
    expect(defaultDocumentsSince(period("2026-03"))).toBe("2026-01-31");
    expect(defaultDocumentsSince(period("2026-01"))).toBe("2025-11-30");
    expect(defaultDocumentsSince(period("2026-Q2"))).toBe("2025-12-31");
    expect(defaultDocumentsSince(period("2026-H2"))).toBe("2025-12-31");
    expect(defaultDocumentsSince(period("2026"))).toBe("2024-12-31");
  });
});

describe("documentsWindow", () => {
  it("runs to the as-of day, from the officer's day when given, both ends included", () => {
    const window = documentsWindow(period("2026-05"), "2026-05-14", "2026-04-11");
    expect(window).toEqual({ since: "2026-04-11", until: "2026-05-14" });
    expect(isInWindow("2026-04-11", window)).toBe(true);
    expect(isInWindow("2026-05-14", window)).toBe(true);
    expect(isInWindow("2026-04-10", window)).toBe(false);
    expect(isInWindow("2026-05-15", window)).toBe(false);
    expect(documentsWindow(period("2026-05"), "2026-05-14").since).toBe("2026-03-31");
  });
});
