/** Vietnamese messages of the unit register and name matching. */
export const unitTexts = {
  emptyUnitName: "Chưa ghi tên đơn vị.",
  unknownUnit: (text: string): string =>
    `Không tìm thấy đơn vị "${text}" trong danh sách đơn vị. Kiểm tra lại chính tả hoặc ghi tên đầy đủ, ví dụ "Xã Mường Sại", "Sở Y tế".`,
  ambiguousUnit: (text: string, candidates: string[]): string =>
    `Tên "${text}" có thể là nhiều đơn vị: ${candidates.join(", ")}. Hãy ghi tên đầy đủ, đúng dấu của đơn vị.`,
};
