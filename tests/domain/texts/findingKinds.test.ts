import { FINDING_KINDS } from "../../../src/domain/texts/findingKinds";

describe("FINDING_KINDS", () => {
  it("names every kind differently, in words, so a grouped list never merges two kinds", () => {
    const names = Object.values(FINDING_KINDS);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).not.toMatch(/_/);
  });
});
