import { dayFromSerial } from "../../../src/domain/language/dayFromSerial";

describe("dayFromSerial", () => {
  it.each([
    [61, "1900-03-01"],
    [46126, "2026-04-14"],
    [46152, "2026-05-10"],
    [46152.75, "2026-05-10"], // a time of day stays on its day
  ])("%d is %s", (serial, day) => {
    expect(dayFromSerial(serial)).toBe(day);
  });
});
