import { shareStrings } from "../../src/cli/shareStrings";

/** A string built at run time, as a file's reader builds it: equal to the literal, but its own copy. */
function copyOf(text: string): string {
  return text
    .split("")
    .map((character) => character)
    .join("");
}

describe("shareStrings", () => {
  it("walks every string of a read into the pool, in place, leaving every value as it was", () => {
    const pool = new Map<string, string>();
    const read = () => ({
      file: copyOf("2026-05_xa-muong-sai.xlsx"),
      notes: [],
      submission: {
        indicators: [
          {
            indicatorId: copyOf("CDS.II.8.1"),
            result: { sheet: copyOf("Chỉ tiêu"), cell: copyOf("F7"), raw: 87.6, percentFormat: true },
            fixed: { "Tên chỉ tiêu": { sheet: copyOf("Chỉ tiêu"), cell: copyOf("B7"), raw: copyOf("Tỷ lệ hồ sơ") } },
          },
        ],
        contact: { name: copyOf("Lò Văn Minh") },
        tasks: [{ taskId: copyOf("NV.IV.3.1"), status: { sheet: copyOf("Nhiệm vụ"), cell: copyOf("F9"), raw: null } }],
      },
    });
    shareStrings(read(), pool);
    const second = read();
    // Which copy a string is cannot be seen from JavaScript; what can: the data is unchanged and the pool is full.
    expect(shareStrings(second, pool)).toBe(second);
    expect(second).toEqual(read());
    expect([...pool.keys()].sort()).toEqual(
      [
        "2026-05_xa-muong-sai.xlsx",
        "CDS.II.8.1",
        "Chỉ tiêu",
        "F7",
        "B7",
        "Tỷ lệ hồ sơ",
        "Lò Văn Minh",
        "NV.IV.3.1",
        "Nhiệm vụ",
        "F9",
      ].sort(),
    );
  });
});
