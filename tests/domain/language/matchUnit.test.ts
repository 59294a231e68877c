import unitsJson from "../../../src/domain/catalog/data/units.json";
import type { Unit } from "../../../src/domain/catalog/types";
import { createUnitMatcher, matchUnit } from "../../../src/domain/language/matchUnit";

const units = unitsJson as Unit[];
const match = createUnitMatcher(units);
const idOf = (text: string) => {
  const result = match(text);
  return result.ok ? result.value.id : result.issues[0].code;
};

describe("matchUnit", () => {
  it.each([
    ["UBND xã Mường Lằm", "xa-muong-lam"],
    ["Xã Mường Lâm", "xa-muong-lam"],
    ["Phường Chiềng Cơi", "phuong-chieng-coi"],
    ["xã mường sại", "xa-muong-sai"],
    ["Sở VHTTDL", "so-vhttdl"],
    ["Sở Văn hoá, Thể thao và Du lịch", "so-vhttdl"],
    ["Sở Văn hóa Thể thao và Du lịch", "so-vhttdl"],
    ["UBND phường Tô Hiệu", "phuong-to-hieu"],
    ["Ủy ban nhân dân xã Chiềng Sung", "xa-chieng-sung"],
    ["Uỷ ban nhân dân xã Chiềng Sung", "xa-chieng-sung"],
    ["Chiềng Khương", "xa-chieng-khuong"],
    ["  Phường   Chiềng  Cơi  ", "phuong-chieng-coi"],
    ["Сhiềng Сơi", "phuong-chieng-coi"],
    ["Xã Huồi Một", "xa-huoi-mot"],
    ["Muối Nọi", "xa-muoi-noi"],
    ["Song Khùa", "xa-song-khua"],
    ["Lóng sập", "xa-long-sap"],
    ["Sở KH&CN", "so-khcn"],
    ["Sở KHCN", "so-khcn"],
    ["Sở GD&ĐT", "so-gddt"],
    ["Sở NN&MT", "so-nnmt"],
    ["Sở TC", "so-tc"],
    ["Sở Tài Chính", "so-tc"],
    ["VP UBND tỉnh", "vp-ubnd-tinh"],
    ["Văn phòng Ủy ban nhân dân tỉnh", "vp-ubnd-tinh"],
    ["Công an tỉnh", "cong-an-tinh"],
    ["Các Doanh nghiệp viễn thông trên địa bàn", "dn-vien-thong"],
    ["Xa Muong Sai", "xa-muong-sai"],
    ["muong lam", "xa-muong-lam"],
  ])("%s → %s", (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it("tells Chiềng Sơn from Chiềng Sơ, and Mường La from Mường Lầm", () => {
    expect(idOf("Chiềng Sơn")).toBe("xa-chieng-son");
    expect(idOf("Chiềng Sơ")).toBe("xa-chieng-so");
    expect(idOf("Mường La")).toBe("xa-muong-la");
  });

  it("reports an unknown name, quoting it", () => {
    const result = match("Trung tâm xúc tiến đầu tư và thương mại tỉnh");
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: [],
          code: "unknown_unit",
          message: expect.stringContaining('"Trung tâm xúc tiến đầu tư và thương mại tỉnh"'),
        },
      ],
    });
  });

  it("reports an empty name as unknown", () => {
    const result = match("   ");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toEqual({ path: [], code: "unknown_unit", message: "Chưa ghi tên đơn vị." });
  });

  describe("with two units whose names differ only in diacritics", () => {
    const lookalikes: Unit[] = [
      { id: "xa-muong-lam", name: "Xã Mường Lầm", group: "xa", variants: [] },
      { id: "xa-muong-lam-2", name: "Xã Mường Lâm", group: "xa", variants: [] },
    ];
    const matchLookalike = createUnitMatcher(lookalikes);

    it("still resolves each by its exact spelling", () => {
      const result = matchLookalike("UBND xã Mường Lâm");
      expect(result.ok && result.value.id).toBe("xa-muong-lam-2");
    });

    it("reports a spelling without diacritics as ambiguous, naming both, instead of guessing", () => {
      const result = matchLookalike("Muong Lam");
      expect(result.ok).toBe(false);
      const issue = !result.ok ? result.issues[0] : undefined;
      expect(issue?.code).toBe("ambiguous_unit");
      expect(issue?.message).toContain('"Muong Lam"');
      expect(issue?.message).toContain("Xã Mường Lầm");
      expect(issue?.message).toContain("Xã Mường Lâm");
    });
  });

  it("reports two units sharing a spelling as ambiguous", () => {
    const shared: Unit[] = [
      {
        id: "trung-tam-thong-tin-tinh",
        name: "Trung tâm thông tin tỉnh",
        group: "other",
        variants: ["Trung tâm thông tin"],
      },
      {
        id: "trung-tam-thong-tin-huyen",
        name: "Trung tâm thông tin huyện",
        group: "other",
        variants: ["Trung tâm thông tin"],
      },
    ];
    const result = matchUnit("Trung tâm thông tin", shared);
    expect(!result.ok && result.issues[0].code).toBe("ambiguous_unit");
  });

  it("gives the same answer as a one-off lookup", () => {
    expect(matchUnit("UBND xã Mường Lằm", units)).toEqual(match("UBND xã Mường Lằm"));
  });
});
