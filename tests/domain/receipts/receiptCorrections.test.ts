import { correctReceipts } from "../../../src/domain/receipts/correctReceipts";
import { readReceiptCorrections } from "../../../src/domain/receipts/receiptCorrections";
import { sameMinuteNotices } from "../../../src/domain/receipts/sameMinute";

describe("readReceiptCorrections", () => {
  it("reads file name → the officer's time as instants", () => {
    expect(
      readReceiptCorrections({ "2026-05_so-yt.xlsx": "08/05/2026 14:30", "2026-05_xa-muong-sai.xlsx": "2026-05-09" }),
    ).toEqual({
      ok: true,
      value: {
        "2026-05_so-yt.xlsx": "2026-05-08T07:30:00.000Z",
        "2026-05_xa-muong-sai.xlsx": "2026-05-08T17:00:00.000Z",
      },
    });
  });

  it("names every entry that does not read, and uses none", () => {
    const read = readReceiptCorrections({ "a.xlsx": "08/05/2026 14:30", "b.xlsx": "hôm qua", "c.xlsx": 5 });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map((issue) => issue.path)).toEqual([["b.xlsx"], ["c.xlsx"]]);
    expect(read.issues[0].message).toMatch(/^mục “b\.xlsx”: Thời điểm nhận “hôm qua” không đọc được/);
  });

  it.each([[[]], [null], ["08/05/2026"]])("refuses %p, which is no object of file names", (value) => {
    const read = readReceiptCorrections(value);
    expect(read.ok).toBe(false);
  });
});

describe("correctReceipts", () => {
  it("gives the officer's time to the files named, marked as the officer's, and leaves the others", () => {
    const files = [
      { file: "a.xlsx", receivedAt: "2026-05-12T02:00:00.000Z", receiptSource: "file" as const },
      { file: "b.xlsx", receivedAt: "2026-05-08T02:00:00.000Z", receiptSource: "workbook" as const },
    ];
    expect(
      correctReceipts(files, { "a.xlsx": "2026-05-09T02:00:00.000Z", "x.xlsx": "2026-05-09T02:00:00.000Z" }),
    ).toEqual([{ file: "a.xlsx", receivedAt: "2026-05-09T02:00:00.000Z", receiptSource: "officer" }, files[1]]);
    expect(correctReceipts(files)).toEqual(files);
  });
});

describe("sameMinuteNotices", () => {
  const at = (receivedAt: string, receiptSource?: "officer" | "file") => ({ receivedAt, receiptSource });

  it("says so when five files share one minute of Sơn La's clock", () => {
    const five = ["05", "12", "30", "45", "59"].map((s) => at(`2026-05-12T02:15:${s}.000Z`));
    expect(sameMinuteNotices([...five, at("2026-05-12T02:16:00.000Z")])).toEqual([
      "5 tệp có cùng thời điểm nhận 12/05/2026 09:15: có thể đó là lúc lưu các tệp đính kèm, không phải lúc đơn vị gửi; " +
        "hãy kiểm tra và sửa thời điểm nhận nếu cần.",
    ]);
  });

  it("is silent for four, and does not count the times the officer gave", () => {
    const four = [1, 2, 3, 4].map(() => at("2026-05-12T02:15:00.000Z"));
    expect(sameMinuteNotices(four)).toEqual([]);
    expect(sameMinuteNotices([...four, at("2026-05-12T02:15:00.000Z", "officer")])).toEqual([]);
  });
});
