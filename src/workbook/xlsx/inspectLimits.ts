/** How big a submitted file may be, and how far it may expand, before the reader refuses to open it. */
const MB = 1024 * 1024;

export const INSPECT_LIMITS = {
  /** A filled form is under 1 MB; 20 MB leaves room for photos a unit pastes in. */
  fileBytes: 20 * MB,
  /** A form has about 20 zip entries; thousands only come from a crafted file. */
  zipEntries: 2000,
  /** Everything inside the zip, once inflated. */
  uncompressedBytes: 200 * MB,
  /** One worksheet's XML, once inflated. */
  sheetBytes: 50 * MB,
  /** Spreadsheet XML deflates 5–50 : 1; runs of one byte, which only a zip bomb holds, reach 1000 : 1. */
  compressionRatio: 200,
  /** Small entries may have any ratio: an empty sheet's XML compresses far better than a full one. */
  ratioCheckedFrom: 1 * MB,
} as const;
