import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import type { CommandIo } from "../../src/cli/commandIo";
import { readForm } from "../../src/workbook/xlsx/readForm";

function recordingIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { print: (t) => out.push(t), error: (t) => err.push(t), today: () => "2026-05-14" };
  return { io, out, err };
}

interface IndexEntry {
  unitId: string;
  unitName: string;
  group: string;
  file: string;
}

describe("npm run cli -- templates", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "templates-cli-")), "bieu-mau");
  let index: IndexEntry[];
  let err: string[];

  beforeAll(async () => {
    const recorded = recordingIo();
    err = recorded.err;
    expect(await runCli(["templates", "--period", "2026-05", "--out", dir], recorded.io)).toBe(0);
    index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8"));
  }, 60_000);

  it("writes a form for every sở, xã and phường and for the other units that have something to report", () => {
    expect(index.filter((entry) => entry.group === "so")).toHaveLength(15);
    expect(index.filter((entry) => entry.group === "xa")).toHaveLength(75);
    const others = index.filter((entry) => entry.group === "other").map((entry) => entry.unitId);
    expect(others).toEqual(expect.arrayContaining(["cong-an-tinh", "bhxh-tinh", "bao-ptth-son-la", "dn-vien-thong"]));
    // Thống kê tỉnh neither leads nor coordinates anything in the 2026 plan.
    expect(others).not.toContain("thong-ke-tinh");
    expect(index).toHaveLength(101);
    expect(index.find((entry) => entry.unitId === "xa-muong-sai")).toEqual({
      unitId: "xa-muong-sai",
      unitName: "Xã Mường Sại",
      group: "xa",
      file: "2026-05_xa-muong-sai.xlsx",
    });
  });

  it("writes exactly the files the index names, plus the plan's appendices and the index", () => {
    expect(readdirSync(dir).sort()).toEqual(
      [...index.map((entry) => entry.file), "Phu-luc-I-II-ke-hoach-2026.xlsx", "index.json"].sort(),
    );
  });

  it("writes forms the reader takes back for the unit and period they name", async () => {
    for (const entry of [index[0], index[20], index[index.length - 1]]) {
      const result = await readForm(new Uint8Array(readFileSync(join(dir, entry.file))), entry.file, "2026-05-09");
      expect(result.ok && [result.value.submission.unitId, result.value.submission.period]).toEqual([
        entry.unitId,
        "2026-05",
      ]);
    }
  });

  it("says in Vietnamese how many forms it made and how long it took", () => {
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      new RegExp(
        `^Đã tạo 101 biểu mẫu đơn vị và Phu-luc-I-II-ke-hoach-2026\\.xlsx trong \\d+,\\d giây, tại ${dir}\\.$`,
      ),
    );
  });

  it("refuses to run without --out", async () => {
    const { io, err: errors } = recordingIo();
    expect(await runCli(["templates", "--period", "2026-05"], io)).toBe(2);
    expect(errors[0]).toBe("Thiếu --out (thư mục ghi biểu mẫu, ví dụ --out bieu-mau).");
  });
});
