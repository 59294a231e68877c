/** Vietnamese texts of the command line. */
export const cliTexts = {
  usage: [
    "Cách dùng: npm run cli -- <lệnh> [tùy chọn]",
    "  catalog --period 2026-05 [--as-of 2026-05-14] [--json TỆP] [--catalog DANH_MỤC.json]",
    "      In danh mục chỉ tiêu, nhiệm vụ, đơn vị với chỉ tiêu và thời hạn đã phân tích",
    "  templates --period 2026-05 --out THƯ_MỤC [--catalog DANH_MỤC.json]",
    "      Tạo Phụ lục I, II của Kế hoạch, biểu mẫu báo cáo của từng đơn vị và index.json",
    "  samples --period 2026-05 --out THƯ_MỤC [--seed 20260514]",
    "      Tạo tệp báo cáo mẫu đã điền của các đơn vị (có lỗi cài sẵn để kiểm tra) và samples.json",
  ].join("\n"),
  unknownCommand: (name: string) => `Không có lệnh “${name}”.`,
  periodRequired: "Thiếu --period (ví dụ --period 2026-05).",
  badAsOf: (text: string) => `Ngày --as-of “${text}” không đúng dạng NNNN-TT-NN (ví dụ 2026-05-14).`,
  catalogUnreadable: (file: string, reason: string) => `Không đọc được tệp danh mục ${file}: ${reason}`,
  catalogInvalid: "Danh mục có nội dung không đọc được:",
  outRequired: "Thiếu --out (thư mục ghi biểu mẫu, ví dụ --out bieu-mau).",
  templatesWritten: (forms: number, planFile: string, dir: string, seconds: number) =>
    `Đã tạo ${forms} biểu mẫu đơn vị và ${planFile} trong ${seconds.toFixed(1).replace(".", ",")} giây, tại ${dir}.`,
  catalogWritten: (file: string, indicators: number, tasks: number, units: number) =>
    `Đã ghi ${file}: ${indicators} chỉ tiêu, ${tasks} nhiệm vụ, ${units} đơn vị.`,
};
