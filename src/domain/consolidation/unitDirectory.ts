/** The units in the order the register lists them, with look-ups by id. */
import type { Catalog, Unit, UnitGroup } from "../catalog/types";

export interface UnitDirectory {
  /** Sở, ban, ngành first, then xã, phường, then other units; catalog order within each group. */
  ordered: Unit[];
  /** The ids of `ordered`, in its order. */
  orderedIds: string[];
  byId: Map<string, Unit>;
}

const GROUP_RANK: Record<UnitGroup, number> = { so: 0, xa: 1, other: 2 };

export function unitDirectory(catalog: Catalog): UnitDirectory {
  const ordered = catalog.units
    .map((unit, index) => ({ unit, index }))
    .sort((a, b) => GROUP_RANK[a.unit.group] - GROUP_RANK[b.unit.group] || a.index - b.index)
    .map(({ unit }) => unit);
  return {
    ordered,
    orderedIds: ordered.map((unit) => unit.id),
    byId: new Map(ordered.map((unit) => [unit.id, unit])),
  };
}
