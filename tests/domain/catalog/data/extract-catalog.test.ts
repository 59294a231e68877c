import { cleanCell, readTable } from "../../../../scripts/extract-catalog";

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe("cleanCell", () => {
  it("drops inline tags and keeps their words", () => {
    expect(cleanCell("58,65% <i>(dự kiến đến 31/12/2025 đạt 60%)</i>")).toBe("58,65% (dự kiến đến 31/12/2025 đạt 60%)");
    expect(cleanCell("- Kế hoạch: <b>Trước 10/5/2026</b> - Báo cáo: Quý")).toBe(
      "- Kế hoạch: Trước 10/5/2026 - Báo cáo: Quý",
    );
  });

  it("turns LaTeX comparisons into symbols", () => {
    expect(cleanCell("$\\geq 80\\%$")).toBe("≥ 80%");
    expect(cleanCell("$\\leq 5\\%$")).toBe("≤ 5%");
  });

  it("writes paragraphs and list items as lines with their printed markers", () => {
    expect(
      cleanCell('<ul style="list-style-type: none"> <li>- Sở Tài chính</li> <li>- Sở Khoa học và Công nghệ</li> </ul>'),
    ).toBe("- Sở Tài chính\n- Sở Khoa học và Công nghệ");
    expect(cleanCell("<p>UBND cấp xã,</p> <p>(5) Sở Tài chính</p>")).toBe("UBND cấp xã,\n(5) Sở Tài chính");
  });

  it("collapses runs of spaces and composes decomposed Vietnamese", () => {
    expect(cleanCell("Sở  Khoa học\u00a0và   Công nghệ ")).toBe("Sở Khoa học và Công nghệ");
    expect(cleanCell("Thường xuye\u0302n")).toBe("Thường xuyên");
  });
});

describe("readTable", () => {
  const header = "STT\tTên nhiệm vụ\tCơ quan chủ trì";

  it("drops repeated headers and merges a continuation row cell by cell", () => {
    const rows = readTable(
      lines(
        header,
        "2\tBan hành danh mục ứng dụng\tCác sở, ban, ngành,",
        "",
        "<b>STT</b>\t<b>Tên nhiệm vụ</b>\t<b>Cơ quan chủ trì</b>",
        "\t\tUBND các xã, phường",
      ),
      3,
    );
    expect(rows).toEqual([
      { cells: ["2", "Ban hành danh mục ứng dụng", "Các sở, ban, ngành, UBND các xã, phường"], lines: [2, 5] },
    ]);
  });

  it("keeps a row without STT on its own when told it stands alone (003's sub-headings), and merges the others", () => {
    const standsAlone = (cells: string[]) => cells[1] === "Nhiệm vụ đổi mới sáng tạo";
    const rows = readTable(
      lines(
        "6\tPhát triển cây có múi\tSở Khoa học và Công nghệ",
        "\tNhiệm vụ đổi mới sáng tạo\t",
        "7\tXây dựng Đề án\tSở Khoa học và",
        "\t\tCông nghệ",
      ),
      3,
      standsAlone,
    );
    expect(rows.map((row) => row.cells)).toEqual([
      ["6", "Phát triển cây có múi", "Sở Khoa học và Công nghệ"],
      ["", "Nhiệm vụ đổi mới sáng tạo", ""],
      ["7", "Xây dựng Đề án", "Sở Khoa học và Công nghệ"],
    ]);
  });

  it("starts a new line when the split cell had finished its sentence", () => {
    const rows = readTable(lines("10\t(2) Lập dự toán năm 2026.\tSở Tài chính", "\t<p>(3) Lập dự toán.</p>\t"), 3);
    expect(rows[0].cells[1]).toBe("(2) Lập dự toán năm 2026.\n(3) Lập dự toán.");
  });

  it("skips Markdown rules and puts a short continuation's cells in the name and last columns", () => {
    const rows = readTable(
      lines(
        "3\tBố trí ngân sách; kiên quyết dừng\tSở Tài chính\tĐang thực hiện\tchi đầu tư phát",
        "<p>nhiệm vụ kém hiệu quả.</p>\t\t<p>triển là 82.695 triệu đồng</p>",
        "---\t--\t--",
      ),
      5,
    );
    expect(rows[0].cells).toEqual([
      "3",
      "Bố trí ngân sách; kiên quyết dừng nhiệm vụ kém hiệu quả.",
      "Sở Tài chính",
      "Đang thực hiện",
      "chi đầu tư phát triển là 82.695 triệu đồng",
    ]);
  });

  it("ignores lines without cells, such as footnotes between table rows", () => {
    const rows = readTable(lines("1\tTuyên truyền\tSở KH&CN", "³ Các đơn vị đã ban hành Kế hoạch kiểm tra: …"), 3);
    expect(rows).toHaveLength(1);
  });
});
