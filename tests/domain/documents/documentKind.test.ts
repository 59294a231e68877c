import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { documentKind } from "../../../src/domain/documents/documentKind";
import { documentTexts } from "../../../src/domain/texts/report";

/** Every line of the May 2026 report's Phụ lục I, read straight from the seed: "<Loại> số <số/ký hiệu> ngày …". */
function appendixOneLines(): { kind: string; number: string }[] {
  const dir = join(__dirname, "../../../seeds");
  const report = readFileSync(
    join(
      dir,
      readdirSync(dir).find((name) => name.startsWith("003_"))!,
    ),
    "utf8",
  );
  const start = report.indexOf("STT\tVĂN BẢN");
  const body = report.slice(start, report.indexOf("\nPhụ lục II", start));
  return [...body.matchAll(/^\d+\t(.+?) số (\S+) ngày /gm)].map(([, kind, number]) => ({ kind, number }));
}

describe("documentKind", () => {
  const lines = appendixOneLines();

  it("finds the 22 documents of the May 2026 report's Phụ lục I", () => {
    expect(lines).toHaveLength(22);
  });

  it.each(appendixOneLines().map((line) => [line.number, line.kind]))(
    "names %s a %s, as the report prints it",
    (number, kind) => {
      expect(documentTexts.kinds[documentKind(number)]).toBe(kind);
    },
  );

  it("reads the kind from the symbol's first letters, and a công văn from an issuer's symbol", () => {
    expect(documentKind("83/KH-UBND")).toBe("ke_hoach");
    expect(documentKind("225/TB-UBND")).toBe("thong_bao");
    expect(documentKind("283/TTr-UBND")).toBe("to_trinh");
    expect(documentKind("1055/qd-ubnd")).toBe("quyet_dinh");
    expect(documentKind("12/BC-UBND")).toBe("bao_cao");
    expect(documentKind("142/2026/NĐ-CP")).toBe("nghi_dinh");
    expect(documentKind("57-NQ/TW")).toBe("nghi_quyet");
    expect(documentKind("2433/UBND-KGVX")).toBe("cong_van");
    expect(documentKind("2429/BKHCHN-KTXHS")).toBe("cong_van");
    expect(documentKind("15/SKHCN-CĐS")).toBe("cong_van");
  });
});
