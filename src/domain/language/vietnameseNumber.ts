/**
 * Numbers written the Vietnamese way ("99,8", "1.234", "1.234,5") and, where unambiguous, the English way
 * ("0.5", "1,234.5").
 *
 * Reading rules, in order:
 * - "02" → 2: digits only.
 * - one comma ("99,8", "1,02"): a decimal comma, except exactly three digits after a 1–3 digit integer part
 *   not starting with 0 ("1,234"), which could be English thousands → error "ambiguous_number".
 * - one dot ("1.234", "0.5", "3.36"): thousands when exactly three digits follow a 1–3 digit integer part
 *   not starting with 0 (in these reports "1.234" is one thousand two hundred thirty-four), otherwise an
 *   English decimal point.
 * - dot groups with an optional decimal comma ("1.234.567", "1.234,5"): Vietnamese.
 * - comma groups with an optional decimal point ("1,234,567", "1,234.5"): English.
 * - a leading "-", "−" or "+" is a sign; anything else is an error, never a guess.
 */
import { failure, success, type ParseResult } from "../result";
import { valueTexts } from "../texts/values";

const SIGNED = /^([+\-−]?)(.*)$/s;
const DIGITS = /^\d+$/;
const SINGLE_COMMA = /^(\d+),(\d+)$/;
const SINGLE_DOT = /^(\d+)\.(\d+)$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export function parseVietnameseNumber(text: string): ParseResult<number> {
  const trimmed = text.normalize("NFC").trim();
  if (trimmed === "") return failure("empty", valueTexts.emptyNumber);
  const [, sign, body] = SIGNED.exec(trimmed) ?? ["", "", trimmed];
  const magnitude = readMagnitude(body);
  if (magnitude === "ambiguous") {
    const asDecimal = body.replace(",", ".");
    return failure(
      "ambiguous_number",
      valueTexts.ambiguousNumber(
        trimmed,
        formatVietnameseNumber(Number(asDecimal), { decimals: 3 }),
        formatVietnameseNumber(Number(body.replace(",", ""))),
      ),
    );
  }
  if (magnitude === undefined) return failure("not_a_number", valueTexts.notANumber(trimmed));
  return success(sign === "" || sign === "+" || magnitude === 0 ? magnitude : -magnitude);
}

function readMagnitude(body: string): number | "ambiguous" | undefined {
  if (DIGITS.test(body)) return Number(body);
  const comma = SINGLE_COMMA.exec(body);
  if (comma) return couldBeThousandsGroup(comma[1], comma[2]) ? "ambiguous" : Number(`${comma[1]}.${comma[2]}`);
  const dot = SINGLE_DOT.exec(body);
  if (dot) return couldBeThousandsGroup(dot[1], dot[2]) ? Number(dot[1] + dot[2]) : Number(body);
  if (DOT_GROUPS.test(body)) return Number(body.replace(/\./g, "").replace(",", "."));
  if (COMMA_GROUPS.test(body)) return Number(body.replace(/,/g, ""));
  return undefined;
}

function couldBeThousandsGroup(integerPart: string, fractionPart: string): boolean {
  return fractionPart.length === 3 && integerPart.length <= 3 && !integerPart.startsWith("0");
}

/**
 * 87.6 → "87,6", 1234 → "1.234", 1234.5 → "1.234,5". Rounds half away from zero to `decimals` places
 * (default 2) and trims trailing zeros, so 66.670 → "66,67" and 100.0 → "100".
 */
export function formatVietnameseNumber(n: number, opts: { decimals?: number } = {}): string {
  // Beyond 1e21 toFixed switches to exponent notation; such figures never occur in these reports.
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const decimals = opts.decimals ?? 2;
  const rounded = shiftDecimalPoint(Math.round(shiftDecimalPoint(Math.abs(n), decimals)), -decimals);
  const [integerPart, fractionPart = ""] = rounded.toFixed(decimals).split(".");
  const grouped = integerPart.replace(/\B(?=(\d{3})+$)/g, ".");
  const fraction = fractionPart.replace(/0+$/, "");
  const sign = n < 0 && rounded !== 0 ? "-" : "";
  return `${sign}${grouped}${fraction === "" ? "" : `,${fraction}`}`;
}

/** 67.1 as a percent → "67,1%", 1234 → "1.234": a figure as messages and the report print it. */
export function figureText(n: number, percent = false): string {
  return `${formatVietnameseNumber(n)}${percent ? "%" : ""}`;
}

/** Multiplies by 10^places through the decimal exponent, so 0.07 → 7 exactly (0.07 * 100 is 7.000000000000001). */
export function shiftDecimalPoint(n: number, places: number): number {
  const [mantissa, exponent = "0"] = String(n).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
