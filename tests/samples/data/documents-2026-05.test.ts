import documents from "../../../src/samples/data/documents-2026-05.json";
import { readSeeds } from "../../../scripts/extract-catalog";
import { extractDocuments } from "../../../scripts/extract-documents";

describe("May 2026 report's Phụ lục I as sample data", () => {
  it("is what the extraction gives today from seeds/003", () => {
    expect(documents).toEqual(extractDocuments(readSeeds().report));
  });

  it("holds the 22 documents, numbered 1–22, the page-broken row 14 joined", () => {
    expect(documents.map((document) => document.stt)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(documents[13]).toEqual({
      stt: 14,
      kind: "Quyết định",
      number: "1040/QĐ-UBND",
      date: "2026-04-28",
      summary: "ban hành Quy chế phối hợp triển khai nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo",
    });
    expect(documents[14]).toMatchObject({ number: "2902/UBND-KGVX", date: "2026-05-01" });
  });
});
