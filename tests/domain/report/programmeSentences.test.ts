import { shortReason } from "../../../src/domain/report/programmeSentences";

describe("shortReason", () => {
  it("keeps a unit's reason to its first sentence, without the full stop", () => {
    expect(shortReason("Bộ Dân tộc và Tôn giáo chưa triển khai. Sở chờ hướng dẫn của Bộ.")).toBe(
      "Bộ Dân tộc và Tôn giáo chưa triển khai",
    );
    expect(shortReason("Chờ kinh phí\n- Đã đề xuất Sở Tài chính")).toBe("Chờ kinh phí");
  });

  it("does not cut at the dot of a date or a document number", () => {
    expect(shortReason("Chờ Quyết định số 423/QĐ-BVHTTDL ngày 05.3.2026 của Bộ")).toBe(
      "Chờ Quyết định số 423/QĐ-BVHTTDL ngày 05.3.2026 của Bộ",
    );
  });

  it("cuts a long sentence at 160 characters with an ellipsis", () => {
    const long = "Chưa triển khai do chưa có hướng dẫn ".repeat(8).trim();
    const short = shortReason(long);
    expect(short.length).toBeLessThanOrEqual(160);
    expect(short.length).toBeGreaterThan(150);
    expect(short.endsWith("…")).toBe(true);
    expect(long.startsWith(short.slice(0, -1).trimEnd())).toBe(true);
  });
});
