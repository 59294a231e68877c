/**
 * Whether a form is the unit's own for the period: its hidden identity against its fingerprint, and what its title
 * lines and cover show against its hidden identity. A form whose hidden unit id was changed to a neighbour's would
 * otherwise replace the neighbour's real report.
 */
import type { Unit } from "../catalog/types";
import { formContentFor, formFingerprint } from "../forms/formContent";
import { createUnitMatcher, type UnitMatcher } from "../language/matchUnit";
import { parsePeriod } from "../language/parsePeriod";
import { parsePeriodLabel } from "../language/parsePeriodLabel";
import { periodChoices } from "../language/periodChoices";
import type { Period } from "../language/types";
import type { ShownIdentity } from "../submission/types";
import type { FileRuleContext } from "./fileContext";

/** The unit or the period the fingerprint says the form was made for, when the hidden identity names another. */
export type MadeForBreach = { unit: Unit; madeFor: Unit } | { unit: Unit; period: string; madeForPeriod: Period };

/**
 * Only when the fingerprint disagrees with the identity under the catalog in use: the catalog's units for the same
 * period, then the plan year's periods for the same unit. A print that matches none is left to catalog_mismatch.
 */
export function madeForBreach({ submission, validation, unit, sent }: FileRuleContext): MadeForBreach | false {
  const { identity } = submission;
  if (!identity || !unit || !sent || identity.catalogYear !== validation.catalog.year) return false;
  if (identity.fingerprint === formFingerprint(sent, identity)) return false;
  const madeFor = validation.catalog.units.find(
    (other) =>
      formFingerprint(formContentFor(validation.catalog, other.id), { unitId: other.id, period: identity.period }) ===
      identity.fingerprint,
  );
  if (madeFor) return { unit, madeFor };
  const madeForPeriod = periodChoices(validation.catalog.year).find(
    (period) => formFingerprint(sent, { unitId: identity.unitId, period: period.code }) === identity.fingerprint,
  );
  return madeForPeriod ? { unit, period: identity.period, madeForPeriod } : false;
}

/** A title line or cover cell that names another unit or period than the hidden identity. */
export type ShownBreach = { shown: ShownIdentity; unit: Unit } & (
  { shownUnit: string } | { shownPeriod: string; period: Period }
);

const matchers = new WeakMap<Unit[], UnitMatcher<Unit>>();

function matcherOf(units: Unit[]): UnitMatcher<Unit> {
  let matcher = matchers.get(units);
  if (!matcher) {
    matcher = createUnitMatcher(units);
    matchers.set(units, matcher);
  }
  return matcher;
}

/** The first cell that disagrees, in the order the reader found them (cover, then each sheet's title line). */
export function shownBreach({ submission, validation, unit }: FileRuleContext): ShownBreach | false {
  const period = parsePeriod(submission.period);
  if (!unit || !period.ok) return false;
  const matchUnit = matcherOf(validation.catalog.units);
  for (const shown of submission.shownIdentity ?? []) {
    if (shown.unit !== undefined) {
      const named = matchUnit(shown.unit);
      if (!named.ok || named.value.id !== unit.id) return { shown, unit, shownUnit: shown.unit };
    }
    if (shown.period !== undefined && parsePeriodLabel(shown.period)?.code !== period.value.code) {
      return { shown, unit, shownPeriod: shown.period, period: period.value };
    }
  }
  return false;
}
