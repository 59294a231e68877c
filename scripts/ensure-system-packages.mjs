/* Installs the Debian packages the tests drive (Chromium for the task pane, LibreOffice and poppler for
   print checks, fonts for the PDFs) when they are missing and we are root. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const NEEDED = [
  { pkg: "chromium", present: () => existsSync("/usr/bin/chromium") },
  { pkg: "libreoffice-calc", present: () => existsSync("/usr/bin/soffice") },
  { pkg: "fonts-liberation", present: () => existsSync("/usr/share/fonts/truetype/liberation") },
  { pkg: "poppler-utils", present: () => existsSync("/usr/bin/pdftotext") },
];

const missing = NEEDED.filter((n) => !n.present()).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

if (process.getuid?.() !== 0) {
  console.error(`Thiếu gói hệ thống: ${missing.join(", ")}. Cài bằng: sudo apt-get install -y ${missing.join(" ")}`);
  process.exit(1);
}
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
console.log(`Installing ${missing.join(", ")} with apt-get…`);
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], { stdio: "inherit", env });
