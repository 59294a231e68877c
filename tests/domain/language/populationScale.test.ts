import { populationScale } from "../../../src/domain/language/populationScale";

describe("populationScale", () => {
  it.each<[string, number]>([
    [
      "Có 8 người thực hiện công tác nghiên cứu khoa học, phát triển công nghệ, đổi mới sáng tạo trên 01 vạn dân",
      10_000,
    ],
    ["Số bác sĩ trên 1 vạn dân", 10_000],
    ["Số giường bệnh trên 10.000 dân", 10_000],
    ["Số thuê bao trên 1.000 dân", 1_000],
    ["Số thư viện trên 100.000 dân", 100_000],
    ["Số điểm truy cập trên 1 triệu dân", 1_000_000],
    ["Số cán bộ trên 1 nghìn người dân", 1_000],
    ["SỐ NGƯỜI TRÊN 01 VẠN DÂN", 10_000],
  ])("“%s” → %d", (name, people) => {
    expect(populationScale(name)).toBe(people);
  });

  it.each([
    "Có 400 cán bộ nghiên cứu khoa học và công nghệ toàn tỉnh",
    "Tỷ lệ dân số được phủ sóng 5G",
    "Có 12 doanh nghiệp khoa học và công nghệ trên địa bàn tỉnh",
    "Tỷ lệ người dân có chữ ký số",
    "Số người trên dân",
  ])("“%s” counts per nobody", (name) => {
    expect(populationScale(name)).toBeUndefined();
  });
});
