import { consolidate } from "../../../src/domain/consolidation/consolidate";
import type { FileOutcome, TaskOutcome } from "../../../src/domain/consolidation/types";
import { catalog, period, taskEntry, unitFile } from "./fixtures";

function withRemarks(taskId: string, difficulty?: string, proposal?: string, row = 8): TaskOutcome {
  return {
    ...taskEntry(taskId, "in_progress"),
    ...(difficulty === undefined
      ? {}
      : { difficulties: { text: difficulty, cell: { sheet: "Nhiệm vụ", cell: `J${row}` } } }),
    ...(proposal === undefined ? {} : { proposals: { text: proposal, cell: { sheet: "Nhiệm vụ", cell: `K${row}` } } }),
  };
}

function digest(files: FileOutcome[]) {
  return consolidate({ catalog, period: period("2026-05"), asOf: "2026-05-14", files }).difficulties;
}

describe("consolidateDifficulties", () => {
  it("lists tasks in catalog order, then units in register order, each text with its file and cell", () => {
    const files = [
      unitFile("xa-muong-sai", { tasks: [withRemarks("NV.I.2", "Thiếu máy tính.", undefined, 9)] }),
      unitFile("so-yt", {
        tasks: [
          withRemarks("NV.I.2", undefined, "Đề nghị tập huấn.", 9),
          withRemarks("NV.I.1", "Thiếu nhân lực.", "Bổ sung biên chế."),
        ],
      }),
    ];
    expect(digest(files)).toEqual([
      {
        taskId: "NV.I.1",
        units: [
          {
            unitId: "so-yt",
            difficulty: {
              unitId: "so-yt",
              file: "so-yt.xlsx",
              cell: { sheet: "Nhiệm vụ", cell: "J8" },
              text: "Thiếu nhân lực.",
            },
            proposal: {
              unitId: "so-yt",
              file: "so-yt.xlsx",
              cell: { sheet: "Nhiệm vụ", cell: "K8" },
              text: "Bổ sung biên chế.",
            },
          },
        ],
      },
      {
        taskId: "NV.I.2",
        units: [
          {
            unitId: "so-yt",
            proposal: {
              unitId: "so-yt",
              file: "so-yt.xlsx",
              cell: { sheet: "Nhiệm vụ", cell: "K9" },
              text: "Đề nghị tập huấn.",
            },
          },
          {
            unitId: "xa-muong-sai",
            difficulty: {
              unitId: "xa-muong-sai",
              file: "xa-muong-sai.xlsx",
              cell: { sheet: "Nhiệm vụ", cell: "J9" },
              text: "Thiếu máy tính.",
            },
          },
        ],
      },
    ]);
  });

  it("leaves out remarks that say there is none, and a unit or task left with nothing", () => {
    const files = [
      unitFile("so-yt", {
        tasks: [
          withRemarks("NV.I.1", "Không", "Không có đề xuất, kiến nghị."),
          withRemarks("NV.I.2", "-", "Cần thêm kinh phí."),
        ],
      }),
      unitFile("so-tc", { tasks: [withRemarks("NV.I.2", "không có khó khăn", "…")] }),
    ];
    const result = digest(files);
    expect(result.map((task) => task.taskId)).toEqual(["NV.I.2"]);
    expect(result[0].units).toEqual([
      { unitId: "so-yt", proposal: expect.objectContaining({ text: "Cần thêm kinh phí." }) },
    ]);
  });

  it("takes remarks from the accepted file only", () => {
    const files = [
      unitFile("so-yt", { status: "rejected", tasks: [withRemarks("NV.I.1", "Thiếu nhân lực.")] }),
      unitFile("so-tc", { status: "replaced", replacedBy: "so-tc-2.xlsx", tasks: [withRemarks("NV.I.1", "Cũ.")] }),
      unitFile("so-tc", {
        file: "so-tc-2.xlsx",
        receivedAt: "2026-05-09T09:00:00",
        tasks: [withRemarks("NV.I.1", "Mới.")],
      }),
    ];
    expect(digest(files)).toEqual([
      {
        taskId: "NV.I.1",
        units: [{ unitId: "so-tc", difficulty: expect.objectContaining({ text: "Mới.", file: "so-tc-2.xlsx" }) }],
      },
    ]);
  });
});
