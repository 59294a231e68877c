/**
 * The STT a shortened task list prints, as the May 2026 report numbers the tasks it keeps: 1, 2, 3 … within each
 * group, a sub-task as its parent's number and its own ("2.1"), a "-" item stays "-".
 */
import type { Task } from "../catalog/types";

/** `kept` in catalog order; `all` is the whole list, where the parents of kept sub-tasks are found. */
export function renumberTasks(kept: Task[], all: Task[]): Map<string, string> {
  const byId = new Map(all.map((task) => [task.id, task]));
  const numbers = new Map<string, string>();
  const children = new Map<string, number>();
  let group: string | undefined;
  let counter = 0;
  const next = (task: Task) => {
    if (task.group !== group) {
      group = task.group;
      counter = 0;
    }
    counter++;
    numbers.set(task.id, String(counter));
  };
  for (const task of kept) {
    const parent = task.parentId === undefined ? undefined : byId.get(task.parentId);
    if (!parent) {
      next(task);
      continue;
    }
    if (!numbers.has(parent.id)) next(parent);
    const count = (children.get(parent.id) ?? 0) + 1;
    children.set(parent.id, count);
    numbers.set(task.id, task.stt === "-" ? "-" : `${numbers.get(parent.id)}.${count}`);
  }
  return numbers;
}
