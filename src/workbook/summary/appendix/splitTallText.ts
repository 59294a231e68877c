/**
 * A text too tall for one row, cut into pieces that each fit: Excel caps a row at 409 pt and clips the rest on
 * paper, so the report continues such a cell in the rows below (as the May 2026 report's own tables do).
 */

/** Pieces of `text` in order, each one `fits` (a single word too long for a row is its own piece). */
export function splitTallText(text: string, fits: (piece: string) => boolean): string[] {
  if (fits(text)) return [text];
  const pieces: string[] = [];
  let current = "";
  const add = (part: string, separator: string) => {
    const joined = current === "" ? part : `${current}${separator}${part}`;
    if (current === "" || fits(joined)) {
      current = joined;
    } else {
      pieces.push(current);
      current = part;
    }
  };
  for (const paragraph of text.split("\n")) {
    if (fits(paragraph)) {
      add(paragraph, "\n");
      continue;
    }
    // A paragraph taller than a row goes word by word, starting on a fresh piece.
    if (current !== "") pieces.push(current);
    current = "";
    for (const word of paragraph.split(" ")) add(word, " ");
  }
  if (current !== "") pieces.push(current);
  return pieces;
}
