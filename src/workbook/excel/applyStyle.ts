/** Puts a model style on an Office.js range (one rectangle of cells that share it). */
import type { BorderEdge, Borders, CellStyle, HorizontalAlignment, VerticalAlignment } from "../model/types";

const HORIZONTAL: Record<HorizontalAlignment, Excel.HorizontalAlignment | "Left" | "Center" | "Right" | "Justify"> = {
  left: "Left",
  center: "Center",
  right: "Right",
  justify: "Justify",
};

const VERTICAL: Record<VerticalAlignment, "Top" | "Center" | "Bottom"> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};

type OfficeLine = { style: "Continuous" | "Dash" | "Dot" | "Double"; weight: "Thin" | "Medium" | "Thick" };

const LINES: Record<BorderEdge["line"], OfficeLine> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  thick: { style: "Continuous", weight: "Thick" },
  dashed: { style: "Dash", weight: "Thin" },
  dotted: { style: "Dot", weight: "Thin" },
  double: { style: "Double", weight: "Thick" },
};

type BorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

export interface BlockShape {
  rows: number;
  columns: number;
}

/**
 * Each cell of the block carries the style, so a cell's bottom (or top) edge is also the line
 * between rows; inside lines exist only in blocks more than one cell deep or wide.
 */
function borderEdges(borders: Borders, shape: BlockShape): [BorderIndex, BorderEdge][] {
  const edges: [BorderIndex, BorderEdge | undefined][] = [
    ["EdgeTop", borders.top],
    ["EdgeBottom", borders.bottom],
    ["EdgeLeft", borders.left],
    ["EdgeRight", borders.right],
    ["InsideHorizontal", shape.rows > 1 ? (borders.bottom ?? borders.top) : undefined],
    ["InsideVertical", shape.columns > 1 ? (borders.right ?? borders.left) : undefined],
  ];
  return edges.filter((edge): edge is [BorderIndex, BorderEdge] => edge[1] !== undefined);
}

export function applyStyle(range: Excel.Range, style: CellStyle, shape: BlockShape, canLock: boolean): void {
  const { format } = range;
  if (style.font) {
    const { name, size, bold, italic, underline, color } = style.font;
    if (name !== undefined) format.font.name = name;
    if (size !== undefined) format.font.size = size;
    if (bold !== undefined) format.font.bold = bold;
    if (italic !== undefined) format.font.italic = italic;
    if (underline !== undefined) format.font.underline = underline ? "Single" : "None";
    if (color !== undefined) format.font.color = `#${color}`;
  }
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  for (const [index, edge] of style.borders ? borderEdges(style.borders, shape) : []) {
    const border = format.borders.getItem(index);
    border.style = LINES[edge.line].style;
    border.weight = LINES[edge.line].weight;
    if (edge.color) border.color = `#${edge.color}`;
  }
  if (style.locked !== undefined && canLock) format.protection.locked = style.locked;
}
