import { foldHeader } from "../../../src/workbook/reading/readFormTable";

describe("foldHeader", () => {
  it("reads a header typed without accents, in capitals or with extra spaces as the form prints it", () => {
    expect(foldHeader("KẾT QUẢ   thực hien")).toBe("ket qua thuc hien");
    expect(foldHeader("Kết quả thực hiện")).toBe("ket qua thuc hien");
    expect(foldHeader(" Người lập\nbáo cáo ")).toBe("nguoi lap bao cao");
  });

  it("folds a header the same way after a file full of other texts has been read", () => {
    const before = foldHeader("Tiến độ");
    for (let i = 0; i < 25_000; i++) foldHeader(`Ghi chú số ${i}`);
    expect(foldHeader("Tiến độ")).toBe(before);
    expect(before).toBe("tien do");
    expect(foldHeader("Ghi chú số 24999")).toBe("ghi chu so 24999");
  });
});
