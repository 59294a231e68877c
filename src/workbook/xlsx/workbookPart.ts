/**
 * The workbook part and its relationships → the worksheets in tab order, each with the zip entry holding it,
 * and the date system. Chart sheets and sheets whose part is missing are left out, as Excel's readers do.
 */
import { PART_READ, type Attributes, type XmlHandlers } from "./xmlEntry";

export interface WorkbookPart {
  sheets: { name: string; relationId: string }[];
  /** Day counts start on 1/1/1904 (old Mac Excel) instead of 30/12/1899. */
  date1904: boolean;
}

/** The attribute whose local name is `local` ("r:id" under whatever prefix the writer chose). */
function prefixedAttribute(attributes: Attributes, local: string): string | undefined {
  for (const [name, value] of Object.entries(attributes)) {
    if (name.endsWith(`:${local}`)) return value;
  }
  return undefined;
}

/** ECMA-376 booleans are "1" or "true". */
export function xmlTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

export function workbookHandlers(into: WorkbookPart): XmlHandlers {
  return {
    open(name, attributes) {
      if (name === "sheet") {
        const relationId = prefixedAttribute(attributes, "id");
        if (attributes.name !== undefined && relationId !== undefined) {
          into.sheets.push({ name: attributes.name, relationId });
        }
      } else if (name === "workbookPr") {
        into.date1904 = xmlTrue(attributes.date1904);
      }
    },
    close(name) {
      // Defined names, calculation settings and the rest follow the sheets.
      if (name === "sheets") throw PART_READ;
    },
    text: () => undefined,
  };
}

/** One relationship of the workbook part: its id, its type's last word ("worksheet", "styles") and its part. */
export interface Relationship {
  id: string;
  kind: string;
  part: string;
}

export function relationshipHandlers(into: Relationship[]): XmlHandlers {
  return {
    open(name, attributes) {
      const { Id: id, Target: target, Type: type, TargetMode: mode } = attributes;
      if (name !== "Relationship" || id === undefined || target === undefined || mode === "External") return;
      into.push({
        id,
        kind: (type ?? "").slice((type ?? "").lastIndexOf("/") + 1),
        part: resolvePartName("xl/", target),
      });
    },
    close: () => undefined,
    text: () => undefined,
  };
}

/** "worksheets/sheet1.xml" from "xl/" → "xl/worksheets/sheet1.xml"; "/xl/…" is from the package root. */
export function resolvePartName(base: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : base + target;
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}
