import type { Unit } from "../catalog/types";
import { unitTexts } from "../texts/units";
import { failure, success, type ParseResult } from "../result";
import { normalizeName, type NameKeys } from "./normalizeName";

/** Finds the unit a free-text name refers to; built once by createUnitMatcher, then called for every name. */
export type UnitMatcher = (text: string) => ParseResult<Unit>;

/** "UBND xã Mường Sại", "Xã Mường Sại" and "Mường Sại" name the same unit: the title words carry no identity. */
const STRICT_TITLE = /^(ubnd )?(xã |phường )?/;
const LOOSE_TITLE = /^(ubnd )?(xa |phuong )?/;

function unitKeys(text: string): NameKeys {
  const { strict, loose } = normalizeName(text);
  return { strict: strict.replace(STRICT_TITLE, ""), loose: loose.replace(LOOSE_TITLE, "") };
}

function addToIndex(index: Map<string, Unit[]>, key: string, unit: Unit): void {
  const listed = index.get(key) ?? [];
  if (!listed.includes(unit)) index.set(key, [...listed, unit]);
}

/**
 * Builds the lookup once for the whole register. A name resolves by its strict key (diacritics kept) first;
 * only when that finds nothing does it fall back to the loose key (no diacritics), and then only if exactly
 * one unit shares that key — a loose collision is reported as ambiguous, never guessed.
 */
export function createUnitMatcher(units: Unit[]): UnitMatcher {
  const strictIndex = new Map<string, Unit[]>();
  const looseIndex = new Map<string, Unit[]>();
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
export function matchUnit(text: string, units: Unit[]): ParseResult<Unit> {
  return createUnitMatcher(units)(text);
}
