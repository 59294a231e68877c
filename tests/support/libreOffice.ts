/* LibreOffice, headless, as the tests' printer (`npm test` installs it first when it is missing). */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

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
