/** Which units carry which deliberate slip: a few each, never a unit that speaks for the province in the report. */
import type { Unit } from "../domain/catalog/types";
import type { Random } from "./random";
import type { SampleQuirk } from "./samplePlan";

/** Quirks that take a unit of their own, and how many sở and xã get each. */
const OWN_UNIT_QUIRKS: [SampleQuirk, number, number][] = [
  ["missing", 3, 5],
  ["wrong_period", 0, 1],
  ["edited_fixed_text", 0, 1],
  ["resubmission", 0, 1],
  ["percent_over_100", 1, 1],
  ["numerator_over_denominator", 1, 1],
  ["error_value", 0, 2],
  ["unknown_status", 1, 1],
  ["estimate", 0, 2],
  ["reason_instead_of_number", 0, 2],
  ["status_variant", 1, 2],
  ["overdue", 1, 2],
];

/** Lateness comes on top of another quirk, but only for a unit whose one file is a form of this period. */
const LATE_COUNTS = { so: 2, xa: 3 };
const NOT_LATE: SampleQuirk[] = ["missing", "wrong_period", "resubmission"];

export function assignQuirks(units: Unit[], spokespeople: Set<string>, random: Random): Map<string, SampleQuirk[]> {
  const assigned = new Map<string, SampleQuirk[]>(units.map((unit) => [unit.id, []]));
  for (const group of ["so", "xa"] as const) {
    const pool = random.shuffle(units.filter((unit) => unit.group === group && !spokespeople.has(unit.id)));
    let next = 0;
    for (const [quirk, so, xa] of OWN_UNIT_QUIRKS) {
      for (const unit of pool.slice(next, next + (group === "so" ? so : xa))) assigned.get(unit.id)?.push(quirk);
      next += group === "so" ? so : xa;
    }
    const mayBeLate = units.filter(
      (unit) => unit.group === group && !assigned.get(unit.id)?.some((quirk) => NOT_LATE.includes(quirk)),
    );
    for (const unit of random.shuffle(mayBeLate).slice(0, LATE_COUNTS[group])) assigned.get(unit.id)?.push("late");
  }
  return assigned;
}
