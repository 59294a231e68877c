import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ensureTaskpaneBuild } from "../support/taskpaneBuild";

const ROOT = resolve(__dirname, "../..");
const SOURCE = join(ROOT, "manifest.xml");
const PNG_SIGNATURE = "89504e470d0a1a0a";

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString("hex")).toBe(PNG_SIGNATURE);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function urlsIn(xml: string): string[] {
  return [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
}

describe("manifest.xml (checked offline: the online validator is unreachable from CI)", () => {
  const xml = readFileSync(SOURCE, "utf8");
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
  const app = doc.OfficeApp;

  it("is well-formed XML and office-addin-manifest reads it", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const info = execFileSync(join(ROOT, "node_modules/.bin/office-addin-manifest"), ["info", SOURCE], {
      encoding: "utf8",
    });
    expect(info).toContain("Name: Báo cáo CĐS");
    expect(info).toContain("Type: TaskPaneApp");
    expect(info).toContain("Hosts: Workbook");
    expect(info).toContain("Permissions: ReadWriteDocument");
  });

  it("is an Excel task-pane add-in in Vietnamese that asks only for ReadWriteDocument", () => {
    expect(app["xsi:type"]).toBe("TaskPaneApp");
    expect(app.DefaultLocale).toBe("vi-VN");
    expect(app.DisplayName.DefaultValue).toBe("Báo cáo CĐS");
    expect(app.Description.DefaultValue).toMatch(/tổng hợp báo cáo/);
    expect(app.Hosts.Host.Name).toBe("Workbook");
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  it("puts a button on the Home tab that opens the task pane", () => {
    const host = app.VersionOverrides.Hosts.Host;
    const tab = host.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab.id).toBe("TabHome");
    expect(tab.Group.Control["xsi:type"]).toBe("Button");
    expect(tab.Group.Control.Action["xsi:type"]).toBe("ShowTaskpane");
  });

  it("references icons of 16, 32, 64 and 80 px that exist in assets/", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual([size, size]);
    }
    for (const url of urlsIn(xml).filter((u) => u.endsWith(".png"))) {
      const file = url.replace("https://localhost:3000/", "");
      expect(() => readFileSync(join(ROOT, file))).not.toThrow();
    }
  });

  it("uses https everywhere, and the production build replaces the dev URL", async () => {
    expect(urlsIn(xml).every((u) => u.startsWith("https://localhost:3000/"))).toBe(true);
    const built = readFileSync(join(await ensureTaskpaneBuild(), "manifest.xml"), "utf8");
    expect(built).not.toContain("localhost");
    const urls = urlsIn(built);
    expect(urls.length).toBe(urlsIn(xml).length);
    expect(urls.every((u) => u.startsWith("https://"))).toBe(true);
  }, 240_000);
});
