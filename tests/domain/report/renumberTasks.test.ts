import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { renumberTasks } from "../../../src/domain/report/renumberTasks";

const tasks = catalog2026().tasks;
const pick = (...ids: string[]) => tasks.filter((task) => ids.includes(task.id));

describe("renumberTasks", () => {
  it("numbers the kept tasks 1, 2, 3 … again in each group", () => {
    const numbers = renumberTasks(pick("NV.I.2", "NV.I.5", "NV.II.3"), tasks);
    expect([...numbers]).toEqual([
      ["NV.I.2", "1"],
      ["NV.I.5", "2"],
      ["NV.II.3", "1"],
    ]);
  });

  it("numbers a kept sub-task under its parent, which takes the next number of its group", () => {
    const numbers = renumberTasks(pick("NV.IV.1", "NV.IV.3.2"), tasks);
    expect([...numbers]).toEqual([
      ["NV.IV.1", "1"],
      ["NV.IV.3", "2"],
      ["NV.IV.3.2", "2.1"],
    ]);
  });

  it("keeps the “-” of the items under V.5", () => {
    const numbers = renumberTasks(pick("NV.V.5.b", "NV.V.5.c"), tasks);
    expect([...numbers]).toEqual([
      ["NV.V.5", "1"],
      ["NV.V.5.b", "-"],
      ["NV.V.5.c", "-"],
    ]);
  });
});
