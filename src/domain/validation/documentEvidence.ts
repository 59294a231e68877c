/** Whether a task's product is a document, and whether a description names one by its number. */
import { foldForMatching } from "../language/cellText";

// Folded document kinds of the plan's "Sản phẩm" column ("Kế hoạch…", "Quyết định ban hành Danh mục", "Báo cáo…").
const DOCUMENT_KINDS =
  /(?<![a-z])(?:ke hoach|quyet dinh|bao cao|nghi quyet|thong bao|danh muc|chi thi|cong van|huong dan|de an)(?![a-z])/;

// "123/QĐ-UBND", "45/KH-UBND", "04-KH/BCĐTW", "1860/STC-QLNS": digits, then a symbol in capitals.
const DOCUMENT_NUMBER = /(?<!\d)\d+\s*[/-]\s*\p{Lu}[\p{Lu}\d]*(?:\s*[/-]\s*\p{Lu}[\p{Lu}\d]*)*/u;

export function isDocumentProduct(product: string): boolean {
  return DOCUMENT_KINDS.test(foldForMatching(product));
}

export function namesDocumentNumber(description: string): boolean {
  return DOCUMENT_NUMBER.test(description.normalize("NFC"));
}
