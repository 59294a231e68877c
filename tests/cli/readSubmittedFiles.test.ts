import { readerCount } from "../../src/cli/readFilesInParallel";
import { readersFor } from "../../src/cli/readSubmittedFiles";

describe("readersFor", () => {
  it("takes BAOCAO_CDS_READERS when it is a whole number from 1", () => {
    expect(readersFor(90, { BAOCAO_CDS_READERS: "3" })).toBe(3);
    expect(readersFor(5000, { BAOCAO_CDS_READERS: "1" })).toBe(1);
  });

  it("otherwise reads one thread per core when there are many files", () => {
    for (const value of [undefined, "", "0", "-2", "1.5", "hai"]) {
      expect(readersFor(3321, { BAOCAO_CDS_READERS: value })).toBe(readerCount(3321));
    }
    expect(readersFor(90, {})).toBe(1);
  });
});
