import { unitTexts } from "../texts/units";
import { failure, success, type ParseResult } from "../result";
import { normalizeName, type NameKeys } from "./normalizeName";

/** What a unit is known by: its name and the other ways units write it (the catalog's Unit is one). */
export interface NamedUnit {
  name: string;
  variants: string[];
}

/** Finds the unit a free-text name refers to; built once by createUnitMatcher, then called for every name. */
export type UnitMatcher<U extends NamedUnit> = (text: string) => ParseResult<U>;

/** "UBND xã Mường Sại", "Xã Mường Sại" and "Mường Sại" name the same unit: the title words carry no identity. */
const STRICT_TITLE = /^(ubnd )?(xã |phường )?/;
const LOOSE_TITLE = /^(ubnd )?(xa |phuong )?/;

function unitKeys(text: string): NameKeys {
  const { strict, loose } = normalizeName(text);
  return { strict: strict.replace(STRICT_TITLE, ""), loose: loose.replace(LOOSE_TITLE, "") };
}

function addToIndex<U>(index: Map<string, U[]>, key: string, unit: U): void {
  const listed = index.get(key) ?? [];
  if (!listed.includes(unit)) index.set(key, [...listed, unit]);
}

/**
 * Builds the lookup once for the whole register. A name resolves by its strict key (diacritics kept) first;
 * only when that finds nothing does it fall back to the loose key (no diacritics), and then only if exactly
 * one unit shares that key — a loose collision is reported as ambiguous, never guessed.
 */
export function createUnitMatcher<U extends NamedUnit>(units: U[]): UnitMatcher<U> {
  const strictIndex = new Map<string, U[]>();
  const looseIndex = new Map<string, U[]>();
  for (const unit of units) {
    for (const name of [unit.name, ...unit.variants]) {
      const keys = unitKeys(name);
      addToIndex(strictIndex, keys.strict, unit);
      addToIndex(looseIndex, keys.loose, unit);
    }
  }

  return (text: string) => {
    const keys = unitKeys(text);
    if (keys.strict === "") return failure("unknown_unit", unitTexts.emptyUnitName);
    const candidates = strictIndex.get(keys.strict) ?? looseIndex.get(keys.loose) ?? [];
    if (candidates.length === 1) return success(candidates[0]);
    const quoted = text.trim();
    if (candidates.length === 0) return failure("unknown_unit", unitTexts.unknownUnit(quoted));
    return failure(
      "ambiguous_unit",
      unitTexts.ambiguousUnit(
        quoted,
        candidates.map((unit) => unit.name),
      ),
    );
  };
}

/** One-off lookup; for many names build the matcher once with createUnitMatcher. */
export function matchUnit<U extends NamedUnit>(text: string, units: U[]): ParseResult<U> {
  return createUnitMatcher(units)(text);
}
