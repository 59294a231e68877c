/**
 * Phụ lục I of the May 2026 report (seeds/003) → src/samples/data/documents-2026-05.json: each printed line split
 * into its kind word, số/ký hiệu, day and trích yếu, for the sample units to report. Run with `npx tsx`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readSeeds, REPO_ROOT } from "./extract-catalog";

export interface SeedDocument {
  stt: number;
  /** The kind word the line starts with ("Công văn", "Quyết định", …). */
  kind: string;
  number: string;
  /** ISO day. */
  date: string;
  summary: string;
}

export const DOCUMENTS_FILE = "src/samples/data/documents-2026-05.json";

const LINE = /^(\d+)\t(.+?) số (\S+) ngày (\d{1,2})\/(\d{1,2})\/(\d{4}) (.+)$/;

/** The rows of Phụ lục I; a line without STT continues the row above it (a page break split row 14). */
export function appendixOneLines(report: string): string[] {
  const start = report.indexOf("STT\tVĂN BẢN");
  const end = report.indexOf("\nPhụ lục II", start);
  const rows: string[] = [];
  for (const line of report.slice(start, end).split("\n").slice(1)) {
    if (line.trim() === "") continue;
    if (/^\d+\t/.test(line)) rows.push(line.trim());
    else rows[rows.length - 1] += ` ${line.trim()}`;
  }
  return rows;
}

export function extractDocuments(report: string): SeedDocument[] {
  return appendixOneLines(report).map((line) => {
    const match = LINE.exec(line);
    if (!match) throw new Error(`Unexpected line of Phụ lục I: ${line}`);
    const [, stt, kind, number, day, month, year, summary] = match;
    const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
    return { stt: Number(stt), kind, number, date, summary };
  });
}

function main(): void {
  const documents = extractDocuments(readSeeds().report);
  writeFileSync(join(REPO_ROOT, DOCUMENTS_FILE), `${JSON.stringify(documents, null, 2)}\n`, "utf8");
  console.log(`${documents.length} documents written.`);
}

if (require.main === module) main();
