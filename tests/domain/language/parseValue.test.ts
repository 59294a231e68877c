import { parseValue } from "../../../src/domain/language/parseValue";
import type { ParsedValue } from "../../../src/domain/language/types";

type Expected = Omit<ParsedValue, "raw" | "flags"> & { flags?: Partial<ParsedValue["flags"]> };

const percent = (number: number, extra: Partial<Expected> = {}): Expected => ({ number, unit: "percent", ...extra });
const count = (number: number, extra: Partial<Expected> = {}): Expected => ({ number, unit: "count", ...extra });
const estimate = (number: number): Expected => percent(number, { flags: { estimate: true } });
const reason = (code: NonNullable<ParsedValue["reason"]>["code"], text: string): Expected => ({
  unit: "none",
  reason: { code, text },
});
const ATLEAST_NOTE = "Giá trị ghi kèm dấu “≥”";

function expectParsed(input: string, expected: Expected): void {
  const { flags, ...rest } = expected;
  expect(parseValue(input)).toEqual({
    ok: true,
    value: { raw: input, flags: { estimate: false, cumulative: false, ...flags }, ...rest },
  });
}

describe("parseValue on every result written in the seeds", () => {
  // seeds/000 Phụ lục I and seeds/003 Phụ lục II, column "Kết quả năm 2025".
  it.each<[string, Expected]>([
    ["-", reason("not_applicable", "-")],
    ["58,65% <i>(dự kiến đến 31/12/2025 đạt 60%)</i>", percent(58.65, { note: "dự kiến đến 31/12/2025 đạt 60%" })],
    ["58,65% (dự kiến đến 31/12/2025 đạt 60%)", percent(58.65, { note: "dự kiến đến 31/12/2025 đạt 60%" })],
    ["1,02%", percent(1.02)],
    ["100%", percent(100)],
    ["30%", percent(30)],
    ["21,78%", percent(21.78)],
    ["82%", percent(82)],
    ["≥ 70%", percent(70, { note: ATLEAST_NOTE })],
    ["51,43%", percent(51.43)],
    ["95,21%", percent(95.21)],
    ["90,46%", percent(90.46)],
    ["66,67%", percent(66.67)],
    ["24%", percent(24)],
    ["$\\geq 60\\%$", percent(60, { note: ATLEAST_NOTE })],
    ["$\\geq 94\\%$", percent(94, { note: ATLEAST_NOTE })],
    ["$\\geq 30\\%$", percent(30, { note: ATLEAST_NOTE })],
    ["≥ 30%", percent(30, { note: ATLEAST_NOTE })],
    ["51,35%", percent(51.35)],
    ["3,36%", percent(3.36)],
    ["8%", percent(8)],
    // Part A (science and innovation) of seeds/003.
    [
      "7,26 (Theo Báo cáo PII của Bộ Khoa học và Công nghệ)",
      { number: 7.26, unit: "none", note: "Theo Báo cáo PII của Bộ Khoa học và Công nghệ" },
    ],
    ["12", count(12)],
    ["02", count(2)],
    ["14", count(14)],
    ["482", count(482)],
    ["17", count(17)],
    ["40", count(40)],
    ["5%", percent(5)],
    ["10%", percent(10)],
    ["39", count(39)],
    ["01", count(1)],
    ["1%", percent(1)],
    [
      "253 <i>(Bộ Khoa học và Công nghệ chưa ban hành Thông tư quy định về bài báo khoa học, do vậy chưa có tiêu chí quy định về bài báo khoa học)</i>",
      count(253, {
        note: "Bộ Khoa học và Công nghệ chưa ban hành Thông tư quy định về bài báo khoa học, do vậy chưa có tiêu chí quy định về bài báo khoa học",
      }),
    ],
    ["34/30", count(34, { numerator: 34, denominator: 30 })],
  ])("reads the 2025 result %j", expectParsed);

  // seeds/003 Phụ lục II, column "Kết quả thực hiện chỉ tiêu" (May 2026).
  it.each<[string, Expected]>([
    ["Đang thống kê số liệu", reason("collecting", "Đang thống kê số liệu")],
    // A row broken across pages leaves "Đang thống kê" above and "số liệu" below.
    ["Đang thống kê", reason("collecting", "Đang thống kê")],
    ["01 (Số liệu lũy kế)", count(1, { flags: { cumulative: true } })],
    ["17 (Số liệu lũy kế)", count(17, { flags: { cumulative: true } })],
    ["127", count(127)],
    ["0", count(0)],
    ["Chưa đến kỳ báo cáo", reason("not_due", "Chưa đến kỳ báo cáo")],
    ["67,1%", percent(67.1)],
    ["63,07%", percent(63.07)],
    ["1,6%", percent(1.6)],
    ["Chưa triển khai", reason("not_started", "Chưa triển khai")],
    ["40,86%", percent(40.86)],
    ["<i>Chưa có công cụ và phương pháp thống kê</i>", reason("no_method", "Chưa có công cụ và phương pháp thống kê")],
    ["84%", percent(84)],
    [
      "<i>Chưa có phương pháp xác định chỉ tiêu trên</i>",
      reason("no_method", "Chưa có phương pháp xác định chỉ tiêu trên"),
    ],
    ["50%", percent(50)],
    ["Đơn vị chưa cung cấp số liệu", reason("not_provided", "Đơn vị chưa cung cấp số liệu")],
    ["3,5%", percent(3.5)],
    ["6,9% (năm 2025)", percent(6.9, { flags: { year: 2025 } })],
    ["Ước 99,8%", estimate(99.8)],
    ["Ước 91,5%", estimate(91.5)],
    ["Ước 68,2%", estimate(68.2)],
    ["Ước 32,9%", estimate(32.9)],
    ["Ước 75,6%", estimate(75.6)],
    ["Ước 81,2%", estimate(81.2)],
    ["Ước 87,3%", estimate(87.3)],
    ["Ước 96,9%", estimate(96.9)],
    ["Ước 98,1%", estimate(98.1)],
    ["Ước 87,6%", estimate(87.6)],
    ["Ước 85,3%", estimate(85.3)],
    ["Ước 86,8%", estimate(86.8)],
    ["Ước 95%", estimate(95)],
    ["Ước 99,3%", estimate(99.3)],
    ["Ước 88,9%", estimate(88.9)],
    ["Ước 41,9%", estimate(41.9)],
  ])("reads the May 2026 result %j", expectParsed);
});

