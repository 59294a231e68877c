import { partRowId, readPartRowId } from "../../../src/domain/forms/taskPartRows";

describe("task part rows", () => {
  it("names part (1) of NV.I.8 “NV.I.8#1” and reads it back", () => {
    expect(partRowId("NV.I.8", 0)).toBe("NV.I.8#1");
    expect(readPartRowId("NV.I.8#2")).toEqual({ taskId: "NV.I.8", index: 1 });
    expect(readPartRowId(partRowId("NV.IV.3.1", 4))).toEqual({ taskId: "NV.IV.3.1", index: 4 });
  });

  it("takes a task's own Mã, and a part 0 or without a number, for no part row", () => {
    for (const id of ["NV.I.8", "NV.I.8#", "NV.I.8#0", "#1", "NV.I.8#x"]) expect(readPartRowId(id)).toBeUndefined();
  });
});
