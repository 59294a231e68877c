import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandIo } from "../../src/cli/commandIo";
import { runCli } from "../../src/cli/main";
import type { SamplePlan } from "../../src/samples/samplePlan";
import { readForm } from "../../src/workbook/xlsx/readForm";

function recordingIo() {
  const err: string[] = [];
  const io: CommandIo = { print: () => undefined, error: (t) => err.push(t), today: () => "2026-05-14" };
  return { io, err };
}

async function writeSamples(seed = "20260514") {
  const out = join(mkdtempSync(join(tmpdir(), "samples-")), "2026-05");
  const { io, err } = recordingIo();
  const code = await runCli(["samples", "--period", "2026-05", "--out", out, "--seed", seed], io);
  const json = JSON.parse(readFileSync(join(out, "samples.json"), "utf8"));
  return { code, err, out, json: json as { period: string; seed: number; plans: SamplePlan[] } };
}

describe("npm run cli -- samples", () => {
  let first: Awaited<ReturnType<typeof writeSamples>>;
  beforeAll(async () => {
    first = await writeSamples();
  });

  it("writes one file per plan that is sent, plus samples.json, and says so in Vietnamese", () => {
    expect(first.code).toBe(0);
    const sent = first.json.plans.filter((plan) => plan.send);
    expect(first.json).toMatchObject({ period: "2026-05", seed: 20260514 });
    expect(readdirSync(first.out).sort()).toEqual([...sent.map((plan) => plan.fileName), "samples.json"].sort());
    expect(first.err.join("\n")).toContain(`Đã ghi ${sent.length} tệp biểu mẫu đã điền`);
    expect(first.err.join("\n")).toContain("không gửi: 8 đơn vị");
  });

  it("dates each file at its receipt", () => {
    for (const plan of first.json.plans.filter((p) => p.send)) {
      expect(statSync(join(first.out, plan.fileName)).mtime.toISOString()).toBe(plan.receivedAt);
    }
  });

  it("writes forms the reader takes back with the planned values", async () => {
    const plan = first.json.plans.find((p) => p.unitId === "so-khcn") as SamplePlan;
    const read = await readForm(
      new Uint8Array(readFileSync(join(first.out, plan.fileName))),
      plan.fileName,
      plan.receivedAt,
    );
    if (!read.ok) throw new Error(read.finding.message);
    expect(read.value.submission.identity).toMatchObject({ unitId: "so-khcn", period: "2026-05" });
    expect(read.value.submission.indicators.find((e) => e.indicatorId === "CDS.I.1")?.result.raw).toBe(67.1);
    expect(read.value.submission.contact?.name).toBe(plan.contact.name);
    const april = first.json.plans.find((p) => p.quirks.includes("wrong_period")) as SamplePlan;
    const aprilRead = await readForm(
      new Uint8Array(readFileSync(join(first.out, april.fileName))),
      april.fileName,
      april.receivedAt,
    );
    expect(aprilRead.ok && aprilRead.value.submission.identity?.period).toBe("2026-04");
  });

  it("writes the same bytes on a second run with the same seed", async () => {
    const second = await writeSamples();
    const names = readdirSync(first.out).sort();
    expect(readdirSync(second.out).sort()).toEqual(names);
    for (const name of names) {
      expect(readFileSync(join(second.out, name)).equals(readFileSync(join(first.out, name)))).toBe(true);
    }
  });

  it("refuses a seed that is not a whole number, and a missing --out", async () => {
    const { io, err } = recordingIo();
    expect(await runCli(["samples", "--period", "2026-05", "--out", tmpdir(), "--seed", "abc"], io)).toBe(2);
    expect(err[0]).toBe("--seed “abc” không phải số nguyên không âm.");
    expect(await runCli(["samples", "--period", "2026-05"], io)).toBe(2);
    expect(err).toContain("Thiếu --out (thư mục ghi các tệp mẫu, ví dụ --out samples/2026-05).");
  });
});