describe("parseValue on other ways of writing", () => {
  it.each<[string, Expected]>([
    ["87.6%", percent(87.6)],
    ["1,234.5", { number: 1234.5, unit: "none" }],
    ["1.234", count(1234)],
    ["0.5", { number: 0.5, unit: "none" }],
    [">= 80%", percent(80, { note: "Giá trị ghi kèm dấu “>=”" })],
    ["≤ 5%", percent(5, { note: "Giá trị ghi kèm dấu “≤”" })],
    ["120%", percent(120)],
    ["-5", count(-5)],
    ["ước 99,8%", estimate(99.8)],
    ["UOC 99,8%", estimate(99.8)],
    ["Ước tính 99,8%", estimate(99.8)],
    ["Ước đạt 99,8%", estimate(99.8)],
    ["Đạt 95%", percent(95)],
    ["87,6% (ước)", estimate(87.6)],
    ["Ước 95% (Số liệu lũy kế)", percent(95, { flags: { estimate: true, cumulative: true } })],
    ["<p>Ước&nbsp;87,6%</p>", estimate(87.6)],
    ["01 doanh nghiệp", count(1, { note: "doanh nghiệp" })],
    ["12 (năm 2025) (Số liệu lũy kế)", count(12, { flags: { year: 2025, cumulative: true } })],
    ["ĐANG THỐNG KÊ SỐ LIỆU", reason("collecting", "ĐANG THỐNG KÊ SỐ LIỆU")],
    ["dang thong ke so lieu", reason("collecting", "dang thong ke so lieu")],
    ["chưa đến kỳ báo cáo", reason("not_due", "chưa đến kỳ báo cáo")],
    ["Chưa có hướng dẫn của Bộ", reason("no_method", "Chưa có hướng dẫn của Bộ")],
    ["Chưa có phương pháp tính", reason("no_method", "Chưa có phương pháp tính")],
    ["Chưa có số liệu", reason("not_provided", "Chưa có số liệu")],
    ["Chưa thực hiện", reason("not_started", "Chưa thực hiện")],
    ["Không phát sinh", reason("not_applicable", "Không phát sinh")],
    ["–", reason("not_applicable", "–")],
    ["Chưa triển khai (năm 2025)", { ...reason("not_started", "Chưa triển khai"), flags: { year: 2025 } }],
  ])("reads %j", expectParsed);

  it("reads decomposed (NFD) text as its NFC form", () => {
    const nfd = "Đang thống kê số liệu".normalize("NFD");
    expect(parseValue(nfd)).toEqual({
      ok: true,
      value: {
        raw: nfd,
        unit: "none",
        flags: { estimate: false, cumulative: false },
        reason: { code: "collecting", text: "Đang thống kê số liệu" },
      },
    });
    const estimateNfd = parseValue("Ước 99,8%".normalize("NFD"));
    expect(estimateNfd.ok && estimateNfd.value.flags.estimate).toBe(true);
  });

  it("reads a reason typed with Cyrillic look-alike letters", () => {
    // "о" and "а" below are Cyrillic.
    const result = parseValue("Đang thống kê số liệu".replace("o", "\u043e").replace("a", "\u0430"));
    expect(result.ok && result.value.reason?.code).toBe("collecting");
  });

  it("takes the indicator's measure for a number written without %", () => {
    expect(parseValue("87,6", { measure: "percent" })).toEqual({
      ok: true,
      value: { raw: "87,6", number: 87.6, unit: "percent", flags: { estimate: false, cumulative: false } },
    });
    const written = parseValue("12%", { measure: "count" });
    expect(written.ok && written.value.unit).toBe("percent");
    const reasonWithMeasure = parseValue("Chưa triển khai", { measure: "percent" });
    expect(reasonWithMeasure.ok && reasonWithMeasure.value.unit).toBe("percent");
  });
});

