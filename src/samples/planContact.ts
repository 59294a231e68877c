/** Who filled the form: a plausible officer of the unit, and the code its documents carry. */
import type { Unit } from "../domain/catalog/types";
import type { Random } from "./random";
import type { ContactPlan } from "./samplePlan";
import { contactTexts } from "../domain/texts/samples";

export function planContact(unit: Unit, random: Random): ContactPlan {
  const name = [contactTexts.familyNames, contactTexts.middleNames, contactTexts.givenNames]
    .map((names) => random.pick(names))
    .join(" ");
  const positions = unit.group === "xa" ? contactTexts.xaPositions : contactTexts.soPositions;
  return {
    name: contactTexts.person(name, random.pick(positions)),
    phone: contactTexts.phone(random.int(0, 99), random.int(0, 999)),
    email: contactTexts.email(unit.id),
  };
}

/** "Sở Khoa học và Công nghệ" → "SKHCN" (the initials of a document number); a commune signs as "UBND". */
export function documentCode(unit: Unit): string {
  if (unit.group === "xa") return "UBND";
  return unit.name
    .split(/[\s,]+/)
    .filter((word) => word !== "" && word !== "và")
    .map((word) => word[0].toUpperCase())
    .join("");
}
