/** What a file is by its first bytes ("magic numbers"), whatever its name says. */

export type Signature = "zip" | "ole" | "pdf" | "png" | "jpeg" | "gif";

const SIGNATURES: [Signature, number[]][] = [
  // A local file header; an empty archive starts with its end record instead.
  ["zip", [0x50, 0x4b, 0x03, 0x04]],
  ["zip", [0x50, 0x4b, 0x05, 0x06]],
  ["ole", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ["png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["jpeg", [0xff, 0xd8, 0xff]],
  ["gif", [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]],
  ["gif", [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
];

const PDF_MARKER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** Readers accept "%PDF-" anywhere in the first kilobyte (some generators put a line before it). */
const PDF_SEARCH_BYTES = 1024;

function startsWith(bytes: Uint8Array, prefix: number[], at = 0): boolean {
  return at + prefix.length <= bytes.length && prefix.every((byte, i) => bytes[at + i] === byte);
}

export function fileSignature(bytes: Uint8Array): Signature | undefined {
  const known = SIGNATURES.find(([, prefix]) => startsWith(bytes, prefix));
  if (known) return known[0];
  const pdfEnd = Math.min(bytes.length, PDF_SEARCH_BYTES);
  for (let at = 0; at < pdfEnd; at++) if (startsWith(bytes, PDF_MARKER, at)) return "pdf";
  return undefined;
}
