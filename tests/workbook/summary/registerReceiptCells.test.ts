import { registerCorrections } from "../../../src/domain/receipts/registerCorrections";
import { summaryTexts } from "../../../src/domain/texts/summary";
import { registerReceiptCells } from "../../../src/workbook/summary/registerReceiptCells";

const headers = [...summaryTexts.register.headers];
const row = (file: string, time: string) => [
  "1",
  "Sở Y tế",
  "Sở, ban, ngành",
  "Đã gửi",
  file,
  time,
  "Thời điểm lưu tệp",
];

describe("registerReceiptCells", () => {
  it("finds the header row wherever it is and gives each row's file and time cell", () => {
    const table = [
      ["TÌNH HÌNH GỬI BÁO CÁO THÁNG 5 NĂM 2026"],
      ["12/15 sở, ban, ngành …"],
      [],
      headers,
      row("2026-05_so-yt.xlsx", "08/05/2026 09:00"),
      ["2", "Sở Nội vụ", "Sở, ban, ngành", "Chưa gửi", "", ""],
      row("2026-05_so-tc.xlsx", "46152.6875"),
    ];
    expect(registerReceiptCells(table)).toEqual([
      { file: "2026-05_so-yt.xlsx", text: "08/05/2026 09:00", sheet: "Tình hình gửi báo cáo", cell: "F5" },
      { file: "2026-05_so-tc.xlsx", text: "46152.6875", sheet: "Tình hình gửi báo cáo", cell: "F7" },
    ]);
  });

  it("gives nothing for a sheet without the register's header", () => {
    expect(registerReceiptCells([["Mã", "Tên"]])).toEqual([]);
  });
});

describe("registerCorrections", () => {
  const entry = (file: string, text: string) => ({ file, text, sheet: "Tình hình gửi báo cáo", cell: "F5" });

  it("takes a time unlike every time the file already has as the officer's, even one Excel made a date serial", () => {
    const known = new Map([
      ["a.xlsx", ["2026-05-08T02:00:00.000Z"]],
      ["b.xlsx", ["2026-05-08T02:00:00.000Z", "2026-05-11T02:00:00.000Z"]],
      ["c.xlsx", ["2026-05-08T02:00:00.000Z"]],
    ]);
    const { corrections, findings } = registerCorrections(
      [
        entry("a.xlsx", "08/05/2026 09:00"),
        entry("b.xlsx", "08/05/2026 09:00"),
        // 46152.6875 is 10/5/2026 16:30.
        entry("c.xlsx", "46152.6875"),
        entry("gone.xlsx", "10/05/2026 10:00"),
      ],
      known,
      "Tong hop.xlsx",
    );
    expect(corrections).toEqual({ "c.xlsx": "2026-05-10T09:30:00.000Z" });
    expect(findings).toEqual([]);
  });
});
