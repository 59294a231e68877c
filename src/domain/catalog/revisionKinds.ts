/**
 * The name of each kind of dated change as the officer types it in "Danh mục thay đổi" (a drop-down there). Like the
 * catalog sheets' other labels, these are what the reader understands, not only what it says.
 */
import type { RevisionKind } from "./types";

// No commas: Excel splits a validation list at them.
export const REVISION_KIND_LABELS: Readonly<Record<RevisionKind, string>> = {
  target: "Điều chỉnh chỉ tiêu",
  added: "Bổ sung",
  withdrawn: "Bãi bỏ",
  renamed: "Đổi tên đơn vị",
  merged: "Sáp nhập đơn vị",
};
