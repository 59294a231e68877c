/** The house's boundaries are lint rules: a planted import across one must fail `npm run lint`. */
import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** [file it pretends to be, source]: each must be refused by no-restricted-imports. */
const REFUSED_IMPORTS: [string, string][] = [
  ["src/domain/catalog/planted.ts", 'import ExcelJS from "exceljs";'],
  ["src/domain/planted.ts", 'import { readFile } from "node:fs";'],
  ["src/domain/report/planted.ts", 'import { createSheet } from "../../workbook/model/buildSheet";'],
  ["src/domain/planted.ts", 'import { sampleFolder } from "../../tests/support/sampleFolder";'],
  ["src/workbook/summary/planted.ts", 'import { App } from "../../taskpane/shell/App";'],
  ["src/workbook/xlsx/planted.ts", 'import { planSamples } from "../../samples/planSamples";'],
  ["src/workbook/planted.ts", 'import { Button } from "@fluentui/react-components";'],
  ["src/cli/planted.ts", 'import { App } from "../taskpane/shell/App";'],
  ["src/samples/planted.ts", 'import { main } from "../cli/main";'],
  ["src/taskpane/actions/planted.ts", 'import { main } from "../../cli/main";'],
  ["src/taskpane/check/planted.ts", 'import { createExcelWriter } from "../office/excelWriter";'],
  ["src/taskpane/print/planted.ts", 'import { selectCell } from "../../workbook/excel/selectCell";'],
  ["src/domain/consolidation/planted.ts", 'import { taskSentences } from "../report/taskSentences";'],
  ["src/domain/consolidation/planted.ts", 'import { consolidateFiles } from "../run/consolidateFiles";'],
  ["src/domain/consolidation/planted.ts", 'import { main } from "../../cli/main";'],
  ["src/domain/texts/planted.ts", 'import { vietnameseDate } from "../language/vietnameseDate";'],
  ["src/domain/texts/planted.ts", 'import type { TaskStatus } from "../language/types";'],
  ["src/domain/texts/planted.ts", 'import type { UnitGroup } from "../catalog/types";'],
  ["src/domain/language/planted.ts", 'import type { Unit } from "../catalog/types";'],
  ["src/domain/validation/planted.ts", 'import type { ReceiptCorrections } from "../receipts/types";'],
  ["src/domain/report/planted.ts", 'import { consolidateWithHistory } from "../history/consolidateWithHistory";'],
  ["src/domain/history/planted.ts", 'import { consolidateFiles } from "../run/consolidateFiles";'],
  // The folder's own rule keeps domain's: texts still may not import a package.
  ["src/domain/texts/planted.ts", 'import ExcelJS from "exceljs";'],
];

/** Each must be refused by no-restricted-globals. */
const REFUSED_GLOBALS: [string, string][] = [
  ["src/domain/planted.ts", "export const run = () => Excel.run(async () => undefined);"],
  ["src/workbook/summary/planted.ts", "export const url = () => Office.context.document.url;"],
  ["src/taskpane/actions/planted.ts", "export const run = () => Excel.run(async () => undefined);"],
];

/** Each must pass the boundaries: the rules refuse crossings, not ordinary imports. */
const ALLOWED: [string, string][] = [
  ["src/domain/report/planted.ts", 'import { vietnameseDate } from "../language/vietnameseDate";'],
  ["src/domain/texts/planted.ts", 'import { cliTexts } from "./cli";'],
  ["src/domain/language/planted.ts", 'import { valueTexts } from "../texts/values";'],
  ["src/domain/report/planted.ts", 'import { consolidate } from "../consolidation/consolidate";'],
  ["src/domain/run/planted.ts", 'import { consolidateAndReport } from "../report/reportConsolidation";'],
  ["src/domain/history/planted.ts", 'import { reportConsolidation } from "../report/reportConsolidation";'],
  ["src/domain/receipts/planted.ts", 'import type { Finding } from "../validation/types";'],
  ["src/domain/texts/planted.ts", 'import { failure } from "../result";'],
  ["src/workbook/summary/planted.ts", 'import { consolidate } from "../../domain/consolidation/consolidate";'],
  ["src/cli/planted.ts", 'import { planSamples } from "../samples/planSamples";'],
  ["src/workbook/excel/planted.ts", "export const run = () => Excel.run(async () => undefined);"],
  ["src/taskpane/office/planted.ts", "export const url = () => Office.context.document.url;"],
];

/** One ESLint run over every planted source (jest cannot load the ESM config in-process). */
function lintPlanted(cases: [string, string][]): string[][] {
  const input = JSON.stringify(cases.map(([filePath, code]) => ({ filePath, code: `${code}\n` })));
  const output = execFileSync(process.execPath, [path.join(__dirname, "lintPlanted.mjs")], { cwd: ROOT, input });
  return JSON.parse(output.toString("utf8"));
}

describe("import boundaries", () => {
  const cases = [...REFUSED_IMPORTS, ...REFUSED_GLOBALS, ...ALLOWED];
  const key = (file: string, code: string) => `${file}\n${code}`;
  const reported = new Map<string, string[]>();
  beforeAll(() => {
    lintPlanted(cases).forEach((rules, i) => reported.set(key(...cases[i]), rules));
  });

  it.each(REFUSED_IMPORTS)("%s: %s is refused", (file, code) => {
    expect(reported.get(key(file, code))).toContain("no-restricted-imports");
  });

  it.each(REFUSED_GLOBALS)("%s: %s is refused", (file, code) => {
    expect(reported.get(key(file, code))).toContain("no-restricted-globals");
  });

  it.each(ALLOWED)("%s: %s passes the boundaries", (file, code) => {
    const boundaryRules = ["no-restricted-imports", "no-restricted-globals"];
    expect(reported.get(key(file, code))?.filter((rule) => boundaryRules.includes(rule))).toEqual([]);
  });
});
