import { buildCatalog } from "../../../src/domain/catalog/buildCatalog";
import { catalogRows2026 } from "../../../src/domain/catalog/catalog2026";
import { catalogRowsOf } from "../../../src/domain/catalog/catalogRowsOf";
import { parseRevisions, revisionDay, type RevisionRow } from "../../../src/domain/catalog/parseRevisions";

const targets = {
  indicators: new Map([["CDS.III.14", "percent" as const]]),
  items: new Set(["CDS.III.14", "NV.I.1", "so-khcn", "xa-a", "xa-b"]),
  units: new Set(["so-khcn", "xa-a", "xa-b"]),
};

function messages(rows: RevisionRow[]): string[] {
  const parsed = parseRevisions(rows, targets);
  return parsed.ok ? [] : parsed.issues.map((issue) => issue.message);
}

describe("revisionDay", () => {
  it("reads an ISO day and a Vietnamese day, and refuses a day that does not exist", () => {
    expect(revisionDay("2026-06-01")).toBe("2026-06-01");
    expect(revisionDay("01/06/2026")).toBe("2026-06-01");
    expect(revisionDay("1/6/2026")).toBe("2026-06-01");
    expect(revisionDay("31/06/2026")).toBeUndefined();
    expect(revisionDay("tháng 6")).toBeUndefined();
  });
});

describe("parseRevisions", () => {
  it("parses each kind, sorted by day (one day's changes in the order typed)", () => {
    const parsed = parseRevisions(
      [
        { kind: "merged", id: "xa-a", from: "2026-07-01", predecessors: ["xa-b"] },
        { kind: "target", id: "CDS.III.14", from: "20/05/2026", target: "≥ 50%" },
        { kind: "renamed", id: "so-khcn", from: "2026-05-20", name: "Sở Khoa học, Công nghệ" },
        { kind: "added", id: "NV.I.1", from: "2026-05-02" },
        { kind: "withdrawn", id: "NV.I.1", from: "2026-06-15" },
      ],
      targets,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.map((revision) => [revision.kind, revision.from])).toEqual([
      ["added", "2026-05-02"],
      ["target", "2026-05-20"],
      ["renamed", "2026-05-20"],
      ["withdrawn", "2026-06-15"],
      ["merged", "2026-07-01"],
    ]);
    expect(parsed.value[1]).toMatchObject({ target: "≥ 50%", parsed: { op: ">=", value: 50, unit: "percent" } });
  });

  it("names the change in each message: its place, kind, id and day", () => {
    expect(messages([{ kind: "target", id: "CDS.III.14", from: "2026-05-20", target: "nhiều hơn" }])).toEqual([
      expect.stringMatching(
        /^Thay đổi thứ 1 \(Điều chỉnh chỉ tiêu CDS\.III\.14, từ ngày 2026-05-20\): chỉ tiêu mới “nhiều hơn”/,
      ),
    ]);
  });

  it("refuses an unknown kind, a bad day, an unknown id, a heading or a task given a target", () => {
    expect(messages([{ kind: "moved", id: "NV.I.1", from: "2026-05-20" }])[0]).toContain("loại thay đổi “moved”");
    expect(messages([{ kind: "added", id: "NV.I.1", from: "20.5.2026" }])[0]).toContain("ngày áp dụng “20.5.2026”");
    expect(messages([{ kind: "withdrawn", id: "NV.X.99", from: "2026-05-20" }])[0]).toContain("mã NV.X.99 không phải");
    expect(messages([{ kind: "target", id: "NV.I.1", from: "2026-05-20", target: "50%" }])[0]).toContain(
      "mã NV.I.1 không phải một chỉ tiêu",
    );
    expect(messages([{ kind: "added", id: "", from: "2026-05-20" }])[0]).toContain("chưa ghi mã");
  });

  it("refuses a rename without a name, and a rename or merger of something not a unit", () => {
    expect(messages([{ kind: "renamed", id: "so-khcn", from: "2026-05-20" }])[0]).toContain("chưa ghi tên mới");
    expect(messages([{ kind: "renamed", id: "NV.I.1", from: "2026-05-20", name: "X" }])[0]).toContain(
      "không phải đơn vị",
    );
  });

  it("refuses a merger without predecessors, into itself, of an unknown unit, or of a unit merged twice", () => {
    expect(messages([{ kind: "merged", id: "xa-a", from: "2026-05-20" }])[0]).toContain("chưa ghi mã các đơn vị");
    expect(messages([{ kind: "merged", id: "xa-a", from: "2026-05-20", predecessors: ["xa-a"] }])[0]).toContain(
      "xa-a không có trong danh mục đơn vị, hoặc trùng",
    );
    expect(messages([{ kind: "merged", id: "xa-a", from: "2026-05-20", predecessors: ["xa-z"] }])[0]).toContain("xa-z");
    const twice = messages([
      { kind: "merged", id: "xa-a", from: "2026-05-20", predecessors: ["xa-b"] },
      { kind: "merged", id: "so-khcn", from: "2026-06-20", predecessors: ["xa-b"] },
    ]);
    expect(twice).toEqual([expect.stringMatching(/^Thay đổi thứ 2 .*xa-b đã được sáp nhập/)]);
  });

  it("refuses the same change twice and a withdrawal not after the addition", () => {
    const repeated = messages([
      { kind: "added", id: "NV.I.1", from: "2026-05-20" },
      { kind: "added", id: "NV.I.1", from: "20/05/2026" },
    ]);
    expect(repeated).toEqual([expect.stringMatching(/^Thay đổi thứ 2 .*trùng với một thay đổi/)]);
    const early = messages([
      { kind: "added", id: "NV.I.1", from: "2026-05-20" },
      { kind: "withdrawn", id: "NV.I.1", from: "2026-05-20" },
    ]);
    expect(early).toEqual([expect.stringMatching(/^Thay đổi thứ 2 .*ngày bãi bỏ không sau ngày bổ sung/)]);
  });

  it("does not throw on what a JSON file may hold instead of texts", () => {
    const rows = [{ kind: 3, id: null, from: undefined }] as unknown as RevisionRow[];
    expect(messages(rows)).toHaveLength(3);
  });
});

