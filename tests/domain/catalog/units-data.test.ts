import unitsJson from "../../../src/domain/catalog/data/units.json";
import type { Unit } from "../../../src/domain/catalog/types";
import { createUnitMatcher } from "../../../src/domain/language/matchUnit";
import { normalizeName } from "../../../src/domain/language/normalizeName";

const units = unitsJson as Unit[];
const inGroup = (group: Unit["group"]) => units.filter((unit) => unit.group === group);
const byName = (name: string) => units.find((unit) => unit.name === name);

describe("units.json", () => {
  it("holds 15 sở, ban, ngành", () => {
    expect(inGroup("so")).toHaveLength(15);
  });

  it("holds 75 xã, phường: 8 phường and 67 xã", () => {
    const xa = inGroup("xa");
    expect(xa).toHaveLength(75);
    expect(xa.filter((unit) => unit.name.startsWith("Phường "))).toHaveLength(8);
    expect(xa.filter((unit) => unit.name.startsWith("Xã "))).toHaveLength(67);
  });

  it("names the 8 phường of Nghị quyết 1681/NQ-UBTVQH15", () => {
    const wards = inGroup("xa")
      .filter((unit) => unit.name.startsWith("Phường "))
      .map((unit) => unit.name)
      .sort();
    expect(wards).toEqual(
      [
        "Phường Tô Hiệu",
        "Phường Chiềng An",
        "Phường Chiềng Cơi",
        "Phường Chiềng Sinh",
        "Phường Mộc Châu",
        "Phường Mộc Sơn",
        "Phường Vân Sơn",
        "Phường Thảo Nguyên",
      ].sort(),
    );
  });

  it("includes the other units that own an indicator or a task", () => {
    const others = inGroup("other").map((unit) => unit.name);
    expect(others).toEqual(
      expect.arrayContaining([
        "Công an tỉnh",
        "Bảo hiểm xã hội tỉnh",
        "Thống kê tỉnh",
        "Báo và Phát thanh, Truyền hình Sơn La",
        "Trung tâm thông tin tỉnh",
        "Các doanh nghiệp viễn thông trên địa bàn",
        "Trường Đại học Tây Bắc",
        "Trường Cao đẳng Sơn La",
        "Ngân hàng Nhà nước khu vực 3",
        "Thuế tỉnh Sơn La",
        "Hiệp hội doanh nghiệp tỉnh",
        "Ban Chỉ đạo 1287 tỉnh",
      ]),
    );
  });

  it("has unique ASCII slug ids with the group's prefix for xã and phường", () => {
    const ids = units.map((unit) => unit.id);
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id) => expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/));
    inGroup("xa").forEach((unit) => expect(unit.id).toMatch(unit.name.startsWith("Phường ") ? /^phuong-/ : /^xa-/));
    expect(byName("Phường Chiềng Cơi")?.id).toBe("phuong-chieng-coi");
    expect(byName("Xã Mường Sại")?.id).toBe("xa-muong-sai");
    expect(byName("Sở Khoa học và Công nghệ")?.id).toBe("so-khcn");
  });

  it("writes names and variants in NFC, names with their diacritics", () => {
    for (const unit of units) {
      expect(unit.name).toBe(unit.name.normalize("NFC"));
      expect(unit.name).toMatch(/\P{ASCII}/u);
      unit.variants.forEach((variant) => expect(variant).toBe(variant.normalize("NFC")));
    }
  });

  it("adds the six communes of the official list that the seeds never name", () => {
    for (const name of [
      "Xã Đoàn Kết",
      "Xã Bắc Yên",
      "Xã Tạ Khoa",
      "Xã Phiêng Pằn",
      "Xã Chiềng Khoong",
      "Xã Púng Bánh",
    ]) {
      expect(byName(name)?.group).toBe("xa");
    }
  });

  it("uses the official spellings and keeps the seeds' others as variants", () => {
    expect(byName("Xã Song Khủa")?.variants).toContain("Song Khùa");
    expect(byName("Xã Huổi Một")?.variants).toContain("Huồi Một");
    expect(byName("Xã Muổi Nọi")?.variants).toContain("Muối Nọi");
    expect(byName("Xã Mường Lầm")?.variants).toEqual(expect.arrayContaining(["Mường Lâm", "Mường Lằm"]));
  });

  it("matches every name and variant back to its own unit", () => {
    const match = createUnitMatcher(units);
    for (const unit of units) {
      for (const text of [unit.name, ...unit.variants]) {
        const result = match(text);
        expect(result.ok && result.value.id).toBe(unit.id);
      }
    }
  });

  it("matches every name and variant written without diacritics back to its own unit, never ambiguously", () => {
    const match = createUnitMatcher(units);
    for (const unit of units) {
      for (const text of [unit.name, ...unit.variants]) {
        const result = match(normalizeName(text).loose);
        expect(result.ok && result.value.id).toBe(unit.id);
      }
    }
  });
});
