import unitsJson from "../../../src/domain/catalog/data/units.json";
import { createResponsibilityResolver, resolveResponsibility } from "../../../src/domain/catalog/resolveResponsibility";
import type { Unit } from "../../../src/domain/catalog/types";

const units = unitsJson as Unit[];
const resolve = createResponsibilityResolver(units);
const ALL_SO = units.filter((unit) => unit.group === "so").map((unit) => unit.id);
const ALL_XA = units.filter((unit) => unit.group === "xa").map((unit) => unit.id);

/** What a cell resolves to: whole groups, single units, and names left outside the register. */
interface Expected {
  count: number;
  so?: true;
  xa?: true;
  ids?: string[];
  unresolved?: string[];
}

function expectedIds({ so, xa, ids = [] }: Expected): string[] {
  return [...(so ? ALL_SO : []), ...(xa ? ALL_XA : []), ...ids].sort();
}

/**
 * Every "Cơ quan chủ trì" / "Cơ quan phối hợp" cell of seeds/000 Phụ lục I and II and the "Cơ quan chủ trì"
 * cells of seeds/003 Phụ lục II, as printed. A cell broken by a page break is joined with a space; where
 * the converter repeated a word across the break (000 PL II IV.10: "…và Công nghệ" / "nghệ; Các sở…")
 * the repeat is dropped. Heading rows without cells (PL I II.8, PL II IV.3, V.5) are left out.
 */
