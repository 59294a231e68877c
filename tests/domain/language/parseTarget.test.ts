import { parseTarget } from "../../../src/domain/language/parseTarget";
import type { MeasureUnit, TargetOperator } from "../../../src/domain/language/types";

type Expected = [TargetOperator, number, MeasureUnit];

function expectTarget(input: string, [op, value, unit]: Expected): void {
  expect(parseTarget(input)).toEqual({ ok: true, value: { raw: input, op, value, unit } });
}

describe("parseTarget on every target written in the seeds", () => {
  // seeds/000 Phụ lục I and seeds/003 Phụ lục II part B, column "Chỉ tiêu năm 2026".
  it.each<[string, Expected]>([
    ["70%", [">=", 70, "percent"]],
    ["72%", [">=", 72, "percent"]],
    ["Đảm bảo bố trí ít nhất 1%", [">=", 1, "percent"]],
    ["100%", [">=", 100, "percent"]],
    ["≥ 50%", [">=", 50, "percent"]],
    ["60%", [">=", 60, "percent"]],
    ["80%", [">=", 80, "percent"]],
    ["≥ 70%", [">=", 70, "percent"]],
    ["≥ 95%", [">=", 95, "percent"]],
    ["≥ 80%", [">=", 80, "percent"]],
    ["$\\geq 80\\%$", [">=", 80, "percent"]],
    ["$\\geq 95\\%$", [">=", 95, "percent"]],
    ["$\\geq 70\\%$", [">=", 70, "percent"]],
    ["$\\geq 50\\%$", [">=", 50, "percent"]],
    ["$\\geq 35\\%$", [">=", 35, "percent"]],
    ["$\\geq 30\\%$", [">=", 30, "percent"]],
    ["≥ 30%", [">=", 30, "percent"]],
    ["65%", [">=", 65, "percent"]],
    ["4%", [">=", 4, "percent"]],
    ["9%", [">=", 9, "percent"]],
  ])("reads the digital-transformation target %j", expectTarget);

  // seeds/003 Phụ lục II part A (science and innovation).
  it.each<[string, Expected]>([
    ["8", [">=", 8, "count"]],
    ["12", [">=", 12, "count"]],
    ["02", [">=", 2, "count"]],
    ["16", [">=", 16, "count"]],
    ["500", [">=", 500, "count"]],
    ["20", [">=", 20, "count"]],
    ["45", [">=", 45, "count"]],
    ["5%", [">=", 5, "percent"]],
    ["10%", [">=", 10, "percent"]],
    ["40", [">=", 40, "count"]],
    ["01", [">=", 1, "count"]],
    ["2%", [">=", 2, "percent"]],
    ["30", [">=", 30, "count"]],
    // Indicator names of part A state their own targets this way.
    ["Tăng tối thiểu 01 doanh nghiệp khởi nghiệp sáng tạo.", ["increase_by", 1, "count"]],
    ["Tăng tối thiểu 01 sản phẩm đổi mới sáng tạo được thương mại hóa.", ["increase_by", 1, "count"]],
  ])("reads the science target %j", expectTarget);

  // seeds/004 (Đề án dữ liệu số), section II goals.
  it.each<[string, Expected]>([
    ["phấn đấu đạt 50%", [">=", 50, "percent"]],
    ["100%", [">=", 100, "percent"]],
    ["50%", [">=", 50, "percent"]],
    ["60%", [">=", 60, "percent"]],
  ])("reads the data-project goal %j", expectTarget);
});

describe("parseTarget on other ways of writing", () => {
  it.each<[string, Expected]>([
    [">= 80%", [">=", 80, "percent"]],
    ["> 80%", [">=", 80, "percent"]],
    ["≤ 5%", ["<=", 5, "percent"]],
    ["<= 5%", ["<=", 5, "percent"]],
    ["= 100%", ["=", 100, "percent"]],
    ["tối thiểu 60%", [">=", 60, "percent"]],
    ["ít nhất 01 khóa kỹ năng số trong năm", [">=", 1, "count"]],
    ["trên 90%", [">=", 90, "percent"]],
    ["không dưới 90%", [">=", 90, "percent"]],
    ["không quá 5%", ["<=", 5, "percent"]],
    ["không vượt quá 5%", ["<=", 5, "percent"]],
    ["tối đa 10%", ["<=", 10, "percent"]],
    ["khong qua 5%", ["<=", 5, "percent"]],
    ["TĂNG TỐI THIỂU 01", ["increase_by", 1, "count"]],
    ["Tăng 02 doanh nghiệp", ["increase_by", 2, "count"]],
    ["tối thiểu ≥ 50%", [">=", 50, "percent"]],
    ["70% (năm 2026)", [">=", 70, "percent"]],
    ["<b>1.500</b>", [">=", 1500, "count"]],
    ["7,5", [">=", 7.5, "none"]],
    ["87.5%", [">=", 87.5, "percent"]],
  ])("reads %j", expectTarget);

  it("takes the indicator's measure for a number written without %", () => {
    expect(parseTarget("45", { measure: "percent" })).toEqual({
      ok: true,
      value: { raw: "45", op: ">=", value: 45, unit: "percent" },
    });
  });
});

describe("parseTarget errors", () => {
  it.each(["", "  ", "<i></i>"])("calls %j empty", (input) => {
    expect(parseTarget(input)).toEqual({
      ok: false,
      issues: [{ path: [], code: "empty", message: "Chưa ghi chỉ tiêu." }],
    });
  });

  it.each(["-", "Hoàn thành", "34/30", "tối thiểu ≤ 5%", "70% năm 2026", "Tăng", "đạt yêu cầu"])(
    "refuses %j and quotes it",
    (input) => {
      expect(parseTarget(input)).toEqual({
        ok: false,
        issues: [{ path: [], code: "unrecognised", message: expect.stringContaining(`“${input}”`) }],
      });
    },
  );

  it("refuses an ambiguous number instead of guessing", () => {
    const result = parseTarget("≥ 1,234%");
    expect(!result.ok && result.issues[0].code).toBe("ambiguous_number");
  });
});
