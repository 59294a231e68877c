/** Vietnamese texts of the command line. */
export const cliTexts = {
  usage: [
    "Cách dùng: npm run cli -- <lệnh> [tùy chọn]",
    "  catalog --period 2026-05 [--as-of 2026-05-14] [--json TỆP] [--catalog DANH_MỤC.json]",
    "      In danh mục chỉ tiêu, nhiệm vụ, đơn vị với chỉ tiêu và thời hạn đã phân tích",
  ].join("\n"),
  unknownCommand: (name: string) => `Không có lệnh “${name}”.`,
  periodRequired: "Thiếu --period (ví dụ --period 2026-05).",
  badAsOf: (text: string) => `Ngày --as-of “${text}” không đúng dạng NNNN-TT-NN (ví dụ 2026-05-14).`,
  catalogUnreadable: (file: string, reason: string) => `Không đọc được tệp danh mục ${file}: ${reason}`,
  catalogInvalid: "Danh mục có nội dung không đọc được:",
  catalogWritten: (file: string, indicators: number, tasks: number, units: number) =>
    `Đã ghi ${file}: ${indicators} chỉ tiêu, ${tasks} nhiệm vụ, ${units} đơn vị.`,
};
