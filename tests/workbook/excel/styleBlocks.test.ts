import { styleBlocks } from "../../../src/workbook/excel/styleBlocks";

const cell = (row: number, col: number, key: string) => ({ row, col, key });

describe("styleBlocks", () => {
  it("joins a table body of one style into one rectangle", () => {
    const cells = [];
    for (let row = 6; row <= 8; row++) for (let col = 1; col <= 4; col++) cells.push(cell(row, col, "text"));
    expect(styleBlocks(cells)).toEqual([{ key: "text", bounds: { top: 6, left: 1, bottom: 8, right: 4 } }]);
  });

  it("keeps different styles and gaps apart", () => {
    const blocks = styleBlocks([
      cell(6, 1, "text"),
      cell(6, 2, "text"),
      cell(6, 3, "input"),
      cell(7, 1, "text"),
      cell(7, 2, "text"),
      cell(7, 3, "input"),
      cell(9, 1, "text"),
    ]);
    expect(blocks).toEqual([
      { key: "text", bounds: { top: 6, left: 1, bottom: 7, right: 2 } },
      { key: "input", bounds: { top: 6, left: 3, bottom: 7, right: 3 } },
      { key: "text", bounds: { top: 9, left: 1, bottom: 9, right: 1 } },
    ]);
  });

  it("does not stack runs of different widths", () => {
    const blocks = styleBlocks([cell(1, 1, "a"), cell(1, 2, "a"), cell(2, 1, "a")]);
    expect(blocks).toHaveLength(2);
  });
});
