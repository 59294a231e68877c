import { isDocumentProduct, namesDocumentNumber } from "../../../src/domain/validation/documentEvidence";

describe("isDocumentProduct", () => {
  it.each([
    "- Kế hoạch kiểm tra năm 2026 - Báo cáo, kết luận kiểm tra",
    "Quyết định ban hành Danh mục",
    "Nghị quyết, Quyết định",
    "Thông báo Danh mục",
    "Báo cáo kết quả thực hiện",
  ])("sees a document in the product %j", (product) => {
    expect(isDocumentProduct(product)).toBe(true);
  });

  it.each(["Kho dữ liệu dùng chung", "Trung tâm IOC", "Tin, bài, phóng sự, Video clip, Infographic"])(
    "sees no document in the product %j",
    (product) => {
      expect(isDocumentProduct(product)).toBe(false);
    },
  );
});

describe("namesDocumentNumber", () => {
  it.each([
    "Thực hiện Quyết định số 35/QĐ-UBND ngày 06/01/2026 của UBND tỉnh",
    "Kế hoạch số 45/KH-UBND",
    "Chỉ thị 57-CT/TW",
    "theo Kế hoạch 04-KH/BCĐTW",
    "Công văn số 1860/STC-QLNS ngày 04/5/2026",
    "Nghị quyết số 15/2026/NQ-HĐND",
  ])("finds the number in %j", (description) => {
    expect(namesDocumentNumber(description)).toBe(true);
  });

  it.each([
    "11/15 sở, ban, ngành và 28/75 xã, phường đã cập nhật",
    "Ngày 25/3/2026 đã ban hành kế hoạch",
    "Giai đoạn 2026-2030",
  ])("finds no document number in %j", (description) => {
    expect(namesDocumentNumber(description)).toBe(false);
  });
});
