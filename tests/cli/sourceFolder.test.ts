import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sourceFolder } from "../../src/cli/sourceFolder";

const dir = mkdtempSync(join(tmpdir(), "source-folder-"));
const forms = join(dir, "Báo cáo tháng 5");
const other = join(dir, "khác");
mkdirSync(forms);
mkdirSync(other);
writeFileSync(join(forms, "2026-05_so-yt.xlsx"), "");
writeFileSync(join(other, "2026-05_xa-ta-xua.xlsx"), "");

describe("sourceFolder", () => {
  it("gives the forms' folder as the summary reaches it, with / between names", async () => {
    expect(await sourceFolder([forms], join(dir, "tong-hop", "tong-hop.xlsx"))).toBe("../Báo cáo tháng 5");
    expect(await sourceFolder([forms], join(dir, "tong-hop.xlsx"))).toBe("Báo cáo tháng 5");
    expect(await sourceFolder([forms], join(forms, "tong-hop.xlsx"))).toBe("");
  });

  it("accepts the folder together with files inside it", async () => {
    const inputs = [forms, join(forms, "2026-05_so-yt.xlsx")];
    expect(await sourceFolder(inputs, join(dir, "tong-hop.xlsx"))).toBe("Báo cáo tháng 5");
  });

  it("gives nothing when the files come from two folders", async () => {
    const inputs = [join(forms, "2026-05_so-yt.xlsx"), join(other, "2026-05_xa-ta-xua.xlsx")];
    expect(await sourceFolder(inputs, join(dir, "tong-hop.xlsx"))).toBeUndefined();
  });
});
