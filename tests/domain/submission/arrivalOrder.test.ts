import { compareArrival, latestArrival } from "../../../src/domain/submission/arrivalOrder";

describe("which file came last", () => {
  it("compares receipt times as instants, whatever their offset or precision", () => {
    // 08:00 at UTC+7 is 01:00 UTC: earlier than 02:00 UTC although its text sorts later.
    const early = { file: "b.xlsx", receivedAt: "2026-05-10T08:00:00+07:00" };
    const late = { file: "a.xlsx", receivedAt: "2026-05-10T02:00:00.000Z" };
    expect(compareArrival(early, late)).toBeLessThan(0);
    expect(latestArrival([late, early])).toBe(late);
    expect(latestArrival([early, late])).toBe(late);
  });

  it("gives one answer for equal times: the later file name", () => {
    const a = { file: "2026-05_so-yt.xlsx", receivedAt: "2026-05-10T02:00:00Z" };
    const b = { file: "2026-05_so-yt (1).xlsx", receivedAt: "2026-05-10T02:00:00.000Z" };
    expect(latestArrival([a, b])).toBe(a);
    expect(latestArrival([b, a])).toBe(a);
  });

  it("orders unreadable times as text, and has no latest of nothing", () => {
    expect(compareArrival({ file: "x", receivedAt: "" }, { file: "x", receivedAt: "2026" })).toBeLessThan(0);
    expect(latestArrival([])).toBeUndefined();
  });
});
