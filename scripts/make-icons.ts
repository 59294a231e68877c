/* Draws the add-in's icon (a green report sheet with rising bars) at the sizes the manifest asks for.
   Run: npx tsx scripts/make-icons.ts — the PNGs are committed under assets/. */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
type Rgba = [number, number, number, number];
const GREEN: Rgba = [16, 124, 65, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function pixel(x: number, y: number, size: number): Rgba {
  const u = x / size;
  const v = y / size;
  const inSheet = u >= 0.08 && u <= 0.92 && v >= 0.08 && v <= 0.92;
  if (!inSheet) return CLEAR;
  const bars = [
    { from: 0.22, to: 0.36, top: 0.58 },
    { from: 0.43, to: 0.57, top: 0.42 },
    { from: 0.64, to: 0.78, top: 0.26 },
  ];
  const onBar = bars.some((b) => u >= b.from && u <= b.to && v >= b.top && v <= 0.8);
  return onBar ? WHITE : GREEN;
}

function png(size: number): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    for (let x = 0; x < size; x++) Buffer.from(pixel(x + 0.5, y + 0.5, size)).copy(raw, row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(`assets/icon-${size}.png`, png(size));
