import { combineStatuses } from "../../../src/domain/language/combineStatuses";

describe("combineStatuses", () => {
  it.each([
    [["done", "done"], "done"],
    [["done", "in_progress"], "in_progress"],
    [["done", "not_started"], "in_progress"],
    [["not_started", "not_started"], "not_started"],
    [["not_started", undefined], "not_started"],
    // One not reported is not known to be done.
    [["done", undefined], "in_progress"],
    [[undefined, undefined], undefined],
  ] as const)("%j → %s", (statuses, expected) => {
    expect(combineStatuses(statuses)).toBe(expected);
  });
});
