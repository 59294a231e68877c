import { outlineRows } from "../../../src/workbook/templates/outlineRows";
import { rowRuns } from "../../../src/workbook/templates/rowRuns";
import { CATALOG } from "./formTestSupport";

describe("outlineRows", () => {
  const byId = (ids: string[]) => CATALOG.indicators.filter((indicator) => ids.includes(indicator.id));
  const describeRows = (rows: ReturnType<typeof outlineRows>) =>
    rows.map((row) =>
      row.kind === "part"
        ? `part ${row.part}`
        : row.kind === "group"
          ? `group ${row.group}`
          : `${row.kind} ${row.item.id}`,
    );

  it("puts a part row, then a group row, before the first item of each", () => {
    expect(
      describeRows(outlineRows(byId(["KHCN.II.7", "CDS.II.2", "CDS.II.6", "CDS.III.1"]), CATALOG.indicators)),
    ).toEqual([
      "part A",
      "group II",
      "item KHCN.II.7",
      "part B",
      "group II",
      "item CDS.II.2",
      "item CDS.II.6",
      "group III",
      "item CDS.III.1",
    ]);
  });

  it("brings the heading 8 along before 8.1 once, and not again when the heading is itself listed", () => {
    const subRows = byId(["CDS.II.8.1", "CDS.II.8.3"]);
    expect(describeRows(outlineRows(subRows, CATALOG.indicators, false))).toEqual([
      "group II",
      "parent CDS.II.8",
      "item CDS.II.8.1",
      "item CDS.II.8.3",
    ]);
    expect(describeRows(outlineRows(byId(["CDS.II.8", "CDS.II.8.1"]), CATALOG.indicators, false))).toEqual([
      "group II",
      "item CDS.II.8",
      "item CDS.II.8.1",
    ]);
  });
});

describe("rowRuns", () => {
  it("joins consecutive rows with the same key and starts again at a gap or a new key", () => {
    expect(
      rowRuns([
        { row: 5, key: "a" },
        { row: 6, key: "a" },
        { row: 7, key: "b" },
        { row: 9, key: "b" },
        { row: 10, key: "b" },
      ]),
    ).toEqual([
      { key: "a", first: 5, last: 6 },
      { key: "b", first: 7, last: 7 },
      { key: "b", first: 9, last: 10 },
    ]);
  });
});
