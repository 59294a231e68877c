import { saysNothing } from "../../../src/domain/language/saysNothing";

describe("saysNothing", () => {
  it.each([
    "",
    "   ",
    "-",
    "…",
    "...",
    "Không",
    "không",
    "KHÔNG",
    "Không.",
    "- Không -",
    "Không có",
    "không có.",
    "Không có khó khăn",
    "Không có khó khăn, vướng mắc.",
    "Không có đề xuất, kiến nghị",
    "Không có ý kiến",
    "Không phát sinh",
    "Ko",
    "Khong co", // typed without accents
  ])("“%s” says there is none", (text) => {
    expect(saysNothing(text)).toBe(true);
  });

  it.each([
    "Thiếu nhân lực chuyên trách về chuyển đổi số.",
    "Không có kinh phí thực hiện",
    "Không đủ máy tính cho cán bộ",
    "Khó khăn: không có",
    "0",
    "Đề nghị UBND tỉnh bổ sung kinh phí.",
  ])("“%s” says something", (text) => {
    expect(saysNothing(text)).toBe(false);
  });
});
