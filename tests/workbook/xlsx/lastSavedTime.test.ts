import { strToU8, unzipSync, zipSync } from "fflate";
import { fileReceipt, withFileReceipt } from "../../../src/workbook/xlsx/fileReceipt";
import { lastSavedTime } from "../../../src/workbook/xlsx/lastSavedTime";
import { withCoreXml, withSavedTime } from "../../support/coreProperties";
import { resaveWithLibreOffice, writtenForm } from "../templates/formTestSupport";

const CORE_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties ' +
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">';

describe("lastSavedTime", () => {
  let form: Uint8Array;
  beforeAll(async () => {
    form = await writtenForm("xa-muong-sai");
  });

  it("reads dcterms:modified of a form as the instant it names", () => {
    const saved = withSavedTime(form, "2026-05-09T01:27:00Z");
    expect(lastSavedTime(saved)).toBe("2026-05-09T01:27:00.000Z");
    expect(lastSavedTime(withSavedTime(form, "2026-05-09T08:27:00+07:00"))).toBe("2026-05-09T01:27:00.000Z");
  });

  it("says nothing for a workbook without core.xml, a time without zone, or bytes that are no zip", () => {
    expect(lastSavedTime(withSavedTime(form, undefined))).toBeUndefined();
    expect(lastSavedTime(withSavedTime(form, "2026-05-09T08:27:00"))).toBeUndefined();
    expect(lastSavedTime(withSavedTime(form, "hôm qua"))).toBeUndefined();
    expect(lastSavedTime(strToU8("Mã,Giá trị\nCDS.I.1,50%"))).toBeUndefined();
    expect(lastSavedTime(form.slice(0, 200))).toBeUndefined();
  });

  it("takes dcterms:modified, not dcterms:created, whatever their order, and ignores broken XML", () => {
    const xml =
      CORE_HEAD +
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-05-10T02:00:00Z</dcterms:modified>' +
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-04-01T00:00:00Z</dcterms:created></cp:coreProperties>';
    expect(lastSavedTime(withCoreXml(form, xml))).toBe("2026-05-10T02:00:00.000Z");
    expect(lastSavedTime(withCoreXml(form, `${CORE_HEAD}<dcterms:modified>2026-05-10T02:00:00Z`))).toBeUndefined();
  });

  it("does not inflate a core.xml larger than a core.xml can be", () => {
    // A real time, buried in 100 kB of padding a zip bomb could make far larger: refused unread.
    const padding = `<cp:keywords>${"x".repeat(100_000)}</cp:keywords>`;
    const xml = `${CORE_HEAD}<dcterms:modified>2026-05-10T02:00:00Z</dcterms:modified>${padding}</cp:coreProperties>`;
    expect(lastSavedTime(zipSync({ "docProps/core.xml": strToU8(xml) }))).toBeUndefined();
    const small = `${CORE_HEAD}<dcterms:modified>2026-05-10T02:00:00Z</dcterms:modified></cp:coreProperties>`;
    expect(lastSavedTime(zipSync({ "docProps/core.xml": strToU8(small) }))).toBe("2026-05-10T02:00:00.000Z");
  });

  it("reads the core.xml LibreOffice writes, which carries the document's save time through a conversion", () => {
    const resaved = resaveWithLibreOffice(withSavedTime(form, "2026-05-09T01:27:00Z"), "2026-05_xa-muong-sai.xlsx");
    expect(lastSavedTime(resaved)).toBe("2026-05-09T01:27:00.000Z");
    // LibreOffice's own part, not ours passed through: it adds the revision number.
    expect(new TextDecoder().decode(unzipSync(resaved)["docProps/core.xml"])).toContain("<cp:revision>");
  }, 120_000);
});

describe("fileReceipt", () => {
  it("prefers the workbook's save over the file's time, and says which it took", async () => {
    const form = withSavedTime(await writtenForm("so-yt"), "2026-05-08T02:00:00Z");
    const fileTime = new Date("2026-05-12T03:00:00Z");
    expect(fileReceipt(fileTime, form)).toEqual({ receivedAt: "2026-05-08T02:00:00.000Z", receiptSource: "workbook" });
    expect(fileReceipt(fileTime, withSavedTime(form, undefined))).toEqual({
      receivedAt: "2026-05-12T03:00:00.000Z",
      receiptSource: "file",
    });
    expect(fileReceipt(fileTime)).toEqual({ receivedAt: "2026-05-12T03:00:00.000Z", receiptSource: "file" });
  });
});

describe("withFileReceipt", () => {
  const finding = (file: string) => ({
    file,
    severity: "error" as const,
    code: "unreadable_file" as const,
    message: "x",
  });

  it("gives a unit's own workbook its save time, and a collector's workbook of several forms the file's time", async () => {
    const form = withSavedTime(await writtenForm("so-yt"), "2026-05-08T02:00:00Z");
    const fileTime = new Date("2026-05-12T03:00:00Z");
    const one = withFileReceipt([{ file: "a.xlsx", receivedAt: "", finding: finding("a.xlsx") }], fileTime, form);
    expect(one).toMatchObject([{ receivedAt: "2026-05-08T02:00:00.000Z", receiptSource: "workbook" }]);
    const two = withFileReceipt(
      [
        { file: "a.xlsx › 1", receivedAt: "", finding: finding("a.xlsx") },
        { file: "a.xlsx › 2", receivedAt: "", finding: finding("a.xlsx") },
      ],
      fileTime,
      form,
    );
    expect(two.map((read) => [read.receivedAt, read.receiptSource])).toEqual([
      ["2026-05-12T03:00:00.000Z", "file"],
      ["2026-05-12T03:00:00.000Z", "file"],
    ]);
  });
});
