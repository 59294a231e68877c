import { createUnitMatcher, type UnitMatcher } from "../language/matchUnit";
import { normalizeName } from "../language/normalizeName";
import type { Responsibility, Unit, UnitGroup } from "./types";

/** Turns a "Cơ quan chủ trì" / "Cơ quan phối hợp" cell into unit ids; built once per register. */
export type ResponsibilityResolver = (text: string) => Responsibility;

type Part = Responsibility["parts"][number];

/** Phrases that stand for a whole group of the register, compared by loose key. */
const GROUP_PHRASES: { phrase: string; groups: UnitGroup[] }[] = [
  { phrase: "Các sở, ban, ngành", groups: ["so"] },
  { phrase: "Sở, ban, ngành", groups: ["so"] },
  { phrase: "Các sở, ngành", groups: ["so"] },
  { phrase: "Các sở, ban, ngành tỉnh", groups: ["so"] },
  { phrase: "Các sở, ban, ngành của tỉnh", groups: ["so"] },
  { phrase: "UBND cấp xã", groups: ["xa"] },
  { phrase: "UBND cấp xã, phường", groups: ["xa"] },
  { phrase: "UBND các xã, phường", groups: ["xa"] },
  { phrase: "UBND xã, phường", groups: ["xa"] },
  { phrase: "Các xã, phường", groups: ["xa"] },
  // Each sở and xã runs its own steering committee, and reports through its own form.
  { phrase: "Ban Chỉ đạo các sở, ngành, xã, phường", groups: ["so", "xa"] },
];

/**
 * "Đơn vị có liên quan", "Các cơ quan, tổ chức, cá nhân trong tỉnh": generic agency words with a generic
 * qualifier name nobody in particular, so they resolve to no unit and are not reported as unresolved.
 */
const VAGUE_SUBJECTS = ["cơ quan", "đơn vị", "tổ chức", "cá nhân", "địa phương"];
const VAGUE_QUALIFIERS = [
  "có liên quan",
  "liên quan",
  "trong tỉnh",
  "trên địa bàn",
  "trên địa bàn tỉnh",
  "được giao quản lý, sử dụng kinh phí",
];

/** "Các sở: Xây dựng, Công thương" lists bare names after a heading that supplies the missing title. */
const LIST_HEADINGS: { heading: string; title: string }[] = [
  { heading: "Các sở", title: "Sở " },
  { heading: "Các xã, phường", title: "" },
  { heading: "Các xã", title: "" },
  { heading: "Các phường", title: "" },
  { heading: "UBND các xã, phường", title: "" },
  { heading: "UBND các xã", title: "" },
  { heading: "UBND các phường", title: "" },
];

/** The longest run of comma- or "và"-separated pieces tried as one name ("Sở Văn hóa, Thể thao và Du lịch"). */
const MAX_PIECES_PER_NAME = 8;

const NUMBERED_LABEL = /\(\d{1,2}\)/g;

const looseKey = (text: string): string => normalizeName(text).loose;
const alternation = (phrases: string[]): string => phrases.map(looseKey).join("|");

const VAGUE_PHRASE = new RegExp(
  `^(cac )?(${alternation(VAGUE_SUBJECTS)})( (${alternation(VAGUE_SUBJECTS)}))*( (${alternation(VAGUE_QUALIFIERS)}))?$`,
);