const SEED_CELLS: { at: string; lead: string; coordinators?: string }[] = [
  { at: "000 PL I I.1", lead: "Sở Khoa học và Công nghệ", coordinators: "Các Doanh nghiệp viễn thông trên địa bàn" },
  { at: "000 PL I I.2", lead: "Sở Khoa học và Công nghệ", coordinators: "Các Doanh nghiệp viễn thông trên địa bàn" },
  { at: "000 PL I II.1", lead: "Sở Tài chính", coordinators: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "000 PL I II.2", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "Sở Khoa học và Công nghệ" },
  { at: "000 PL I II.3", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "Sở Khoa học và Công nghệ" },
  { at: "000 PL I II.4", lead: "UBND cấp xã", coordinators: "Sở Khoa học và Công nghệ" },
  { at: "000 PL I II.5", lead: "Sở Khoa học và Công nghệ", coordinators: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "000 PL I II.6", lead: "UBND cấp xã", coordinators: "Các sở, ban, ngành" },
  { at: "000 PL I II.7 (học sinh)", lead: "Sở Giáo dục và Đào tạo", coordinators: "Đơn vị có liên quan" },
  { at: "000 PL I II.7 (Tổ CNS)", lead: "UBND cấp xã", coordinators: "Sở Khoa học và Công nghệ" },
  { at: "000 PL I II.8.1", lead: "<i>Sở Y tế</i>", coordinators: "<i>UBND cấp xã</i>" },
  { at: "000 PL I II.8.2", lead: "<i>Sở Giáo dục và Đào tạo</i>", coordinators: "<i>UBND cấp xã</i>" },
  { at: "000 PL I II.8.3", lead: "<i>Bảo hiểm xã hội tỉnh</i>", coordinators: "<i>UBND cấp xã</i>" },
  { at: "000 PL I II.8.4", lead: "<i>Sở Xây dựng</i>", coordinators: "<i>UBND cấp xã</i>" },
  { at: "000 PL I III.1", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "Văn phòng UBND tỉnh" },
  { at: "000 PL I III.2", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "Văn phòng UBND tỉnh" },
  { at: "000 PL I III.3", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "" },
  { at: "000 PL I III.4", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "Văn phòng UBND tỉnh" },
  { at: "000 PL I III.5", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "Văn phòng UBND tỉnh" },
  { at: "000 PL I III.6", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "Văn phòng UBND tỉnh" },
  { at: "000 PL I III.7", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "Văn phòng UBND tỉnh" },
  { at: "000 PL I III.8", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "Văn phòng UBND tỉnh" },
  { at: "000 PL I III.9", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "Văn phòng UBND tỉnh" },
  { at: "000 PL I III.10", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "Văn phòng UBND tỉnh" },
  { at: "000 PL I III.11", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "Văn phòng UBND tỉnh" },
  { at: "000 PL I III.12", lead: "Các sở, ban, ngành", coordinators: "Sở Khoa học và Công nghệ" },
  { at: "000 PL I III.13", lead: "Các sở, ban, ngành", coordinators: "Sở Khoa học và Công nghệ" },
  { at: "000 PL I III.14", lead: "Các sở, ban, ngành", coordinators: "Sở Khoa học và Công nghệ" },
  { at: "000 PL I III.15", lead: "UBND cấp xã", coordinators: "Sở Khoa học và Công nghệ" },
  {
    at: "000 PL I III.16",
    lead: "Các sở, ban, ngành; UBND cấp xã",
    coordinators: "Sở Nội vụ, Sở Khoa học và Công nghệ",
  },
  { at: "000 PL I III.17", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "Văn phòng UBND tỉnh" },
  { at: "000 PL I III.18", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "" },
  { at: "000 PL I III.19", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "" },
  {
    at: "000 PL I III.20",
    lead: "Các doanh nghiệp nhỏ và vừa",
    coordinators: "Sở Khoa học và Công nghệ, Sở Tài chính, Hiệp hội doanh nghiệp tỉnh, UBND cấp xã",
  },
  { at: "000 PL I III.21", lead: "Công an tỉnh", coordinators: "UBND cấp xã" },
  { at: "000 PL I III.22", lead: "Sở Khoa học và Công nghệ", coordinators: "UBND cấp xã" },
  { at: "000 PL I III.23", lead: "Các sở, ban, ngành", coordinators: "Sở Tài chính" },

  { at: "000 PL II I.1", lead: "Sở Khoa học và Công nghệ", coordinators: "Các sở, ban, ngành, UBND các xã, phường" },
  { at: "000 PL II I.2", lead: "Các sở, ban, ngành, UBND các xã, phường", coordinators: "Đơn vị có liên quan" },
  {
    at: "000 PL II I.3",
    lead: "Ban Chỉ đạo 1287 tỉnh; Ban Chỉ đạo các sở, ngành, xã, phường",
    coordinators: "Các sở, ban, ngành, UBND các xã, phường",
  },
  {
    at: "000 PL II I.4",
    lead: '<ul style="list-style-type: none"> <li>- Sở Tài chính</li> <li>- Sở Khoa học và Công nghệ</li> </ul>',
    coordinators: "<p>Các sở, ban, ngành, UBND các xã, phường</p>",
  },
  {
    at: "000 PL II I.5",
    lead: "<p>Các sở, ban, ngành, UBND các xã, phường</p>",
    coordinators: "<p>Đơn vị có liên quan</p>",
  },
  {
    at: "000 PL II I.6",
    lead: "<p>Các sở, ban, ngành, UBND các xã, phường</p>",
    coordinators: "<p>Sở Khoa học và Công nghệ</p>",
  },
  {
    at: "000 PL II I.7",
    lead: "Sở Tài chính",
    coordinators: "Các sở, ban, ngành; UBND cấp xã phường; các đơn vị liên quan",
  },
  {
    at: "000 PL II I.8",
    lead: "(1) Sở Khoa học và Công nghệ; Sở Tài chính (2) Sở Tài chính",
    coordinators: "Các cơ quan, đơn vị, địa phương được giao quản lý, sử dụng kinh phí",
  },
  {
    at: "000 PL II I.9",
    lead: "Sở Tài chính",
    coordinators: "Các sở, ban, ngành; Sở Khoa học và Công nghệ; UBND cấp xã",
  },
  {
    at: "000 PL II I.10",
    lead: "(1) Sở Khoa học và Công nghệ, (2) Công an tỉnh, (3) Sở Tài chính, (4) <p>UBND cấp xã,</p> <p>(5) Sở Tài chính</p>",
    coordinators: "Các sở, ban, ngành; UBND cấp xã; các cơ quan, đơn vị có liên quan",
  },
  {
    at: "000 PL II II.1",
    lead: "<p>Sở Khoa học và Công nghệ;</p> <p>Các sở, ban, ngành, UBND các xã, phường</p>",
    coordinators: "<p>Các cơ quan, tổ chức, cá nhân trong tỉnh</p>",
  },
  {
    at: "000 PL II II.2",
    lead: "Báo và Phát thanh, Truyền hình Sơn La, Trung tâm thông tin tỉnh; các sở, ban, ngành, UBND các xã, phường",
    coordinators: "Đơn vị có liên quan",
  },
  { at: "000 PL II II.3", lead: "Sở Khoa học và Công nghệ", coordinators: "Các sở, ban, ngành, UBND các xã, phường" },
  {
    at: "000 PL II II.4",
    lead: "Các sở, ban, ngành, UBND các xã, phường, cơ quan, đơn vị có liên quan",
    coordinators: "Sở Nội vụ, Sở Khoa học và Công nghệ",
  },
  { at: "000 PL II III.1", lead: "Sở Khoa học và Công nghệ", coordinators: "Các sở, ban, ngành" },
  { at: "000 PL II III.2", lead: "Sở Tài Chính", coordinators: "Các sở, ban, ngành; UBND các xã, phường" },
  { at: "000 PL II III.3", lead: "Sở Tài chính", coordinators: "Sở Khoa học và Công nghệ; Các sở, ban, ngành" },
  {
    at: "000 PL II IV.1",
    lead: "Các doanh nghiệp viễn thông",
    coordinators: "Sở Khoa học và Công nghệ; UBND các xã, phường",
  },
  { at: "000 PL II IV.2", lead: "Sở Khoa học và Công nghệ", coordinators: "Các sở, ban, ngành, UBND các xã, phường" },
  { at: "000 PL II IV.3.1", lead: "Sở Khoa học và Công nghệ", coordinators: "Các sở, ban, ngành, UBND các xã, phường" },
  { at: "000 PL II IV.3.2", lead: "Sở Khoa học và Công nghệ", coordinators: "Các sở, ban, ngành, UBND các xã, phường" },
  { at: "000 PL II IV.4", lead: "Các sở, ban, ngành", coordinators: "Sở Khoa học và Công nghệ" },
  { at: "000 PL II IV.5", lead: "Các sở, ban, ngành, UBND các xã, phường", coordinators: "Sở Khoa học và Công nghệ" },
  {
    at: "000 PL II IV.6",
    lead: "Sở Nông nghiệp và Môi trường",
    coordinators: "Các sở, ban, ngành, UBND các xã, phường và các đơn vị có liên quan",
  },
  {
    at: "000 PL II IV.7",
    lead: "Các sở: Xây dựng, Công thương, Y tế, Giáo dục và Đào tạo",
    coordinators: "Sở Khoa học và Công nghệ",
  },
  { at: "000 PL II IV.8", lead: "Các sở, ban, ngành, UBND các xã, phường", coordinators: "Sở Khoa học và Công nghệ" },
  {
    at: "000 PL II IV.9",
    lead: "Công an tỉnh; Sở Khoa học và Công nghệ",
    coordinators: "Các sở, ban, ngành; đơn vị liên quan",
  },
  { at: "000 PL II IV.10", lead: "Công an tỉnh", coordinators: "Sở Khoa học và Công nghệ; Các sở, ban, ngành" },
  { at: "000 PL II IV.11", lead: "Công an tỉnh", coordinators: "Sở Khoa học và Công nghệ; Các sở, ban, ngành" },
  { at: "000 PL II IV.12", lead: "Công an tỉnh", coordinators: "Sở Khoa học và Công nghệ; Các sở, ban, ngành" },
  {
    at: "000 PL II V.1",
    lead: '<ul style="list-style-type: none"> <li>- Văn phòng UBND tỉnh</li> <li>- Sở Khoa học và Công nghệ</li> </ul>',
    coordinators: '<ul style="list-style-type: none"> <li>Các sở, ban, ngành, UBND các xã, phường</li> </ul>',
  },
  { at: "000 PL II V.2", lead: "Sở Khoa học và Công nghệ", coordinators: "Đơn vị có liên quan" },
  { at: "000 PL II V.3", lead: "Các sở, ban, ngành, UBND các xã, phường", coordinators: "Đơn vị có liên quan" },
  {
    at: "000 PL II V.4",
    lead: "Các sở, ban, ngành, UBND các xã, phường",
    coordinators: "Sở Khoa học và Công nghệ; Văn phòng UBND tỉnh",
  },
  {
    at: "000 PL II V.5 - bản đồ số",
    lead: "Sở Nông nghiệp và Môi trường",
    coordinators: "Các sở, ban, ngành, UBND các xã, phường",
  },
  {
    at: "000 PL II V.5 - CSDL đất đai",
    lead: "Sở Nông nghiệp và Môi trường",
    coordinators: "Các sở, ban, ngành, UBND các xã, phường",
  },
  {
    at: "000 PL II V.5 - CSDL khoa học và công nghệ",
    lead: "Sở Khoa học và Công nghệ",
    coordinators: "Các sở, ban, ngành, UBND các xã, phường",
  },
  { at: "000 PL II V.5 - giao thông", lead: "Sở Xây dựng", coordinators: "Các sở, ban, ngành, UBND các xã, phường" },
  { at: "000 PL II V.5 - tư pháp", lead: "Sở Tư pháp", coordinators: "Các sở, ban, ngành, UBND các xã, phường" },
  {
    at: "000 PL II V.5 - công thương",
    lead: "Sở Công thương",
    coordinators: "Các sở, ban, ngành, UBND các xã, phường",
  },
  { at: "000 PL II V.5 - tài chính", lead: "Sở Tài chính", coordinators: "Các sở, ban, ngành, UBND các xã, phường" },
  { at: "000 PL II V.5 - cán bộ", lead: "Sở Nội vụ", coordinators: "Các sở, ban, ngành, UBND các xã, phường" },
  {
    at: "000 PL II V.5 - văn hóa",
    lead: "Sở Văn hóa, Thể thao và Du lịch",
    coordinators: "Các sở, ban, ngành, UBND các xã, phường",
  },
  {
    at: "000 PL II V.6",
    lead: "Sở Khoa học và Công nghệ",
    coordinators: "Các sở, ban, ngành; UBND cấp xã; các cơ quan, đơn vị liên quan",
  },
  { at: "000 PL II V.7", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "" },
  { at: "000 PL II VI.1", lead: "Sở Nông nghiệp và Môi trường", coordinators: "Đơn vị có liên quan" },
  {
    at: "000 PL II VI.2",
    lead: "Sở Công thương",
    coordinators: "Sở Nông nghiệp và Môi trường; UBND các xã, phường",
  },
  { at: "000 PL II VI.3", lead: "Sở Nông nghiệp và Môi trường", coordinators: "Sở Khoa học và Công nghệ" },
  { at: "000 PL II VI.4", lead: "Sở Văn hóa, Thể thao và Du lịch", coordinators: "Đơn vị có liên quan" },
  { at: "000 PL II VI.5", lead: "Sở Văn hóa, Thể thao và Du lịch", coordinators: "Đơn vị có liên quan" },
  {
    at: "000 PL II VI.6",
    lead: "Các sở, ban, ngành, UBND các xã, phường",
    coordinators: "Ngân hàng Nhà nước khu vực 3; Thuế tỉnh Sơn La",
  },
  { at: "000 PL II VII.1", lead: "Sở Giáo dục và Đào tạo", coordinators: "Đơn vị có liên quan" },
  { at: "000 PL II VII.2", lead: "Sở Giáo dục và Đào tạo", coordinators: "Đơn vị có liên quan" },
  { at: "000 PL II VII.3", lead: "Sở Y tế", coordinators: "Đơn vị có liên quan" },
  { at: "000 PL II VII.4", lead: "Sở Y tế", coordinators: "Đơn vị có liên quan" },
  { at: "000 PL II VII.5", lead: "Sở Y tế", coordinators: "Đơn vị có liên quan" },
  { at: "000 PL II VII.6", lead: "Sở Y tế", coordinators: "Đơn vị có liên quan" },
  {
    at: "000 PL II VII.7",
    lead: "UBND các xã, phường",
    coordinators:
      "Sở Khoa học và Công nghệ, Các doanh nghiệp cung cấp dịch vụ chữ ký số công cộng; Tổ công nghệ số cộng đồng",
  },
  {
    at: "000 PL II VIII.1",
    lead: "Công an tỉnh",
    coordinators: "Các sở, ban, ngành, UBND các xã, phường; đơn vị có liên quan",
  },
  {
    at: "000 PL II VIII.2",
    lead: "Công an tỉnh",
    coordinators: "Các sở, ban, ngành, UBND các xã, phường; đơn vị có liên quan",
  },
  {
    at: "000 PL II VIII.3",
    lead: "Công an tỉnh",
    coordinators: "Các sở, ban, ngành, UBND các xã, phường; đơn vị có liên quan",
  },
  {
    at: "000 PL II VIII.4",
    lead: "Công an tỉnh",
    coordinators: "Các sở, ban, ngành, UBND các xã, phường; đơn vị có liên quan",
  },
  { at: "000 PL II VIII.5", lead: "Công an tỉnh", coordinators: "Các đơn vị có liên quan" },
  { at: "000 PL II VIII.6", lead: "Công an tỉnh", coordinators: "Các sở, ban, ngành; UBND các xã, phường" },
  {
    at: "000 PL II VIII.7",
    lead: "Công an tỉnh",
    coordinators: "Các sở, ban, ngành, UBND các xã, phường; đơn vị có liên quan",
  },
  {
    at: "000 PL II VIII.8",
    lead: "Sở Khoa học và Công nghệ, Công an tỉnh",
    coordinators: "Các sở, ban, ngành; UBND các xã, phường",
  },
  { at: "000 PL II VIII.9", lead: "Công an tỉnh", coordinators: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "000 PL II VIII.10", lead: "Công an tỉnh", coordinators: "Các đơn vị liên quan" },
  { at: "000 PL II VIII.11", lead: "Công an tỉnh", coordinators: "Các đơn vị liên quan" },
  { at: "000 PL II IX.1", lead: "Sở Khoa học và Công nghệ", coordinators: "Các sở, ban, ngành, UBND các xã, phường" },
  { at: "000 PL II IX.2", lead: "Các sở, ban, ngành, UBND các xã, phường", coordinators: "Sở Khoa học và Công nghệ" },
  { at: "000 PL II IX.3", lead: "Các sở, ban, ngành; UBND cấp xã", coordinators: "" },
  { at: "000 PL II X.1", lead: "Các sở, ban, ngành, UBND các xã, phường", coordinators: "Đơn vị có liên quan" },
  { at: "000 PL II X.2", lead: "Các sở, ban, ngành, UBND các xã, phường", coordinators: "Đơn vị có liên quan" },

  {
    at: "003 PL II A.I.1",
    lead: "Các sở, ban, ngành; UBND các xã, phường; Trường Đại học Tây Bắc; Trường Cao đẳng Sơn La; các Trung tâm nghiên cứu khoa học trên địa bàn tỉnh",
  },
  { at: "003 PL II A.II.1", lead: "Sở Khoa học và Công nghệ" },
  { at: "003 PL II A.II.2", lead: "Sở Khoa học và Công nghệ" },
  { at: "003 PL II A.II.3", lead: "Sở Khoa học và Công nghệ" },
  {
    at: "003 PL II A.II.4",
    lead: "Các sở, ban, ngành; UBND các xã, phường; Trường Đại học Tây Bắc; Trường Cao đẳng Sơn La; các Trung tâm nghiên cứu khoa học trên địa bàn tỉnh",
  },
  { at: "003 PL II A.II.5", lead: "Sở Khoa học và Công nghệ" },
  { at: "003 PL II A.II.6", lead: "Sở Khoa học và Công nghệ" },
  { at: "003 PL II A.II.7", lead: "UBND các xã, phường" },
  { at: "003 PL II A.II.8", lead: "UBND các xã, phường" },
  {
    at: "003 PL II A.II.9",
    lead: "Các sở, ban, ngành; UBND các xã, phường; Trường Đại học Tây Bắc, Trường Cao đẳng Sơn La, các trung tâm nghiên cứu khoa học trên địa bàn tỉnh",
  },
  { at: "003 PL II A.III.1", lead: "Sở Khoa học và Công nghệ" },
  { at: "003 PL II A.III.2", lead: "Sở Khoa học và Công nghệ" },
  { at: "003 PL II A.III.3", lead: "UBND các xã, phường" },
  { at: "003 PL II A.III.4", lead: "Sở Khoa học và Công nghệ" },
  {
    at: "003 PL II A.III.5",
    lead: "Các sở, ban, ngành; UBND các xã, phường; Trường Đại học Tây Bắc, Trường Cao đẳng Sơn La, các trung tâm nghiên cứu khoa học trên địa bàn tỉnh",
  },
  { at: "003 PL II A.III.6", lead: "Sở Khoa học và Công nghệ" },
  { at: "003 PL II B.I.1", lead: "Sở Khoa học và Công nghệ" },
  { at: "003 PL II B.I.2", lead: "Sở Khoa học và Công nghệ" },
  { at: "003 PL II B.II.1", lead: "Sở Tài chính" },
  { at: "003 PL II B.II.2", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.II.3", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.II.4", lead: "UBND cấp xã" },
  { at: "003 PL II B.II.5", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.II.6", lead: "UBND cấp xã" },
  { at: "003 PL II B.II.7 (học sinh)", lead: "Sở Giáo dục và Đào tạo" },
  { at: "003 PL II B.II.7 (Tổ CNS)", lead: "UBND cấp xã" },
  { at: "003 PL II B.II.8.1", lead: "Sở Y tế" },
  { at: "003 PL II B.II.8.2", lead: "Sở Giáo dục và Đào tạo" },
  { at: "003 PL II B.II.8.3", lead: "Bảo hiểm xã hội tỉnh" },
  { at: "003 PL II B.II.8.4", lead: "Sở Xây dựng" },
  { at: "003 PL II B.III.1", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.2", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.3", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.4", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.5", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.6", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.7", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.8", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.9", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.10", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.11", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.12", lead: "Các sở, ban, ngành" },
  { at: "003 PL II B.III.13", lead: "Các sở, ban, ngành" },
  { at: "003 PL II B.III.14", lead: "Các sở, ban, ngành" },
  { at: "003 PL II B.III.15", lead: "UBND cấp xã" },
  { at: "003 PL II B.III.16", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.17", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.18", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.19", lead: "Các sở, ban, ngành; UBND cấp xã" },
  { at: "003 PL II B.III.20", lead: "UBND cấp xã" },
  { at: "003 PL II B.III.21", lead: "Công an tỉnh" },
  { at: "003 PL II B.III.22", lead: "Sở Khoa học và Công nghệ" },
  { at: "003 PL II B.III.23", lead: "Thống kê tỉnh" },
];

const SO_AND_XA: Expected = { count: 90, so: true, xa: true };
const ONLY_XA: Expected = { count: 75, xa: true };
const ONLY_SO: Expected = { count: 15, so: true };
const NO_UNIT: Expected = { count: 0 };
const KHCN: Expected = { count: 1, ids: ["so-khcn"] };
const TC: Expected = { count: 1, ids: ["so-tc"] };
const CONG_AN: Expected = { count: 1, ids: ["cong-an-tinh"] };
const VP_UBND: Expected = { count: 1, ids: ["vp-ubnd-tinh"] };
const SO_AND_XA_AND_SCHOOLS: Expected = {
  count: 92,
  so: true,
  xa: true,
  ids: ["dh-tay-bac", "cd-son-la"],
  unresolved: ["các Trung tâm nghiên cứu khoa học trên địa bàn tỉnh"],
};

/** Each distinct cell text once, with what it must resolve to. */
const EXPECTED: Record<string, Expected> = {
  "": NO_UNIT,
  "Sở Khoa học và Công nghệ": KHCN,
  "<p>Sở Khoa học và Công nghệ</p>": KHCN,
  "Sở Tài chính": TC,
  "Sở Tài Chính": TC,
  "Công an tỉnh": CONG_AN,
  "Văn phòng UBND tỉnh": VP_UBND,
  "Sở Y tế": { count: 1, ids: ["so-yt"] },
  "<i>Sở Y tế</i>": { count: 1, ids: ["so-yt"] },
  "Sở Giáo dục và Đào tạo": { count: 1, ids: ["so-gddt"] },
  "<i>Sở Giáo dục và Đào tạo</i>": { count: 1, ids: ["so-gddt"] },
  "Bảo hiểm xã hội tỉnh": { count: 1, ids: ["bhxh-tinh"] },
  "<i>Bảo hiểm xã hội tỉnh</i>": { count: 1, ids: ["bhxh-tinh"] },
  "Sở Xây dựng": { count: 1, ids: ["so-xd"] },
  "<i>Sở Xây dựng</i>": { count: 1, ids: ["so-xd"] },
  "Sở Tư pháp": { count: 1, ids: ["so-tp"] },
  "Sở Công thương": { count: 1, ids: ["so-ct"] },
  "Sở Nội vụ": { count: 1, ids: ["so-nv"] },
  "Sở Nông nghiệp và Môi trường": { count: 1, ids: ["so-nnmt"] },
  "Sở Văn hóa, Thể thao và Du lịch": { count: 1, ids: ["so-vhttdl"] },
  "Thống kê tỉnh": { count: 1, ids: ["thong-ke-tinh"] },
  "Các Doanh nghiệp viễn thông trên địa bàn": { count: 1, ids: ["dn-vien-thong"] },
  "Các doanh nghiệp viễn thông": { count: 1, ids: ["dn-vien-thong"] },
  "Các sở, ban, ngành": ONLY_SO,
  "UBND cấp xã": ONLY_XA,
  "<i>UBND cấp xã</i>": ONLY_XA,
  "UBND các xã, phường": ONLY_XA,
  "Các sở, ban, ngành; UBND cấp xã": SO_AND_XA,
  "Các sở, ban, ngành, UBND các xã, phường": SO_AND_XA,
  "<p>Các sở, ban, ngành, UBND các xã, phường</p>": SO_AND_XA,
  '<ul style="list-style-type: none"> <li>Các sở, ban, ngành, UBND các xã, phường</li> </ul>': SO_AND_XA,
  "Các sở, ban, ngành; UBND các xã, phường": SO_AND_XA,
  "Các sở, ban, ngành; UBND cấp xã phường; các đơn vị liên quan": SO_AND_XA,
  "Các sở, ban, ngành; UBND cấp xã; các cơ quan, đơn vị có liên quan": SO_AND_XA,
  "Các sở, ban, ngành; UBND cấp xã; các cơ quan, đơn vị liên quan": SO_AND_XA,
  "Các sở, ban, ngành, UBND các xã, phường, cơ quan, đơn vị có liên quan": SO_AND_XA,
  "Các sở, ban, ngành, UBND các xã, phường và các đơn vị có liên quan": SO_AND_XA,
  "Các sở, ban, ngành, UBND các xã, phường; đơn vị có liên quan": SO_AND_XA,
  "Các sở, ban, ngành; đơn vị liên quan": ONLY_SO,
  "Đơn vị có liên quan": NO_UNIT,
  "<p>Đơn vị có liên quan</p>": NO_UNIT,
  "Các đơn vị có liên quan": NO_UNIT,
  "Các đơn vị liên quan": NO_UNIT,
  "<p>Các cơ quan, tổ chức, cá nhân trong tỉnh</p>": NO_UNIT,
  "Các cơ quan, đơn vị, địa phương được giao quản lý, sử dụng kinh phí": NO_UNIT,
  "Sở Nội vụ, Sở Khoa học và Công nghệ": { count: 2, ids: ["so-nv", "so-khcn"] },
  "Sở Khoa học và Công nghệ; Văn phòng UBND tỉnh": { count: 2, ids: ["so-khcn", "vp-ubnd-tinh"] },
  "Công an tỉnh; Sở Khoa học và Công nghệ": { count: 2, ids: ["cong-an-tinh", "so-khcn"] },
  "Sở Khoa học và Công nghệ, Công an tỉnh": { count: 2, ids: ["so-khcn", "cong-an-tinh"] },
  '<ul style="list-style-type: none"> <li>- Sở Tài chính</li> <li>- Sở Khoa học và Công nghệ</li> </ul>': {
    count: 2,
    ids: ["so-tc", "so-khcn"],
  },
  '<ul style="list-style-type: none"> <li>- Văn phòng UBND tỉnh</li> <li>- Sở Khoa học và Công nghệ</li> </ul>': {
    count: 2,
    ids: ["vp-ubnd-tinh", "so-khcn"],
  },
  "Sở Khoa học và Công nghệ; Các sở, ban, ngành": ONLY_SO,
  "Sở Khoa học và Công nghệ; UBND các xã, phường": { count: 76, xa: true, ids: ["so-khcn"] },
  "Sở Nông nghiệp và Môi trường; UBND các xã, phường": { count: 76, xa: true, ids: ["so-nnmt"] },
  "Các sở, ban, ngành; Sở Khoa học và Công nghệ; UBND cấp xã": SO_AND_XA,
  "<p>Sở Khoa học và Công nghệ;</p> <p>Các sở, ban, ngành, UBND các xã, phường</p>": SO_AND_XA,
  "Các sở: Xây dựng, Công thương, Y tế, Giáo dục và Đào tạo": {
    count: 4,
    ids: ["so-xd", "so-ct", "so-yt", "so-gddt"],
  },
  "Ban Chỉ đạo 1287 tỉnh; Ban Chỉ đạo các sở, ngành, xã, phường": {
    count: 91,
    so: true,
    xa: true,
    ids: ["bcd-1287-tinh"],
  },
  "Báo và Phát thanh, Truyền hình Sơn La, Trung tâm thông tin tỉnh; các sở, ban, ngành, UBND các xã, phường": {
    count: 92,
    so: true,
    xa: true,
    ids: ["bao-ptth-son-la", "trung-tam-thong-tin-tinh"],
  },
  "Ngân hàng Nhà nước khu vực 3; Thuế tỉnh Sơn La": { count: 2, ids: ["nhnn-kv3", "thue-tinh"] },
  "Sở Khoa học và Công nghệ, Sở Tài chính, Hiệp hội doanh nghiệp tỉnh, UBND cấp xã": {
    count: 78,
    xa: true,
    ids: ["so-khcn", "so-tc", "hiep-hoi-dn-tinh"],
  },
  "Các doanh nghiệp nhỏ và vừa": { count: 0, unresolved: ["Các doanh nghiệp nhỏ và vừa"] },
  "Sở Khoa học và Công nghệ, Các doanh nghiệp cung cấp dịch vụ chữ ký số công cộng; Tổ công nghệ số cộng đồng": {
    count: 1,
    ids: ["so-khcn"],
    unresolved: ["Các doanh nghiệp cung cấp dịch vụ chữ ký số công cộng", "Tổ công nghệ số cộng đồng"],
  },
  "(1) Sở Khoa học và Công nghệ; Sở Tài chính (2) Sở Tài chính": { count: 2, ids: ["so-khcn", "so-tc"] },
  "(1) Sở Khoa học và Công nghệ, (2) Công an tỉnh, (3) Sở Tài chính, (4) <p>UBND cấp xã,</p> <p>(5) Sở Tài chính</p>": {
    count: 78,
    xa: true,
    ids: ["so-khcn", "cong-an-tinh", "so-tc"],
  },
  "Các sở, ban, ngành; UBND các xã, phường; Trường Đại học Tây Bắc; Trường Cao đẳng Sơn La; các Trung tâm nghiên cứu khoa học trên địa bàn tỉnh":
    SO_AND_XA_AND_SCHOOLS,
  "Các sở, ban, ngành; UBND các xã, phường; Trường Đại học Tây Bắc, Trường Cao đẳng Sơn La, các trung tâm nghiên cứu khoa học trên địa bàn tỉnh":
    { ...SO_AND_XA_AND_SCHOOLS, unresolved: ["các trung tâm nghiên cứu khoa học trên địa bàn tỉnh"] },
};

/** Named in the seeds but not reporting units: populations of firms, community teams, research centres. */
const OUTSIDE_THE_REGISTER = [
  "Các doanh nghiệp nhỏ và vừa",
  "Các doanh nghiệp cung cấp dịch vụ chữ ký số công cộng",
  "Tổ công nghệ số cộng đồng",
  "các Trung tâm nghiên cứu khoa học trên địa bàn tỉnh",
  "các trung tâm nghiên cứu khoa học trên địa bàn tỉnh",
];

const cells = SEED_CELLS.flatMap(({ at, lead, coordinators }) => [
  { at: `${at} chủ trì`, text: lead },
  ...(coordinators === undefined ? [] : [{ at: `${at} phối hợp`, text: coordinators }]),
]);

describe("resolveResponsibility on every lead and coordinator cell of the seeds", () => {
  it("covers each cell text with an expectation", () => {
    const missing = cells.filter(({ text }) => !(text in EXPECTED)).map(({ at }) => at);
    expect(missing).toEqual([]);
  });

  it.each(cells)("$at: $text", ({ text }) => {
    const expected = EXPECTED[text];
    const result = resolve(text);
    expect(result.raw).toBe(text);
    expect(result.unitIds).toHaveLength(expected.count);
    expect([...result.unitIds].sort()).toEqual(expectedIds(expected));
    expect(result.parts.flatMap((part) => part.unresolved)).toEqual(expected.unresolved ?? []);
  });

  it("leaves nothing unresolved except the names decided to be outside the register", () => {
    const unresolved = new Set(cells.flatMap(({ text }) => resolve(text).parts.flatMap((part) => part.unresolved)));
    expect([...unresolved].sort()).toEqual([...OUTSIDE_THE_REGISTER].sort());
  });
});

describe("resolveResponsibility", () => {
  it("keeps numbered parts as parts with their labels", () => {
    const result = resolve("(1) Sở Khoa học và Công nghệ; Sở Tài chính (2) Sở Tài chính");
    expect(result.parts).toEqual([
      { label: "(1)", text: "Sở Khoa học và Công nghệ; Sở Tài chính", unitIds: ["so-tc", "so-khcn"], unresolved: [] },
      { label: "(2)", text: "Sở Tài chính", unitIds: ["so-tc"], unresolved: [] },
    ]);
  });

  it("splits a numbered cell that runs across paragraphs into five parts", () => {
    const result = resolve(
      "(1) Sở Khoa học và Công nghệ, (2) Công an tỉnh, (3) Sở Tài chính, (4) <p>UBND cấp xã,</p> <p>(5) Sở Tài chính</p>",
    );
    expect(result.parts.map((part) => [part.label, part.text, part.unitIds.length])).toEqual([
      ["(1)", "Sở Khoa học và Công nghệ", 1],
      ["(2)", "Công an tỉnh", 1],
      ["(3)", "Sở Tài chính", 1],
      ["(4)", "UBND cấp xã", 75],
      ["(5)", "Sở Tài chính", 1],
    ]);
  });

  it("reads a plain cell as one part without label", () => {
    const result = resolve("Sở Nội vụ, Sở Khoa học và Công nghệ");
    expect(result.parts).toEqual([
      { text: "Sở Nội vụ, Sở Khoa học và Công nghệ", unitIds: ["so-nv", "so-khcn"], unresolved: [] },
    ]);
  });

  it("gives an empty cell no parts", () => {
    expect(resolve("")).toEqual({ raw: "", parts: [], unitIds: [] });
  });

  it("separates items by line breaks as by semicolons", () => {
    expect(resolve("Sở Khoa học và Công nghệ\nCác sở, ban, ngành, UBND các xã, phường").unitIds).toHaveLength(90);
    expect(resolve("Sở Khoa học và Công nghệ; Các sở, ban, ngành, UBND các xã, phường").unitIds).toHaveLength(90);
  });

  it("reads the wards listed after a heading, as in the 2025 report's footnote", () => {
    const result = resolve("UBND các phường: Tô Hiệu, Chiềng Sinh, Chiềng Cơi, Chiềng An");
    expect(result.unitIds).toEqual(["phuong-chieng-an", "phuong-chieng-coi", "phuong-chieng-sinh", "phuong-to-hieu"]);
  });

  it("reads a sở list whose names carry hyphens and old-style tone marks", () => {
    const result = resolve("các sở: Ngoại vụ, Tư pháp, Văn hoá - Thể thao và Du lịch, Dân tộc và Tôn giáo");
    expect([...result.unitIds].sort()).toEqual(["so-dttg", "so-ngv", "so-tp", "so-vhttdl"]);
  });

  it("reports a name outside the register, whole, instead of dropping it", () => {
    const result = resolve("Trung tâm xúc tiến đầu tư và thương mại tỉnh; Văn phòng UBND tỉnh; Bệnh viện đa khoa tỉnh");
    expect(result.unitIds).toEqual(["vp-ubnd-tinh"]);
    expect(result.parts[0].unresolved).toEqual([
      "Trung tâm xúc tiến đầu tư và thương mại tỉnh",
      "Bệnh viện đa khoa tỉnh",
    ]);
  });

  it("is the same as the resolver built once", () => {
    const text = "Các sở: Xây dựng, Công thương, Y tế, Giáo dục và Đào tạo";
    expect(resolveResponsibility(text, units)).toEqual(resolve(text));
  });
});
