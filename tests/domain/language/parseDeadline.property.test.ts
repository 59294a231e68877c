import fc from "fast-check";
import { parseDeadline } from "../../../src/domain/language/parseDeadline";
import type { DeadlinePart, RecurrenceCycle } from "../../../src/domain/language/types";

/** What a generated fragment must parse to; dates computed with Date, independently of the parser. */
type Expected =
  | { kind: "due"; from?: string; to: string }
  | { kind: "recurring"; cycles: RecurrenceCycle[] }
  | { kind: "continuous"; from?: string; to?: string };

interface Fragment {
  text: string;
  expected: Expected;
}

const ROMAN = ["I", "II", "III", "IV"];

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function lastDay(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

const year = fc.integer({ min: 2020, max: 2035 });
const month = fc.integer({ min: 1, max: 12 });

const monthFragment: fc.Arbitrary<Fragment> = fc
  .record({ y: year, m: month, padded: fc.boolean(), words: fc.boolean() })
  .map(({ y, m, padded, words }) => {
    const written = padded ? String(m).padStart(2, "0") : String(m);
    return {
      text: words ? `Tháng ${written} năm ${y}` : `Tháng ${written}/${y}`,
      expected: { kind: "due", from: iso(y, m, 1), to: lastDay(y, m) },
    };
  });

const quarterFragment: fc.Arbitrary<Fragment> = fc
  .record({ y: year, q1: fc.integer({ min: 1, max: 4 }), span: fc.integer({ min: 0, max: 3 }), form: fc.nat(2) })
  .map(({ y, q1, span, form }) => {
    const q2 = Math.min(4, q1 + span);
    const single = q1 === q2;
    const texts = single
      ? [`Quý ${ROMAN[q1 - 1]}/${y}`, `Quý ${ROMAN[q1 - 1]} năm ${y}`, `trong quý ${ROMAN[q1 - 1]}/${y}`]
      : [
          `Quý ${ROMAN[q1 - 1]} - quý ${ROMAN[q2 - 1]}/${y}`,
          `Quý ${ROMAN[q1 - 1]}, ${ROMAN[q2 - 1]} năm ${y}`,
          `Quý ${ROMAN[q1 - 1]} và quý ${ROMAN[q2 - 1]}/${y}`,
        ];
    return { text: texts[form], expected: { kind: "due", from: iso(y, q1 * 3 - 2, 1), to: lastDay(y, q2 * 3) } };
  });

const dateFragment: fc.Arbitrary<Fragment> = fc
  .record({ y: year, m: month, d: fc.integer({ min: 1, max: 31 }), before: fc.nat(2) })
  .filter(({ y, m, d }) => d <= Number(lastDay(y, m).slice(8)))
  .map(({ y, m, d, before }) => ({
    text: `${["", "Trước ", "Trước ngày "][before]}${d}/${m}/${y}`,
    expected: { kind: "due", to: iso(y, m, d) },
  }));

const everyFragment: fc.Arbitrary<Fragment> = fc
  .record({
    prefix: fc.constantFrom("Hằng", "Hàng"),
    cycle: fc.constantFrom<[string, RecurrenceCycle]>(["tháng", "month"], ["quý", "quarter"], ["năm", "year"]),
  })
  .map(({ prefix, cycle: [word, cycle] }) => ({
    text: `${prefix} ${word}`,
    expected: { kind: "recurring", cycles: [cycle] },
  }));

const CYCLE_WORDS: [string, RecurrenceCycle][] = [
  ["Quý", "quarter"],
  ["6 tháng", "half_year"],
  ["năm", "year"],
  ["đột xuất", "ad_hoc"],
];

const cycleListFragment: fc.Arbitrary<Fragment> = fc.subarray(CYCLE_WORDS, { minLength: 2 }).map((words) => {
  const names = words.map(([word]) => word);
  return {
    text: `${names.slice(0, -1).join(", ")} và ${names[names.length - 1]}`,
    expected: { kind: "recurring", cycles: words.map(([, cycle]) => cycle) },
  };
});

const continuousFragment: fc.Arbitrary<Fragment> = fc.oneof(
  fc.constant<Fragment>({ text: "Thường xuyên", expected: { kind: "continuous" } }),
  fc.constant<Fragment>({ text: "Thường xuyên (khi có thay đổi)", expected: { kind: "continuous" } }),
  year.map<Fragment>((y) => ({
    text: `Năm ${y}`,
    expected: { kind: "continuous", from: iso(y, 1, 1), to: iso(y, 12, 31) },
  })),
  fc.tuple(year, fc.nat(10)).map<Fragment>(([y, length]) => ({
    text: `Giai đoạn ${y} - ${y + length}`,
    expected: { kind: "continuous", from: iso(y, 1, 1), to: iso(y + length, 12, 31) },
  })),
);

const fragment = fc.oneof(
  monthFragment,
  quarterFragment,
  dateFragment,
  everyFragment,
  cycleListFragment,
  continuousFragment,
);

type Layout = "dashes" | "numbered" | "named" | "lines" | "paragraphs";
const NAMES = ["Kế hoạch", "Báo cáo", "Triển khai"];

function layOut(texts: string[], layout: Layout): { text: string; labels: (string | undefined)[] } {
  if (layout === "numbered") {
    const labels = texts.map((_, i) => `(${i + 1})`);
    return { text: texts.map((text, i) => `${labels[i]} ${text}`).join(" "), labels };
  }
  if (layout === "named") {
    const labels = texts.map((_, i) => NAMES[i % NAMES.length]);
    return { text: texts.map((text, i) => `- ${labels[i]}: ${text}`).join(" "), labels };
  }
  const joined = {
    dashes: texts.map((text) => `- ${text}`).join(" "),
    lines: texts.join("\n"),
    paragraphs: texts.map((text) => `<p>${text}</p>`).join(" "),
  }[layout];
  return { text: joined, labels: texts.map(() => undefined) };
}

function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

const deadlineText = fc.record({
  fragments: fc.array(fragment, { minLength: 1, maxLength: 4 }),
  layout: fc.constantFrom<Layout>("dashes", "numbered", "named", "lines", "paragraphs"),
  writing: fc.constantFrom<(text: string) => string>(
    (text) => text,
    (text) => text.toUpperCase(),
    stripAccents,
  ),
});

function shapeOf(part: DeadlinePart): Expected {
  if (part.kind === "recurring") return { kind: "recurring", cycles: part.cycles };
  const { kind, from, to } = part;
  return JSON.parse(JSON.stringify({ kind, from, to })) as Expected;
}

describe("parseDeadline properties", () => {
  it("reads every text of the deadline grammar into its parts, however it is cased or accented", () => {
    fc.assert(
      fc.property(deadlineText, ({ fragments, layout, writing }) => {
        const { text, labels } = layOut(
          fragments.map((f) => f.text),
          layout,
        );
        const result = parseDeadline(writing(text));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.parts.map(shapeOf)).toEqual(fragments.map((f) => f.expected));
        expect(result.value.parts.map((part) => part.label === undefined)).toEqual(labels.map((l) => l === undefined));
        if (writing(text) === text) expect(result.value.parts.map((part) => part.label)).toEqual(labels);
      }),
      { numRuns: 2000 },
    );
  });

  const tokens = fc.constantFrom(
    "Quý",
    "quý",
    " I",
    "IV",
    "/",
    "2026",
    "13",
    "31/2",
    " - ",
    "-",
    "(1)",
    "(",
    ")",
    ":",
    "Kế hoạch",
    "Tháng",
    "năm",
    "và",
    ",",
    "Trước",
    "Hằng",
    "Thường xuyên",
    "<b>",
    "</p>",
    "\n",
    " ",
    "đột xuất",
    "Giai đoạn",
  );

  it("never throws, and either reads parts or says why not in Vietnamese", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 60 }),
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.array(tokens, { maxLength: 12 }).map((pieces) => pieces.join("")),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseDeadline(text);
        if (result.ok) {
          expect(result.value.raw).toBe(text);
          expect(result.value.parts.length).toBeGreaterThan(0);
          for (const part of result.value.parts) expect(part.text.trim()).not.toBe("");
        } else {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues)
            expect(issue.message).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵêệếềểễôộốồổỗơởờớợỡưừứựửữ]/);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
