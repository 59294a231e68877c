import { detectCapabilities } from "../../../src/workbook/excel/hostCapabilities";

/** Requirement sets as a host reports them: ExcelApi 1.1 up to 1.`newest`, nothing else. */
function upTo(newest: number) {
  const asked: string[] = [];
  return {
    asked,
    isSetSupported(name: string, version = "1.1") {
      asked.push(`${name} ${version}`);
      return name === "ExcelApi" && Number(version.split(".")[1]) <= newest;
    },
  };
}

describe("detectCapabilities", () => {
  it("Office 2016 (ExcelApi 1.1): values and fonts only", () => {
    const caps = detectCapabilities(upTo(1));
    expect(caps.excelApi).toBe("1.1");
    expect(Object.values(caps.features).every((available) => !available)).toBe(true);
  });

  it("Office 2019 (up to 1.7): protection, conditional formats and freeze panes, no validation or page layout", () => {
    const caps = detectCapabilities(upTo(7));
    expect(caps.excelApi).toBe("1.7");
    expect(caps.features).toEqual({
      formatting: true,
      protection: true,
      sheetVisibility: true,
      definedNames: true,
      conditionalFormats: true,
      freezePanes: true,
      hyperlinks: true,
      dataValidation: false,
      pageLayout: false,
      insertWorksheetsFromBase64: false,
      readSheets: true,
    });
  });

  it("Office 2016 (up to 1.3) cannot read a sheet's used range, so the form sheets are out of reach", () => {
    expect(detectCapabilities(upTo(3)).features.readSheets).toBe(false);
    expect(detectCapabilities(upTo(4)).features.readSheets).toBe(true);
  });

  it("ExcelApi 1.8 brings data validation, 1.9 page layout, 1.13 insertWorksheetsFromBase64", () => {
    expect(detectCapabilities(upTo(8)).features).toMatchObject({ dataValidation: true, pageLayout: false });
    expect(detectCapabilities(upTo(9)).features).toMatchObject({ pageLayout: true, insertWorksheetsFromBase64: false });
    const modern = detectCapabilities(upTo(14));
    expect(modern.excelApi).toBe("1.13");
    expect(Object.values(modern.features).every(Boolean)).toBe(true);
  });

  it("asks for the ExcelApi set by name and version", () => {
    const host = upTo(13);
    detectCapabilities(host);
    expect(host.asked).toContain("ExcelApi 1.8");
    expect(host.asked).toContain("ExcelApi 1.9");
    expect(host.asked.every((question) => question.startsWith("ExcelApi 1."))).toBe(true);
  });

  it("a host without Excel's API at all reports 1.0", () => {
    expect(detectCapabilities({ isSetSupported: () => false }).excelApi).toBe("1.0");
  });
});
