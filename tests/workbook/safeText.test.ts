import { neutraliseText, officeTextEntry, startsLikeFormula } from "../../src/workbook/safeText";

describe("startsLikeFormula", () => {
  it.each(['=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)", "\tTab", "\rCR"])(
    "%j could be read as a formula",
    (text) => {
      expect(startsLikeFormula(text)).toBe(true);
    },
  );

  it.each(["Đang thống kê số liệu", "≥ 50%", "02", " =1"])("%j could not", (text) => {
    expect(startsLikeFormula(text)).toBe(false);
  });
});

describe("neutraliseText", () => {
  it("composes Vietnamese letters (NFC), as the seeds are compared", () => {
    const decomposed = "Sở Khoa học và Công nghệ".normalize("NFD");
    expect(neutraliseText(decomposed)).toBe("Sở Khoa học và Công nghệ");
    expect(neutraliseText(decomposed).length).toBe("Sở Khoa học và Công nghệ".normalize("NFC").length);
  });

  it("drops control characters a workbook file cannot hold, keeps tab and line breaks", () => {
    expect(neutraliseText("Đã hoàn thành\u0007\u000B")).toBe("Đã hoàn thành");
    expect(neutraliseText("- Kế hoạch: Trước 10/5/2026\n- Báo cáo: Quý")).toBe(
      "- Kế hoạch: Trước 10/5/2026\n- Báo cáo: Quý",
    );
  });

  it("keeps formula-like text exactly as typed (the writers make it text)", () => {
    expect(neutraliseText("=SUM(A1)")).toBe("=SUM(A1)");
  });
});

describe("officeTextEntry", () => {
  it("gives formula-like text Excel's hidden apostrophe marker", () => {
    expect(officeTextEntry("-2")).toBe("'-2");
    expect(officeTextEntry('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
  });

  it("doubles an apostrophe the text itself starts with, so it stays visible", () => {
    expect(officeTextEntry("'Số liệu lũy kế")).toBe("''Số liệu lũy kế");
  });

  it("leaves ordinary text alone", () => {
    expect(officeTextEntry("Chưa đến kỳ báo cáo")).toBe("Chưa đến kỳ báo cáo");
  });
});
