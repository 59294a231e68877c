/* LibreOffice, headless, as the tests' printer (`npm test` installs it first when it is missing). */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { inflateSync } from "node:zlib";

/** `soffice --convert-to` with a private profile, so parallel test files do not share one; returns the output path. */
export function convertWithLibreOffice(input: string, format: "xlsx" | "pdf", outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, input],
    { stdio: "ignore", timeout: 120_000 },
  );
  return join(outDir, basename(input).replace(/\.xlsx$/, `.${format}`));
}

/** Width and height in points of every page of a PDF (A4 landscape is 842 × 595). */
export function pdfPageSizes(pdf: Buffer): [number, number][] {
  const boxes = pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g);
  return [...boxes].map(([, width, height]) => [Number(width), Number(height)]);
}

/** Every font size a PDF's text is set in (the `Tf` operators of its content streams), with how often each is used. */
export function pdfFontSizes(pdf: Buffer): Map<number, number> {
  const text = pdf.toString("latin1");
  const sizes = new Map<number, number>();
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, text.indexOf("endstream", start))).toString("latin1");
    } catch {
      continue; // not a compressed stream (an embedded font's header, an image)
    }
    for (const [, size] of content.matchAll(/\/F\d+\s+([\d.]+)\s+Tf/g)) {
      sizes.set(Number(size), (sizes.get(Number(size)) ?? 0) + 1);
    }
  }
  return sizes;
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
}

/** The words of each page with their boxes (points from the top left), as poppler's `pdftotext -bbox` reads them. */
export function pdfPageWords(pdfPath: string): PdfWord[][] {
  const html = execFileSync("pdftotext", ["-bbox", pdfPath, "-"], { maxBuffer: 512 * 1024 * 1024 }).toString("utf8");
  return html
    .split("<page ")
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
        ([, xMin, yMin, xMax, text]) => ({ text, xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax) }),
      ),
    );
}

/** The text of each page, in reading order (`pdftotext` splits pages with a form feed). */
export function pdfPageTexts(pdfPath: string): string[] {
  const text = execFileSync("pdftotext", [pdfPath, "-"], { maxBuffer: 512 * 1024 * 1024 }).toString("utf8");
  return text.split("\f").slice(0, -1);
}
