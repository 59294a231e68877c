/**
 * Serves the in-page Office stub (excelStub.ts, bundled once per run with esbuild, ExcelJS's browser build
 * inside) in place of the built pane's office/office.js, with the test's config, and reads its state back.
 */
import { build } from "esbuild";
import type ExcelJS from "exceljs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { sheetsOf } from "../../workbook/excel/fakeWorkbookReads";
import type { ExcelStubHandle, StubConfig, StubSeedSheet, StubSheetState, StubState } from "./stubTypes";

let bundle: Promise<string> | undefined;

export function officeStubBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [join(__dirname, "excelStub.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    write: false,
    logLevel: "silent",
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/** Before the page is opened: office/office.js is answered with the stub, which reads `config` on load. */
export async function installOfficeStub(page: Page, serverUrl: string, config: StubConfig): Promise<void> {
  const script = await officeStubBundle();
  await page.addInitScript((stubConfig) => {
    (window as unknown as { __excelStubConfig: StubConfig }).__excelStubConfig = stubConfig;
  }, config);
  await page.route(`${serverUrl}office/office.js`, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: script }),
  );
}

/** A workbook's sheets as the stub starts with them, cells as Office.js would load them. */
export function seedFrom(workbook: ExcelJS.Workbook): StubSeedSheet[] {
  return sheetsOf(workbook).map((sheet) => ({
    name: sheet.name,
    state: sheet.state,
    cells: [...sheet.cells.entries()],
  }));
}

type StubWindow = Window & { __excelStub: ExcelStubHandle };

export function stubState(page: Page): Promise<StubState> {
  return page.evaluate(() => (window as unknown as StubWindow).__excelStub.state());
}

export function stubSheet(page: Page, name: string): Promise<StubSheetState | undefined> {
  return page.evaluate((sheet) => (window as unknown as StubWindow).__excelStub.sheet(sheet), name);
}

/** The officer deletes a sheet by hand. */
export function deleteStubSheet(page: Page, name: string): Promise<void> {
  return page.evaluate((sheet) => (window as unknown as StubWindow).__excelStub.deleteSheet(sheet), name);
}
