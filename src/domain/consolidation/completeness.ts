/** How many sở and xã, phường have reported, and who has not, from the register. */
import type { UnitGroup } from "../catalog/types";
import type { Completeness, GroupCompleteness, RegisterRow } from "./types";

/** Late still counts as received; a rejected file does not, so its unit is named among the missing. */
export function computeCompleteness(register: RegisterRow[]): Completeness {
  return { so: groupCompleteness(register, "so"), xa: groupCompleteness(register, "xa") };
}

function groupCompleteness(register: RegisterRow[], group: UnitGroup): GroupCompleteness {
  const rows = register.filter((row) => row.group === group);
  const received = rows.filter((row) => row.status === "received" || row.status === "late");
  return {
    received: received.length,
    total: rows.length,
    missing: rows.filter((row) => row.status === "missing" || row.status === "rejected").map((row) => row.name),
  };
}
