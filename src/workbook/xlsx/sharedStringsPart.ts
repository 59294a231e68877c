/**
 * The shared strings part → its texts by index. A rich text's runs are joined; the phonetic guides (rPh) of
 * East Asian texts are not part of what the cell shows.
 */
import type { XmlHandlers } from "./xmlEntry";

/** "_x000D_" → "\r": how ECMA-376 escapes characters XML cannot hold. */
export function unescapeXmlString(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
    : text;
}

/**
 * The text of `<t>` elements inside each `item` element (si, is), outside rPh; `done` gets each item's text.
 * Shared with the worksheet reader, whose inline strings have the same shape.
 */
export class StringItemReader {
  private inItem = false;
  private phonetic = 0;
  private inText = false;
  private text = "";

  constructor(
    private readonly item: string,
    private readonly done: (text: string) => void,
  ) {}

  open(name: string): void {
    if (name === this.item) {
      this.inItem = true;
      this.text = "";
    } else if (name === "rPh") {
      this.phonetic++;
    } else if (name === "t" && this.inItem && this.phonetic === 0) {
      this.inText = true;
    }
  }

  close(name: string): void {
    if (name === this.item && this.inItem) {
      this.inItem = false;
      this.done(unescapeXmlString(this.text));
    } else if (name === "rPh") {
      this.phonetic--;
    } else if (name === "t") {
      this.inText = false;
    }
  }

  textIn(text: string): void {
    if (this.inText) this.text += text;
  }
}

export function sharedStringsHandlers(into: string[]): XmlHandlers {
  const reader = new StringItemReader("si", (text) => into.push(text));
  return {
    open: (name) => reader.open(name),
    close: (name) => reader.close(name),
    text: (text) => reader.textIn(text),
  };
}
