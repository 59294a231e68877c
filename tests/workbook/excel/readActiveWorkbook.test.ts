import {
  readActiveWorkbook,
  type DocumentFile,
  type DocumentFileSource,
} from "../../../src/workbook/excel/readActiveWorkbook";

/** Office.context.document as the Common API answers: the file in slices, then closed. */
function fakeDocument(slices: Array<number[] | Error>, opening?: Error) {
  const calls: string[] = [];
  const file: DocumentFile = {
    sliceCount: slices.length,
    getSliceAsync(index, callback) {
      calls.push(`slice ${index}`);
      const slice = slices[index];
      setTimeout(() =>
        slice instanceof Error
          ? callback({ status: "failed", value: { data: [] }, error: { message: slice.message } })
          : callback({ status: "succeeded", value: { data: slice } }),
      );
    },
    closeAsync() {
      calls.push("close");
    },
  };
  const document: DocumentFileSource = {
    getFileAsync(fileType, options, callback) {
      calls.push(`open ${String(fileType)} ${options.sliceSize}`);
      setTimeout(() =>
        opening
          ? callback({ status: "failed", value: file, error: { message: opening.message } })
          : callback({ status: "succeeded", value: file }),
      );
    },
  };
  return { document, calls };
}

describe("readActiveWorkbook", () => {
  it("asks for the compressed (.xlsx) file and joins its slices in order, then closes it", async () => {
    const { document, calls } = fakeDocument([[0x50, 0x4b, 3], [4, 5], [6]]);
    const bytes = await readActiveWorkbook(document, 3);
    expect([...bytes]).toEqual([0x50, 0x4b, 3, 4, 5, 6]);
    expect(calls).toEqual(["open compressed 3", "slice 0", "slice 1", "slice 2", "close"]);
  });

  it("takes 4 MB slices unless told otherwise, Office's largest", async () => {
    const { document, calls } = fakeDocument([[1]]);
    await readActiveWorkbook(document);
    expect(calls[0]).toBe(`open compressed ${4 * 1024 * 1024}`);
  });

  it("closes the file when a slice fails, so Office does not refuse the next try", async () => {
    const { document, calls } = fakeDocument([[1], new Error("slice lost")]);
    await expect(readActiveWorkbook(document)).rejects.toThrow("slice lost");
    expect(calls).toEqual([expect.stringMatching(/^open/), "slice 0", "slice 1", "close"]);
  });

  it("passes Office's error on when the file cannot be had at all", async () => {
    const { document, calls } = fakeDocument([], new Error("Internal Error"));
    await expect(readActiveWorkbook(document)).rejects.toThrow("Internal Error");
    expect(calls).not.toContain("close");
  });
});