/** Cells carry HTML from the PDF/DOCX conversion; block tags separate items like line breaks do. */
function stripHtml(text: string): string {
  return text
    .replace(/<\/?(p|li|ul|ol|br|div)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** "(1) A (2) B" → [{label "(1)", text "A"}, {label "(2)", text "B"}]; text before the first label is a part without label. */
function splitNumberedParts(text: string): { label?: string; text: string }[] {
  const labels = [...text.matchAll(NUMBERED_LABEL)];
  if (labels.length === 0) return [{ text }];
  const lead = text.slice(0, labels[0].index);
  const numbered = labels.map((match, i) => ({
    label: match[0],
    text: text.slice(match.index + match[0].length, labels[i + 1]?.index ?? text.length),
  }));
  return /\p{L}/u.test(lead) ? [{ text: lead }, ...numbered] : numbered;
}

/** Items are separated by ";" and line breaks; bullets and trailing commas are layout, not content. */
function splitItems(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((item) =>
      item
        .replace(/\s+/g, " ")
        .replace(/^[\s\-–+•]+/, "")
        .replace(/[\s,.:]+$/, ""),
    )
    .filter((item) => item !== "");
}

/** "A, B và C" → pieces A | B | C; separators are kept so that any run of pieces rejoins as written. */
function splitPieces(text: string): { count: number; join: (from: number, to: number) => string } {
  const tokens = text.split(/(,|(?:^|\s+)và\s+)/);
  return {
    count: (tokens.length + 1) / 2,
    join: (from, to) =>
      tokens
        .slice(2 * from, 2 * to - 1)
        .join("")
        .replace(/^[,\s]+|[,\s]+$/g, ""),
  };
}

export function createResponsibilityResolver(units: Unit[]): ResponsibilityResolver {
  const match: UnitMatcher<Unit> = createUnitMatcher(units);
  const position = new Map(units.map((unit, i) => [unit.id, i]));
  const inRegisterOrder = (ids: Set<string>): string[] =>
    [...ids].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  const groupPhrases = new Map(
    GROUP_PHRASES.map(({ phrase, groups }) => [
      looseKey(phrase),
      units.filter((unit) => groups.includes(unit.group)).map((unit) => unit.id),
    ]),
  );
  const listTitles = new Map(LIST_HEADINGS.map(({ heading, title }) => [looseKey(heading), title]));

  /** Unit ids a run of text stands for, or undefined when it names nothing known. */
  function unitIdsOf(run: string, title: string): string[] | undefined {
    const key = looseKey(run);
    const group = groupPhrases.get(key);
    if (group) return group;
    if (VAGUE_PHRASE.test(key)) return [];
    for (const name of title === "" ? [run] : [title + run, run]) {
      const found = match(name);
      if (found.ok) return [found.value.id];
    }
    return undefined;
  }

  /** "Các sở: Xây dựng, Y tế" → title "Sở ", body "Xây dựng, Y tế"; an item without such a heading has no title. */
  function splitListHeading(item: string): { title: string; body: string } {
    const heading = /^([^:]+):(.+)$/.exec(item);
    const title = heading ? listTitles.get(looseKey(heading[1])) : undefined;
    return heading && title !== undefined ? { title, body: heading[2] } : { title: "", body: item };
  }

  /** Greedy, longest run first, so that names containing commas or "và" stay whole. */
  function resolveItem(item: string, ids: Set<string>, unresolved: string[]): void {
    const { title, body } = splitListHeading(item);
    const pieces = splitPieces(body);
    const longestNameAt = (from: number): { ids: string[]; end: number } | undefined => {
      for (let end = Math.min(pieces.count, from + MAX_PIECES_PER_NAME); end > from; end--) {
        const found = unitIdsOf(pieces.join(from, end), title);
        if (found) return { ids: found, end };
      }
      return undefined;
    };
    // Consecutive pieces that name nothing known are reported together, as one name ("… nhỏ và vừa").
    let unknownFrom: number | undefined;
    const reportUnknown = (to: number): void => {
      const text = unknownFrom === undefined ? "" : pieces.join(unknownFrom, to);
      if (text !== "") unresolved.push(text);
      unknownFrom = undefined;
    };
    let i = 0;
    while (i < pieces.count) {
      const found = longestNameAt(i);
      if (found) {
        reportUnknown(i);
        found.ids.forEach((id) => ids.add(id));
        i = found.end;
      } else {
        unknownFrom ??= i;
        i++;
      }
    }
    reportUnknown(pieces.count);
  }

  function resolvePart(part: { label?: string; text: string }): Part {
    const items = splitItems(part.text);
    const ids = new Set<string>();
    const unresolved: string[] = [];
    items.forEach((item) => resolveItem(item, ids, unresolved));
    const resolved: Part = { text: items.join("; "), unitIds: inRegisterOrder(ids), unresolved };
    return part.label === undefined ? resolved : { label: part.label, ...resolved };
  }

  return (raw: string) => {
    const parts = splitNumberedParts(stripHtml(raw.normalize("NFC")))
      .map(resolvePart)
      .filter((part) => part.label !== undefined || part.text !== "");
    const union = new Set(parts.flatMap((part) => part.unitIds));
    return { raw, parts, unitIds: inRegisterOrder(union) };
  };
}

/** One-off resolution; for a whole catalog build the resolver once with createResponsibilityResolver. */
export function resolveResponsibility(text: string, units: Unit[]): Responsibility {
  return createResponsibilityResolver(units)(text);
}
