import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { summaryPrintSetups } from "../../../src/taskpane/actions/summaryPrintSetups";
import { summarySheetNames } from "../../../src/workbook/summary/buildSummaryWorkbook";

const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;

describe("summaryPrintSetups", () => {
  const setups = summaryPrintSetups(catalog2026(), may);

  it("gives every summary sheet the decree's landscape A4, one page wide, without a print area", () => {
    expect(setups.map((setup) => setup.sheet)).toEqual([...summarySheetNames]);
    for (const { print } of setups) {
      expect(print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
      expect(print.marginsMm).toMatchObject({ top: 20, bottom: 20, left: 30, right: 15 });
      expect(print.printArea).toBeUndefined();
    }
  });

  it("names each table's header by the text of its first column, to be found in the workbook", () => {
    const byName = new Map(setups.map((setup) => [setup.sheet, setup]));
    expect(byName.get("Tổng hợp chỉ tiêu")).toMatchObject({
      titleText: "STT",
      print: { titleRows: { first: 5, last: 5 } },
    });
    expect(byName.get("Tình hình thực hiện")).toMatchObject({ titleText: "Nhóm" });
    expect(byName.get("Chi tiết theo đơn vị")?.print.titleRows).toEqual({ first: 4, last: 5 });
  });
});
