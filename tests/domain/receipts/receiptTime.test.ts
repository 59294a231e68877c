import {
  parseReceiptTime,
  receiptDay,
  receiptInstant,
  receiptTimeText,
} from "../../../src/domain/receipts/receiptTime";

describe("receiptTimeText", () => {
  it.each([
    // A reader's time (UTC) is shown on Sơn La's clock, 7 hours ahead.
    ["2026-05-09T01:27:00.000Z", "09/05/2026 08:27"],
    ["2026-05-10T17:30:00Z", "11/05/2026 00:30"],
    ["2026-05-09T08:27:00+07:00", "09/05/2026 08:27"],
    // A time without zone is already Sơn La's.
    ["2026-05-08T09:05:00", "08/05/2026 09:05"],
    ["2026-05-12 16:30", "12/05/2026 16:30"],
    ["2026-05-10", "10/05/2026 00:00"],
    ["hôm qua", "hôm qua"],
  ])("shows %s as %s", (receivedAt, shown) => {
    expect(receiptTimeText(receivedAt)).toBe(shown);
  });
});

describe("parseReceiptTime", () => {
  it.each([
    ["08/05/2026 14:30", "2026-05-08T07:30:00.000Z"],
    ["8/5/2026 7:05", "2026-05-08T00:05:00.000Z"],
    [" 10/05/2026 23:59 ", "2026-05-10T16:59:00.000Z"],
    ["10/05/2026", "2026-05-09T17:00:00.000Z"],
    ["2026-05-10 08:00", "2026-05-10T01:00:00.000Z"],
    ["2026-05-10T01:00:00Z", "2026-05-10T01:00:00.000Z"],
  ])("reads the officer's %s as the instant %s", (text, instant) => {
    expect(parseReceiptTime(text)).toEqual({ ok: true, value: instant });
  });

  it.each(["31/02/2026 08:00", "08/13/2026 08:00", "08/05/2026 25:00", "mai", "", "08-05-2026"])(
    "refuses %p with the shape to type",
    (text) => {
      const parsed = parseReceiptTime(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.issues[0].message).toContain("dd/mm/yyyy hh:mm");
    },
  );

  it("gives back what it shows", () => {
    const parsed = parseReceiptTime("09/05/2026 08:27");
    expect(parsed.ok && receiptTimeText(parsed.value)).toBe("09/05/2026 08:27");
  });
});

describe("receiptDay", () => {
  it("is Sơn La's calendar day, which lateness is judged on", () => {
    expect(receiptDay("2026-05-10T16:59:00.000Z")).toBe("2026-05-10");
    expect(receiptDay("2026-05-10T17:00:00.000Z")).toBe("2026-05-11");
    expect(receiptDay("2026-05-11T07:05:00")).toBe("2026-05-11");
    expect(receiptDay("")).toBeUndefined();
    expect(receiptInstant("không rõ")).toBeUndefined();
  });
});
