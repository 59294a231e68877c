import { readFileSync } from "node:fs";
import { join } from "node:path";
import { catalog2026 } from "../../../../src/domain/catalog/catalog2026";
import { partLabel } from "../../../../src/domain/language/deadlineParts";

/** The plan's composite deadlines as the officer reads them in seed 000: each part's label, kind and due day. */
const EXPECTED: Record<string, [label: string, kind: string, due?: string][]> = {
  "NV.I.1": [
    ["Kế hoạch", "due", "2026-01-31"],
    ["Báo cáo", "recurring"],
  ],
  "NV.I.2": [
    ["Kế hoạch", "due", "2026-05-10"],
    ["Báo cáo", "recurring"],
  ],
  "NV.I.8": [
    ["(1)", "due", "2026-03-31"],
    ["(2)", "continuous"],
  ],
  "NV.I.10": [
    ["(1) (2) (3) (4)", "due", "2026-05-31"],
    ["(5)", "due", "2026-06-30"],
  ],
  // Unlabelled parts are named by their place, as the form's sub-rows show them.
  "NV.II.3": [
    ["(1)", "due", "2026-09-30"],
    ["(2)", "due", "2026-10-31"],
  ],
  "NV.VIII.9": [
    ["(1)", "due", "2026-03-31"],
    ["(2)", "continuous"],
  ],
  "NV.IX.1": [
    ["(1)", "due", "2026-01-31"],
    ["(2)", "continuous", "2026-12-31"],
  ],
};

/** The last column ("Thời gian hoàn thành") of seed 000's table rows that plainly hold more than one time. */
function compositeDeadlinesOfSeed(): string[] {
  const seed = readFileSync(join(__dirname, "../../../../seeds/000_98d9bb920ef3d53b.txt"), "utf8");
  return seed
    .split("\n")
    .map((line) => line.split("\t"))
    .filter((cells) => cells.length >= 5)
    .map((cells) => cells[cells.length - 1].replace(/<[^>]+>/g, "").trim())
    .filter((text) => /\(\d\).*\(\d\)|^-.*\s-\s|\svà\s(?:năm|quý|tháng)/i.test(text));
}

describe("the catalog's composite deadlines", () => {
  const composite = catalog2026().tasks.filter((task) => task.deadline.parts.length > 1);

  it("are the seven of seed 000, in plan order, with 14 parts in all", () => {
    expect(composite.map((task) => task.deadline.raw)).toEqual(compositeDeadlinesOfSeed());
    expect(composite.map((task) => task.id)).toEqual(Object.keys(EXPECTED));
    expect(composite.flatMap((task) => task.deadline.parts)).toHaveLength(14);
  });

  it.each(Object.entries(EXPECTED))("%s keeps each part with its own label, kind and due day", (id, parts) => {
    const task = composite.find((candidate) => candidate.id === id);
    if (!task) throw new Error(`${id} is not composite`);
    const read = task.deadline.parts.map((part, index) => {
      const due = part.kind === "recurring" ? undefined : part.to;
      return due === undefined
        ? [partLabel(task.deadline, index), part.kind]
        : [partLabel(task.deadline, index), part.kind, due];
    });
    expect(read).toEqual(parts);
  });
});
