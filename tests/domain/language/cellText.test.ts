import fc from "fast-check";
import { cleanCellText, foldForMatching, splitRemarks } from "../../../src/domain/language/cellText";

describe("cleanCellText", () => {
  it.each<[string, string]>([
    ["58,65% <i>(dự kiến đến 31/12/2025 đạt 60%)</i>", "58,65% (dự kiến đến 31/12/2025 đạt 60%)"],
    ["$\\geq 80\\%$", "≥ 80%"],
    ["$\\leq 5\\%$", "≤ 5%"],
    ["$\\ge 70\\%$", "≥ 70%"],
    ["<p>Ước&nbsp;87,6%</p>", "Ước 87,6%"],
    ["&ge; 50%", "≥ 50%"],
    ["Đang thống kê\n\nsố liệu", "Đang thống kê số liệu"],
    ["  Chưa triển khai  ", "Chưa triển khai"],
    ["Ước 99,8%".normalize("NFD"), "Ước 99,8%"],
    ["Sở Nội vụ\t&amp; Sở Tài chính", "Sở Nội vụ & Sở Tài chính"],
    ["Sở Nội vụ & Sở Tài chính", "Sở Nội vụ & Sở Tài chính"],
    ["Ước\u00a087,6 $", "Ước 87,6"],
    ["Ước\u00a087,6", "Ước 87,6"],
  ])("cleans %j to %j", (input, expected) => {
    expect(cleanCellText(input)).toBe(expected);
  });
});

describe("foldForMatching", () => {
  it.each<[string, string]>([
    ["Ước 99,8%", "uoc 99,8%"],
    ["ĐANG THỐNG KÊ SỐ LIỆU", "dang thong ke so lieu"],
    ["Số liệu lũy kế", "so lieu luy ke"],
    ["\u0421\u043eng", "cong"],
    ["≥ 50%", "≥ 50%"],
  ])("folds %j to %j", (input, expected) => {
    expect(foldForMatching(input)).toBe(expected);
  });

  it("keeps every position, so a match in the folded text slices the original", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(foldForMatching(text)).toHaveLength(text.length);
      }),
    );
  });
});

describe("splitRemarks", () => {
  it.each<[string, string, string[]]>([
    ["01 (Số liệu lũy kế)", "01", ["Số liệu lũy kế"]],
    ["12 (năm 2025) (Số liệu lũy kế)", "12", ["năm 2025", "Số liệu lũy kế"]],
    ["Ước 99,8%", "Ước 99,8%", []],
    ["87,6% ()", "87,6%", []],
    ["87,6% (chưa đóng", "87,6% (chưa đóng", []],
  ])("splits %j", (input, main, remarks) => {
    expect(splitRemarks(input)).toEqual({ main, remarks });
  });
});

describe("foldForMatching and Cyrillic capitals", () => {
  it("reads Cyrillic capitals that look like Latin ones as those letters, as unit names do", () => {
    expect(foldForMatching("ТНÔNG ВÁО")).toBe("thong bao");
  });
});
