/**
 * CRC-32 (IEEE 802.3, the zip format's checksum), computed as the bytes arrive: fflate checks none on
 * inflating and does not export its own, and Node's zlib.crc32 does not exist in the browser.
 */

const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** A running CRC-32: `update` with each chunk, then `value` (unsigned, as a zip header stores it). */
export class Crc32 {
  private crc = -1;

  update(bytes: Uint8Array): void {
    let crc = this.crc;
    for (let i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    this.crc = crc;
  }

  get value(): number {
    return (this.crc ^ -1) >>> 0;
  }
}
