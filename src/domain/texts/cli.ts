/** Vietnamese texts of the command line. */
export const cliTexts = {
  usage: [
    "Cách dùng: npm run cli -- <lệnh> [tùy chọn]",
    "  catalog --period 2026-05 [--as-of 2026-05-14] [--json TỆP] [--catalog DANH_MỤC.json]",
    "      In danh mục chỉ tiêu, nhiệm vụ, đơn vị với chỉ tiêu và thời hạn đã phân tích",
    "  templates --period 2026-05 [--as-of 2026-05-25] --out THƯ_MỤC [--catalog DANH_MỤC.json]",
    "      Tạo Phụ lục I, II của Kế hoạch, biểu mẫu báo cáo của từng đơn vị và index.json; biểu mẫu theo danh mục",
    "      áp dụng tại ngày --as-of (ngày lập biểu, mặc định hôm nay; không sớm hơn ngày đầu kỳ)",
    "  validate TỆP_HOẶC_THƯ_MỤC… --period 2026-05 [--as-of 2026-05-14] [--json TỆP]",
    "      Kiểm tra các tệp báo cáo của đơn vị, liệt kê lỗi theo từng tệp",
    "  consolidate TỆP_HOẶC_THƯ_MỤC… --period 2026-05 [--as-of 2026-05-14] --out TỔNG_HỢP.xlsx [--json TỆP]",
    "      [--documents-since 2026-03-31] [--only-reported-tasks] [--receipts THỜI_ĐIỂM_NHẬN.json]",
    "      Tổng hợp các tệp báo cáo thành các phụ lục của báo cáo (TỔNG_HỢP.xlsx, để in) và các trang làm việc",
    "      (TỔNG_HỢP-lam-viec.xlsx); Phụ lục I liệt kê văn bản ban hành từ ngày --documents-since (mặc định:",
    "      ngày cuối cùng trước kỳ trước) đến ngày --as-of; --only-reported-tasks: Phụ lục III chỉ gồm nhiệm vụ",
    "      có kết quả trong kỳ",
    "      [--history SỔ.xlsx [--no-carry-forward]]: đọc và ghi trang “Dữ liệu các kỳ” của SỔ.xlsx (tạo mới nếu chưa có):",
    "      so sánh với kỳ trước, kiểm tra số liệu lũy kế giảm, dùng số liệu kỳ trước của đơn vị chưa gửi báo cáo",
    "      (tắt bằng --no-carry-forward); chạy lại một kỳ thì thay các dòng của kỳ đó",
    '      Thời điểm nhận của mỗi tệp: thời điểm cán bộ ghi trong --receipts (JSON, tên tệp → "dd/mm/yyyy hh:mm"',
    '      giờ Việt Nam, ví dụ {"2026-05_xa-muong-sai.xlsx": "08/05/2026 14:30"}); nếu không có, thời điểm đơn vị lưu',
    "      tệp (docProps/core.xml); nếu không có, thời điểm của tệp. Gửi muộn tính theo thời điểm nhận này",
    "  report --period 2026-Q2|2026-H1|2026 [--as-of 2026-07-14] --history SỔ.xlsx --out TỔNG_HỢP.xlsx [--json TỆP]",
    "      [--only-reported-tasks]",
    "      Lập báo cáo quý, 6 tháng hoặc năm từ số liệu các tháng đã lưu trong trang “Dữ liệu các kỳ” của SỔ.xlsx,",
    "      không cần đơn vị gửi lại: mỗi đơn vị lấy số liệu, tiến độ mới nhất trong kỳ (số liệu ghi lũy kế), toàn tỉnh",
    "      tính theo cách tổng hợp của từng chỉ tiêu; báo cáo năm đánh giá tại ngày 31/12 các nhiệm vụ có thời hạn",
    "      trong năm (kể cả “Năm …”) và kết quả đạt, chưa đạt chỉ tiêu của năm",
    "  demo [--out THƯ_MỤC] [--documents-since 2026-03-31] [--only-reported-tasks]",
    "      Tạo biểu mẫu, báo cáo mẫu tháng 5/2026 và biểu tổng hợp trong thư mục out/",
    "  samples --period 2026-05 --out THƯ_MỤC [--seed 20260514]",
    "      Tạo tệp báo cáo mẫu đã điền của các đơn vị (có lỗi cài sẵn để kiểm tra) và samples.json",
  ].join("\n"),
  inputsRequired: "Cần chỉ ra ít nhất một tệp hoặc thư mục báo cáo của đơn vị.",
  consolidateOutputRequired: "Cần --out TỆP.xlsx (biểu tổng hợp) hoặc --json TỆP.json.",
  readProgress: (done: number, total: number) => `Đã đọc ${done}/${total} tệp…`,
  /** Before a programme's section III lines: "Nhiệm vụ Khoa học công nghệ, đổi mới sáng tạo năm 2026:". */
  programmeHeading: (title: string) => `${title}:`,
  findingCounts: (errors: number, warnings: number, infos: number) =>
    `Kết quả kiểm tra: ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
  fileChecked: (file: string, status: string, errors: number, others: number) =>
    `${file}: ${status === "accepted" ? "hợp lệ" : status === "replaced" ? "đã được thay" : "không hợp lệ"}, ${errors} lỗi, ${others} cảnh báo/thông tin.`,
  demoStep: (step: number, what: string) => `Bước ${step}/3: ${what}`,
  demoTemplates: "lập Phụ lục I, II và biểu mẫu tháng 5/2026 cho từng đơn vị",
  demoSamples: "tạo báo cáo mẫu các đơn vị gửi về (có lỗi, gửi muộn, thiếu cài sẵn)",
  demoConsolidate: "kiểm tra và tổng hợp báo cáo, tính đến ngày 14/5/2026",
  /** "81/83 tệp là báo cáo tháng 5/2026 …": nothing is written until the period is right. */
  otherPeriod: (count: number, total: number, label: string, code: string) =>
    `${count}/${total} tệp là báo cáo ${label}, không phải kỳ đã chọn — chuyển sang kỳ này? ` +
    `Chạy lại với --period ${code}. Chưa ghi biểu tổng hợp nào.`,
  demoWritten: (summary: string, json: string) => `Biểu tổng hợp: ${summary}\nDữ liệu tổng hợp (JSON): ${json}`,
  workingWritten: (file: string) =>
    `Trang làm việc (nguồn số liệu, đơn vị còn thiếu, kết quả kiểm tra; không in): ${file}`,
  reportTakesNoFiles: (input: string) =>
    `Lệnh report lập báo cáo từ sổ dữ liệu các kỳ, không đọc tệp báo cáo của đơn vị (“${input}”): bỏ tệp này, ` +
    "hoặc dùng lệnh consolidate.",
  reportHistoryRequired: "Thiếu --history SỔ.xlsx: sổ có trang “Dữ liệu các kỳ” lưu số liệu các tháng.",
  reportNoHistoryFile: (file: string) =>
    `Không tìm thấy sổ dữ liệu các kỳ ${file}: tổng hợp báo cáo từng tháng bằng lệnh consolidate … --history ${file} trước.`,
  reportPartialSpan: (period: string, missing: string[], last: string) =>
    `Lưu ý: sổ chưa có số liệu ${missing.join(", ")}; báo cáo ${period} chỉ tính đến hết ${last}.`,
  unknownCommand: (name: string) => `Không có lệnh “${name}”.`,
  badSeed: (text: string) => `--seed “${text}” không phải số nguyên không âm.`,
  periodRequired: "Thiếu --period (ví dụ --period 2026-05).",
  badDocumentsSince: (text: string) =>
    `Ngày --documents-since “${text}” không đúng dạng NNNN-TT-NN (ví dụ 2026-03-31).`,
  badAsOf: (text: string) => `Ngày --as-of “${text}” không đúng dạng NNNN-TT-NN (ví dụ 2026-05-14).`,
  catalogUnreadable: (file: string, reason: string) => `Không đọc được tệp danh mục ${file}: ${reason}`,
  catalogInvalid: "Danh mục có nội dung không đọc được:",
  outRequired: "Thiếu --out (thư mục ghi biểu mẫu, ví dụ --out bieu-mau).",
  templatesWritten: (forms: number, planFile: string, dir: string, seconds: number) =>
    `Đã tạo ${forms} biểu mẫu đơn vị và ${planFile} trong ${seconds.toFixed(1).replace(".", ",")} giây, tại ${dir}.`,
  catalogWritten: (file: string, indicators: number, tasks: number, units: number) =>
    `Đã ghi ${file}: ${indicators} chỉ tiêu, ${tasks} nhiệm vụ, ${units} đơn vị.`,
};
