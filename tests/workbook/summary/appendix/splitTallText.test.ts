import { splitTallText } from "../../../../src/workbook/summary/appendix/splitTallText";

const atMost = (letters: number) => (piece: string) => piece.length <= letters;

describe("splitTallText", () => {
  it("leaves a text that fits as one piece", () => {
    expect(splitTallText("- Sở Y tế: đã triển khai.", atMost(40))).toEqual(["- Sở Y tế: đã triển khai."]);
  });

  it("cuts between units' lines, keeping as many lines together as fit", () => {
    const lines = ["- Xã Mường Sại: 12 tin bài.", "- Xã Chiềng Sung: 8 tin bài.", "- Phường Tô Hiệu: 5 tin bài."];
    expect(splitTallText(lines.join("\n"), atMost(60))).toEqual([`${lines[0]}\n${lines[1]}`, lines[2]]);
  });

  it("cuts a line taller than a row between its words, nothing lost", () => {
    const line = "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa đến nay ước đạt 96,9%";
    const pieces = splitTallText(`Mở đầu.\n${line}`, atMost(30));
    expect(pieces.every((piece) => piece.length <= 30)).toBe(true);
    expect(pieces[0]).toBe("Mở đầu.");
    expect(pieces.slice(1).join(" ")).toBe(line);
  });
});
