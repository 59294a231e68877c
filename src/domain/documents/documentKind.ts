/**
 * What kind of document a số/ký hiệu names. Nghị định 30/2020/NĐ-CP gives a document with a kind name the
 * symbol "<kind>-<issuer>" ("83/KH-UBND": Kế hoạch), and a công văn, which has none, "<issuer>-<drafting
 * office>" ("2433/UBND-KGVX"). So the first letters after the number say the kind when they are a kind's
 * abbreviation, and anything else is a công văn. A Party document puts its kind after the number ("57-NQ/TW").
 */
import { foldForMatching } from "../language/cellText";

export type DocumentKind =
  | "cong_van"
  | "quyet_dinh"
  | "ke_hoach"
  | "to_trinh"
  | "thong_bao"
  | "bao_cao"
  | "chi_thi"
  | "nghi_quyet"
  | "nghi_dinh"
  | "thong_tu"
  | "huong_dan"
  | "giay_moi"
  | "chuong_trinh"
  | "ket_luan"
  | "de_an"
  | "quy_che";

/** Abbreviations of Nghị định 30/2020/NĐ-CP, Phụ lục III (folded: lower case, no accents, đ → d). */
const KIND_ABBREVIATIONS: Record<string, DocumentKind> = {
  qd: "quyet_dinh",
  kh: "ke_hoach",
  ttr: "to_trinh",
  tb: "thong_bao",
  bc: "bao_cao",
  ct: "chi_thi",
  nq: "nghi_quyet",
  nd: "nghi_dinh",
  tt: "thong_tu",
  hd: "huong_dan",
  gm: "giay_moi",
  ctr: "chuong_trinh",
  kl: "ket_luan",
  da: "de_an",
  qc: "quy_che",
};

/** "1055/QĐ-UBND" → quyet_dinh, "57-NQ/TW" → nghi_quyet, "2433/UBND-KGVX" → cong_van. */
export function documentKind(number: string): DocumentKind {
  const folded = foldForMatching(number.normalize("NFC")).replace(/\s+/g, "");
  const [head, ...rest] = folded.split("/");
  const afterNumber = /^\d+-(\p{L}+)$/u.exec(head)?.[1];
  const symbol = rest.find((part) => !/^\d+$/.test(part)) ?? "";
  const first = afterNumber ?? symbol.split("-")[0];
  return KIND_ABBREVIATIONS[first] ?? "cong_van";
}