describe("buildCatalog with revisions", () => {
  it("fails the whole catalog on a bad change, naming it", () => {
    const built = buildCatalog({
      ...catalogRows2026,
      revisions: [{ kind: "target", id: "CDS.III.99", from: "2026-05-20", target: "50%" }],
    });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.issues.map((issue) => issue.message)).toEqual([
      "Thay đổi thứ 1 (Điều chỉnh chỉ tiêu CDS.III.99, từ ngày 2026-05-20): mã CDS.III.99 không phải một chỉ tiêu có chỉ tiêu năm (dòng tiêu đề không có chỉ tiêu).",
    ]);
  });

  it("keeps the changes through catalogRowsOf, so a catalog written out reads back the same", () => {
    const revisions: RevisionRow[] = [
      { kind: "target", id: "CDS.III.14", from: "2026-05-20", target: "≥ 50%" },
      { kind: "merged", id: "phuong-chieng-an", from: "2026-06-01", predecessors: ["phuong-chieng-coi"] },
    ];
    const built = buildCatalog({ ...catalogRows2026, revisions });
    if (!built.ok) throw new Error("catalog");
    expect(catalogRowsOf(built.value).revisions).toEqual(revisions);
    const again = buildCatalog(catalogRowsOf(built.value));
    expect(again.ok && again.value.revisions).toEqual(built.value.revisions);
  });

  it("has no revisions field at all without changes", () => {
    const built = buildCatalog(catalogRows2026);
    expect(built.ok && "revisions" in built.value).toBe(false);
  });
});
