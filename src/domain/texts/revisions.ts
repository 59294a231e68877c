/** Vietnamese texts about the catalog's dated changes: their names, what is wrong with one, and the target applied. */
const quoted = (text: string) => `“${text}”`;

/**
 * Keyed by catalog's RevisionKind (catalog/revisionKinds checks that every kind has one). No commas: Excel splits a
 * validation list at them.
 */
const KIND_LABELS = {
  target: "Điều chỉnh chỉ tiêu",
  added: "Bổ sung",
  withdrawn: "Bãi bỏ",
  renamed: "Đổi tên đơn vị",
  merged: "Sáp nhập đơn vị",
};

export const revisionTexts = {
  kindLabels: KIND_LABELS,
  /** Names one change in every message about it: its place in the list, its kind, its id and its day as written. */
  name: (index: number, kind: string, id: string, from: string) =>
    `Thay đổi thứ ${index + 1} (${KIND_LABELS[kind as keyof typeof KIND_LABELS] ?? (kind || "chưa ghi loại")}${id ? ` ${id}` : ""}${from ? `, từ ngày ${from}` : ""})`,
  unknownKind: (text: string) =>
    `loại thay đổi ${quoted(text)} không có; ghi một trong: ${Object.values(KIND_LABELS).map(quoted).join(", ")}.`,
  badDate: (text: string) => `ngày áp dụng ${quoted(text)} không đọc được; ghi ngày dạng 2026-06-01 hoặc 01/06/2026.`,
  emptyId: "chưa ghi mã chỉ tiêu, nhiệm vụ hay đơn vị được thay đổi.",
  notIndicator: (id: string) => `mã ${id} không phải một chỉ tiêu có chỉ tiêu năm (dòng tiêu đề không có chỉ tiêu).`,
  notItem: (id: string) => `mã ${id} không phải chỉ tiêu, nhiệm vụ hay đơn vị nào của danh mục.`,
  notUnit: (id: string) => `mã ${id} không phải đơn vị nào của danh mục.`,
  badTarget: (text: string, message: string) => `chỉ tiêu mới ${quoted(text)} không đọc được: ${message}`,
  emptyName: "chưa ghi tên mới của đơn vị.",
  noPredecessors: "chưa ghi mã các đơn vị được sáp nhập.",
  badPredecessor: (id: string) => `đơn vị được sáp nhập ${id} không có trong danh mục đơn vị, hoặc trùng đơn vị nhận.`,
  mergedTwice: (id: string) => `đơn vị ${id} đã được sáp nhập ở một thay đổi khác.`,
  repeated: "trùng với một thay đổi cùng loại, cùng mã, cùng ngày.",
  withdrawnBeforeAdded: (added: string) => `ngày bãi bỏ không sau ngày bổ sung (${added}).`,
  /** "Chỉ tiêu 60% (áp dụng từ 01/06/2026; trước đó 50%)" on the indicators' working sheet; `from` as printed. */
  targetApplied: (text: string, from?: string, previous?: string) =>
    from === undefined
      ? `Chỉ tiêu ${text}`
      : `Chỉ tiêu ${text} (áp dụng từ ${from}${previous === undefined ? "" : `; trước đó ${previous}`})`,
  targetAppliedHeader: "Chỉ tiêu áp dụng",
};
