import fc from "fast-check";
import { normalizeName } from "../../../src/domain/language/normalizeName";

const strict = (text: string) => normalizeName(text).strict;
const loose = (text: string) => normalizeName(text).loose;

describe("normalizeName", () => {
  it("ignores case, spacing and punctuation", () => {
    expect(strict("  Sở Văn hóa,  Thể thao và Du lịch ")).toBe("sở văn hóa thể thao và du lịch");
    expect(strict("Sở Văn hóa - Thể thao và Du lịch")).toBe("sở văn hóa thể thao và du lịch");
    expect(strict("XÃ MƯỜNG SẠI")).toBe("xã mường sại");
    expect(strict("Sở KH&CN")).toBe(strict("Sở KH & CN"));
  });

  it("reads old-style tone placement as the new style", () => {
    expect(strict("Sở Văn hoá, Thể thao và Du lịch")).toBe(strict("Sở Văn hóa, Thể thao và Du lịch"));
    expect(strict("thuỷ lợi")).toBe("thủy lợi");
    expect(strict("sức khoẻ")).toBe("sức khỏe");
    expect(strict("hoà")).toBe("hòa");
  });

  it("leaves tone marks that are the same in both styles", () => {
    expect(strict("Quý II")).toBe("quý ii");
    expect(strict("hoàn thành")).toBe("hoàn thành");
    expect(strict("khuỷu")).toBe("khuỷu");
  });

  it("reads Ủy ban nhân dân as UBND, in either tone placement", () => {
    expect(strict("Uỷ ban nhân dân xã Chiềng Sung")).toBe("ubnd xã chiềng sung");
    expect(strict("Ủy ban nhân dân xã Chiềng Sung")).toBe(strict("UBND xã Chiềng Sung"));
  });

  it("replaces Cyrillic look-alike letters with the Latin ones", () => {
    expect(strict("Сhiềng Сơi")).toBe("chiềng cơi");
    expect(strict("Công аn tỉnh")).toBe("công an tỉnh");
    expect(strict("КH/BCĐТW")).toBe("kh bcđtw");
  });

  it("gives decomposed and composed input the same key", () => {
    expect(strict("Mường Lầm".normalize("NFD"))).toBe(strict("Mường Lầm"));
  });

  it("keeps diacritics in the strict key and drops them, đ included, in the loose key", () => {
    expect(strict("Mường Lầm")).not.toBe(strict("Mường Lâm"));
    expect(loose("Mường Lầm")).toBe("muong lam");
    expect(loose("Mường Lâm")).toBe(loose("Mường Lằm"));
    expect(strict("Đoàn Kết")).toBe("đoàn kết");
    expect(loose("Đoàn Kết")).toBe("doan ket");
  });

  it("is idempotent and case-blind on Vietnamese text", () => {
    const letters = [..."aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ ,-"];
    const vietnamese = fc.array(fc.constantFrom(...letters), { maxLength: 30 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(vietnamese, (text) => {
        const key = strict(text);
        expect(strict(key)).toBe(key);
        expect(strict(text.toUpperCase())).toBe(key);
        expect(loose(text)).toMatch(/^[a-z ]*$/);
      }),
    );
  });
});
