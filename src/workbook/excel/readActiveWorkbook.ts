/**
 * The open workbook's bytes (.xlsx) through the Common API: Document.getFileAsync in slices, then the
 * file closed, whatever happened, since Office keeps at most two such files open and refuses a third.
 */

/** The slice of Office.AsyncResult these calls use. */
interface AsyncResult<T> {
  status: "succeeded" | "failed" | Office.AsyncResultStatus;
  value: T;
  error?: { message: string };
}

export interface DocumentFileSlice {
  data: ArrayLike<number> | ArrayBuffer;
}

export interface DocumentFile {
  sliceCount: number;
  getSliceAsync(index: number, callback: (result: AsyncResult<DocumentFileSlice>) => void): void;
  closeAsync(callback?: (result: AsyncResult<void>) => void): void;
}

/** The slice of Office.Document this adapter needs, so tests can hand in their own. */
export interface DocumentFileSource {
  getFileAsync(
    fileType: Office.FileType,
    options: { sliceSize: number },
    callback: (result: AsyncResult<DocumentFile>) => void,
  ): void;
}

/** Office's largest slice (4 MB): the fewest round trips. */
export const MAX_SLICE_BYTES = 4 * 1024 * 1024;

// The enum's value, written out: Office.FileType exists only once office.js has loaded.
const COMPRESSED = "compressed" as unknown as Office.FileType;

function settle<T>(start: (callback: (result: AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) =>
      String(result.status) === "succeeded"
        ? resolve(result.value)
        : reject(new Error(result.error?.message ?? "getFileAsync failed")),
    ),
  );
}

function concat(slices: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(slices.reduce((sum, slice) => sum + slice.length, 0));
  let offset = 0;
  for (const slice of slices) {
    bytes.set(slice, offset);
    offset += slice.length;
  }
  return bytes;
}

export async function readActiveWorkbook(
  document: DocumentFileSource,
  sliceSize: number = MAX_SLICE_BYTES,
): Promise<Uint8Array> {
  const file = await settle<DocumentFile>((done) => document.getFileAsync(COMPRESSED, { sliceSize }, done));
  try {
    const slices: Uint8Array[] = [];
    for (let index = 0; index < file.sliceCount; index++) {
      const slice = await settle<DocumentFileSlice>((done) => file.getSliceAsync(index, done));
      slices.push(new Uint8Array(slice.data as ArrayLike<number>));
    }
    return concat(slices);
  } finally {
    file.closeAsync();
  }
}
