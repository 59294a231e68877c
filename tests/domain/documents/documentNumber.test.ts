import { documentKey, parseDocumentNumber } from "../../../src/domain/documents/documentNumber";

describe("parseDocumentNumber", () => {
  it.each([
    ["2433/UBND-KGVX", "2433/UBND-KGVX"],
    ["83/KH-UBND", "83/KH-UBND"],
    ["1055/QĐ-UBND", "1055/QĐ-UBND"],
    ["283/TTr-UBND", "283/TTr-UBND"],
    ["142/2026/NĐ-CP", "142/2026/NĐ-CP"],
    ["57-NQ/TW", "57-NQ/TW"],
    ["2429/BKHCHN-KTXHS", "2429/BKHCHN-KTXHS"],
    ["  Số: 3051 / UBND - KGVX ", "3051/UBND-KGVX"],
    ["số 1055/qd-ubnd", "1055/qd-ubnd"],
  ])("reads %j as %j", (written, tidy) => {
    expect(parseDocumentNumber(written)).toBe(tidy);
  });

  it.each(["abc", "2433", "UBND-KGVX", "Công văn của UBND phường", "2433/", "/UBND", "12/34", "2433/UBND-"])(
    "refuses %j",
    (written) => {
      expect(parseDocumentNumber(written)).toBeUndefined();
    },
  );
});

describe("documentKey", () => {
  it("is the same however the number is typed: case, Đ/D, spaces", () => {
    const key = documentKey("1055/QĐ-UBND");
    expect(documentKey("1055/qd-ubnd")).toBe(key);
    expect(documentKey("1055/QD-UBND")).toBe(key);
    expect(documentKey("1055 /QĐ- UBND")).toBe(key);
    expect(documentKey("1056/QĐ-UBND")).not.toBe(key);
    expect(documentKey("1055/KH-UBND")).not.toBe(key);
  });
});
