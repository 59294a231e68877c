import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import type { CommandIo } from "../../src/cli/commandIo";
import { catalogRows2026 } from "../../src/domain/catalog/catalog2026";

function recordingIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { print: (t) => out.push(t), error: (t) => err.push(t), today: () => "2026-05-14" };
  return { io, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "catalog-cli-"));

describe("npm run cli -- catalog", () => {
  it("writes the plan with parsed targets, deadlines, buckets and units", async () => {
    const file = join(dir, "catalog.json");
    const { io, err } = recordingIo();
    const code = await runCli(["catalog", "--period", "2026-05", "--as-of", "2026-05-14", "--json", file], io);
    expect(code).toBe(0);
    // The CĐS plan's 77 rows and the other programmes' 31 (KHCN 11 with 2 sub-headings, carried over 10, letter 002 10).
    expect(err.join("\n")).toContain("54 chỉ tiêu, 108 nhiệm vụ");
    const catalog = JSON.parse(readFileSync(file, "utf8"));

    const withTarget = catalog.indicators.filter((i: { target: unknown }) => i.target !== null);
    expect(withTarget).toHaveLength(53);
    expect(catalog.indicators.find((i: { id: string }) => i.id === "CDS.II.8").heading).toBe(true);
    const fiveG = catalog.indicators.find((i: { id: string }) => i.id === "CDS.I.1");
    expect(fiveG).toMatchObject({ target2026: "70%", target: { op: ">=", value: 70, unit: "percent" } });
    expect(fiveG.leadUnits).toEqual(["Sở Khoa học và Công nghệ"]);
    const latex = catalog.indicators.find((i: { id: string }) => i.id === "CDS.III.8");
    expect(latex.target).toEqual({ op: ">=", value: 80, unit: "percent" });

    expect(catalog.programmes.map((p: { id: string }) => p.id)).toEqual([
      "CDS-2026",
      "CT2025-B1",
      "CT2025-B2",
      "KHCN-2026",
      "CT2025-A1",
      "CT2025-A2",
      "GV-TB11-2026",
    ]);
    const plan2026 = catalog.tasks.filter((t: { programme: string }) => t.programme === "CDS-2026");
    expect(plan2026).toHaveLength(77);
    expect(plan2026.filter((t: { heading: boolean }) => !t.heading)).toHaveLength(75);
    const plan = catalog.tasks.find((t: { id: string }) => t.id === "NV.I.2");
    expect(plan.parts.map((p: { kind: string; label?: string }) => [p.kind, p.label])).toEqual([
      ["due", "Kế hoạch"],
      ["recurring", "Báo cáo"],
    ]);
    // "Trước 10/5/2026" falls in May: the task is due in the period until it is done.
    expect(plan.bucket).toBe("due_in_period");
    expect(plan.dueDate).toBe("2026-05-10");
    const iot = catalog.tasks.find((t: { id: string }) => t.id === "NV.IV.7");
    expect([...iot.leadUnits].sort()).toEqual(
      ["Sở Công Thương", "Sở Giáo dục và Đào tạo", "Sở Xây dựng", "Sở Y tế"].sort(),
    );
    const buckets = new Set(catalog.tasks.map((t: { bucket: string | null }) => t.bucket));
    expect(buckets).toEqual(new Set([null, "continuous", "recurring", "due_before", "due_in_period", "not_yet_due"]));

    const groups = catalog.units.map((u: { group: string }) => u.group);
    expect(groups.filter((g: string) => g === "so")).toHaveLength(15);
    expect(groups.filter((g: string) => g === "xa")).toHaveLength(75);
  });

  it("reports an unparseable deadline or target with its id and exits non-zero", async () => {
    const rows = structuredClone(catalogRows2026);
    rows.tasks.find((t) => t.id === "NV.III.1")!.deadline = "Sớm nhất có thể";
    rows.indicators.find((i) => i.id === "CDS.I.2")!.target2026 = "Cao";
    const file = join(dir, "broken.json");
    writeFileSync(file, JSON.stringify(rows));
    const { io, err } = recordingIo();
    const code = await runCli(["catalog", "--period", "2026-05", "--catalog", file], io);
    expect(code).toBe(1);
    const text = err.join("\n");
    expect(text).toMatch(/NV\.III\.1 › deadline.*Sớm nhất có thể/);
    expect(text).toMatch(/CDS\.I\.2 › target2026.*Cao/);
  });

  it("refuses a missing or malformed period with a Vietnamese usage message", async () => {
    const missing = recordingIo();
    expect(await runCli(["catalog"], missing.io)).toBe(2);
    expect(missing.err[0]).toBe("Thiếu --period (ví dụ --period 2026-05).");
    const wrong = recordingIo();
    expect(await runCli(["catalog", "--period", "tháng năm"], wrong.io)).toBe(2);
    const unknown = recordingIo();
    expect(await runCli(["tong-hop"], unknown.io)).toBe(2);
    expect(unknown.err[0]).toBe("Không có lệnh “tong-hop”.");
  });
});
