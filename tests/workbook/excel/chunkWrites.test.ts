import { chunkRows, estimatePayloadBytes, RequestBudget } from "../../../src/workbook/excel/chunkWrites";

describe("estimatePayloadBytes", () => {
  it("counts UTF-8 bytes of the JSON, so Vietnamese letters weigh more than ASCII", () => {
    expect(estimatePayloadBytes(["ab", 12])).toBe('["ab",12]'.length);
    // "Đ" and "ạ" take two and three bytes in UTF-8.
    expect(estimatePayloadBytes(["Đạt"])).toBe(4 + 2 + 3 + 1);
  });
});

describe("chunkRows", () => {
  it("keeps rows together while they fit the budget", () => {
    expect(chunkRows([40, 40, 40], 100)).toEqual([
      { start: 0, end: 2, bytes: 80 },
      { start: 2, end: 3, bytes: 40 },
    ]);
  });

  it("puts a row larger than the budget alone rather than splitting it", () => {
    expect(chunkRows([10, 500, 10], 100)).toEqual([
      { start: 0, end: 1, bytes: 10 },
      { start: 1, end: 2, bytes: 500 },
      { start: 2, end: 3, bytes: 10 },
    ]);
  });

  it("gives one block for a normal form", () => {
    expect(chunkRows(Array(1000).fill(300), 4 * 1024 * 1024)).toHaveLength(1);
  });
});

describe("RequestBudget", () => {
  it("syncs only when the next payload would pass the budget", async () => {
    let syncs = 0;
    const budget = new RequestBudget({ sync: async () => void syncs++ }, 100);
    await budget.reserve(60);
    await budget.reserve(40);
    expect(syncs).toBe(0);
    await budget.reserve(1);
    expect(syncs).toBe(1);
    await budget.sync();
    expect(budget.syncs).toBe(2);
  });
});
