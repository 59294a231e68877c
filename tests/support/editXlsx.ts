/**
 * Hand-edits of an .xlsx as a careless unit or a tamperer would make them in any editor: one cell's XML rewritten
 * inside the zip (fflate), the rest of the file byte for byte as our writer made it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export type CellEdit =
  /** A number as Excel stores it, e.g. "1E+308". */
  | { number: string }
  /** Text typed in the cell (an inline string, as some writers store it). */
  | { text: string }
  /** A day count in a cell formatted as a date (dd/mm/yyyy, numFmtId 14). */
  | { date: number };

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The zip path of the sheet the workbook names `sheetName`. */
function sheetPath(files: Record<string, Uint8Array>, sheetName: string): string {
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map(([tag]) => tag)
    .find((tag) => tag.includes(`name="${escapeXml(sheetName)}"`));
  const id = sheet && /r:id="([^"]+)"/.exec(sheet)?.[1];
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const target = id && new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(rels)?.[0];
  const path = target && /Target="([^"]+)"/.exec(target)?.[1];
  if (!path) throw new Error(`test setup: no sheet “${sheetName}”`);
  return path.startsWith("/") ? path.slice(1) : `xl/${path}`;
}

/** Adds a cell format showing a date (built-in numFmtId 14) and returns its index. */
function addDateStyle(files: Record<string, Uint8Array>): number {
  const styles = strFromU8(files["xl/styles.xml"]);
  const count = Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]);
  if (!Number.isInteger(count)) throw new Error("test setup: no cellXfs count");
  files["xl/styles.xml"] = strToU8(
    styles
      .replace(`<cellXfs count="${count}"`, `<cellXfs count="${count + 1}"`)
      .replace(
        "</cellXfs>",
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
      ),
  );
  return count;
}

/** The .xlsx with each cell (sheet name → A1 address → edit) rewritten; throws when a cell is not in the file. */
export function editCells(bytes: Uint8Array, edits: Record<string, Record<string, CellEdit>>): Uint8Array {
  const files = unzipSync(bytes);
  for (const [sheetName, cells] of Object.entries(edits)) {
    const path = sheetPath(files, sheetName);
    let xml = strFromU8(files[path]);
    for (const [address, edit] of Object.entries(cells)) {
      // Attributes hold no "/", so a self-closed <c …/> never swallows the next cell.
      const cell = new RegExp(`<c r="${address}"((?:\\s[^>/]*)?)(?:/>|>[\\s\\S]*?</c>)`);
      const found = cell.exec(xml);
      if (!found) throw new Error(`test setup: no cell ${address} on “${sheetName}”`);
      const keptStyle = /\ss="\d+"/.exec(found[1])?.[0] ?? "";
      const replacement =
        "number" in edit
          ? `<c r="${address}"${keptStyle}><v>${edit.number}</v></c>`
          : "text" in edit
            ? `<c r="${address}"${keptStyle} t="inlineStr"><is><t>${escapeXml(edit.text)}</t></is></c>`
            : `<c r="${address}" s="${addDateStyle(files)}"><v>${edit.date}</v></c>`;
      xml = xml.replace(cell, replacement);
    }
    files[path] = strToU8(xml);
  }
  return zipSync(files);
}