describe("parseValue on numbers from Excel cells", () => {
  it.each<[number, Parameters<typeof parseValue>[1], Partial<ParsedValue>]>([
    [12, {}, { raw: "12", number: 12, unit: "count" }],
    [87.6, {}, { raw: "87.6", number: 87.6, unit: "none" }],
    [87.6, { measure: "percent" }, { raw: "87.6", number: 87.6, unit: "percent" }],
    [0.876, { excelPercentFraction: true }, { raw: "0.876", number: 87.6, unit: "percent" }],
    [0.07, { excelPercentFraction: true }, { raw: "0.07", number: 7, unit: "percent" }],
    [1.2, { excelPercentFraction: true }, { raw: "1.2", number: 120, unit: "percent" }],
  ])("reads %d with %j", (input, opts, expected) => {
    expect(parseValue(input, opts)).toEqual({
      ok: true,
      value: { flags: { estimate: false, cumulative: false }, ...expected },
    });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("refuses the non-number %d", (input) => {
    const result = parseValue(input);
    expect(!result.ok && result.issues[0].code).toBe("not_a_number");
  });
});

describe("parseValue errors", () => {
  it.each<[string | null | undefined]>([[""], ["   "], ["<i></i>"], [null], [undefined]])("calls %j empty", (input) => {
    expect(parseValue(input)).toEqual({
      ok: false,
      issues: [{ path: [], code: "empty", message: expect.stringContaining("Ô trống") }],
    });
  });

  it.each([
    // The lower half of a row broken across pages, read on its own.
    "số liệu",
    "Hoàn thành",
    "12 và 15",
    "6,9% năm 2025",
    "(năm 2025)",
    "Ước",
  ])("refuses %j and quotes it", (input) => {
    expect(parseValue(input)).toEqual({
      ok: false,
      issues: [{ path: [], code: "unrecognised", message: expect.stringContaining(`“${input}”`) }],
    });
  });

  it.each(["12abc", "0x1A", "1E+308", "Ước 12ha"])("refuses %j: letters glued to the number are no note", (input) => {
    const result = parseValue(input, { measure: "count" });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: [], code: "unrecognised", message: expect.stringContaining("chữ viết liền sau số") }],
    });
  });

  it("keeps words after a space as a note: “01 doanh nghiệp”", () => {
    expect(parseValue("01 doanh nghiệp", { measure: "count" })).toMatchObject({
      ok: true,
      value: { number: 1, note: "doanh nghiệp" },
    });
  });

  it("refuses a day, as a date-formatted cell reads, saying it is a date", () => {
    const result = parseValue("2026-05-10", { measure: "count" });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: [], code: "date_not_number", message: expect.stringContaining("ngày 10/05/2026") }],
    });
  });

  it.each(["1,234", "12,345%", "Ước 1,234%"])("refuses the ambiguous number in %j", (input) => {
    const result = parseValue(input);
    expect(!result.ok && result.issues[0].code).toBe("ambiguous_number");
  });
});
