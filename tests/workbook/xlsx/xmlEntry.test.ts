import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { readCentralDirectory } from "../../../src/workbook/xlsx/inspectZipDirectory";
import { parseXmlEntry } from "../../../src/workbook/xlsx/xmlEntry";
import { zipParts } from "./handMadeXlsx";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** A shared strings part of `items` texts of about 80 letters, the kind a form's descriptions fill. */
function sharedStringsZip(items: number): Uint8Array {
  const texts = Array.from(
    { length: items },
    (_, i) => `<si><t>Đã triển khai nội dung ${i} theo kế hoạch của đơn vị, đạt tiến độ đề ra</t></si>`,
  );
  return zipParts({
    "xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="x" count="${items}">${texts.join("")}</sst>`,
  });
}

describe("parseXmlEntry", () => {
  it("gives each text as a string of its own: a text kept after the read keeps none of the part alive", () => {
    const bytes = sharedStringsZip(1_000);
    const directory = readCentralDirectory(bytes, 10);
    if (!directory.ok) throw new Error("directory");
    const [entry] = directory.value;
    const reads = 50;
    const kept: string[] = [];
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    for (let read = 0; read < reads; read++) {
      let first: string | undefined;
      const problem = parseXmlEntry(bytes, entry, {
        open: () => undefined,
        close: () => undefined,
        text: (text) => {
          first ??= text;
        },
      });
      expect(problem).toBeUndefined();
      kept.push(first!);
    }
    collectGarbage();
    const perRead = (process.memoryUsage().heapUsed - before) / reads;
    expect(kept[reads - 1]).toBe("Đã triển khai nội dung 0 theo kế hoạch của đơn vị, đạt tiến độ đề ra");
    // The part's text is about 100 kB (two bytes a letter); a slice of it would keep all of it per read.
    expect(perRead).toBeLessThan(10_000);
  });
});
