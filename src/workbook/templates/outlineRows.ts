/** The rows a table prints around its items: a part row, a group row (I, II, …) and a parent row before sub-rows. */

interface OutlinedItem {
  id: string;
  group: string;
  groupTitle: string;
  parentId?: string;
  part?: string;
}

export type OutlineRow<T> =
  | { kind: "part"; part: string }
  | { kind: "group"; group: string; title: string }
  | { kind: "parent"; item: T }
  | { kind: "item"; item: T };

/**
 * `items` in catalog order; `all` is the whole catalog list, where parents (headings left out of a form) are
 * found. A sub-row brings its parent along unless the parent is among `items`, so "3.1" never prints without "3".
 */
export function outlineRows<T extends OutlinedItem>(items: T[], all: T[], withParts = true): OutlineRow<T>[] {
  const byId = new Map(all.map((item) => [item.id, item]));
  const rows: OutlineRow<T>[] = [];
  let part: string | undefined;
  let group: string | undefined;
  const parentsShown = new Set<string>();
  for (const item of items) {
    if (withParts && item.part !== undefined && item.part !== part) {
      part = item.part;
      group = undefined;
      rows.push({ kind: "part", part });
    }
    if (item.group !== group) {
      group = item.group;
      // A programme without groups (the tasks carried over from 2025) prints no empty group row.
      if (item.group !== "" || item.groupTitle !== "") rows.push({ kind: "group", group, title: item.groupTitle });
    }
    const parent = item.parentId === undefined ? undefined : byId.get(item.parentId);
    if (parent && !parentsShown.has(parent.id)) {
      parentsShown.add(parent.id);
      rows.push({ kind: "parent", item: parent });
    }
    parentsShown.add(item.id);
    rows.push({ kind: "item", item });
  }
  return rows;
}
