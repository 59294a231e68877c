import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { summaryPrintSetups } from "../../../src/taskpane/actions/summaryPrintSetups";
import { appendixSheetNames } from "../../../src/workbook/summary/buildSummaryWorkbook";

const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;

describe("summaryPrintSetups", () => {
  const setups = summaryPrintSetups(catalog2026(), may);

  it("gives the appendices alone the decree's landscape A4, page numbers on top, never shrunk, without a print area", () => {
    expect(setups.map((setup) => setup.sheet)).toEqual([...appendixSheetNames]);
    for (const { print } of setups) {
      expect(print).toMatchObject({
        orientation: "landscape",
        paper: "A4",
        firstPageNumber: 1,
        unnumberedFirstPage: true,
      });
      expect(print.fitToWidth).toBeUndefined();
      expect(print.marginsMm).toMatchObject({ top: 20, bottom: 20, left: 30, right: 15 });
      expect(print.printArea).toBeUndefined();
    }
  });

  it("names each table's header by the text of its first column, to be found in the workbook", () => {
    const byName = new Map(setups.map((setup) => [setup.sheet, setup]));
    // Below the title block, and below the part's heading "A. …" in Phụ lục II and III (Phụ lục I has no parts);
    // in Phụ lục IV also below the heading of the part's first programme, "1. …".
    const rows: Record<string, number> = { "Phụ lục I (báo cáo)": 5 };
    // Phụ lục IV repeats no header: its parts' headers name different columns.
    expect(byName.get("Phụ lục IV (báo cáo)")?.print.titleRows).toBeUndefined();
    for (const name of appendixSheetNames.filter((sheet) => sheet !== "Phụ lục IV (báo cáo)")) {
      const header = rows[name] ?? 6;
      expect(byName.get(name)).toMatchObject({
        titleText: "STT",
        print: { titleRows: { first: header, last: header } },
      });
    }
  });
});
