/** The section III counts: tasks by deadline bucket, and within each bucket by status. */
import type { TaskFigures } from "./consolidateTasks";
import type { TaskCounts } from "./types";

/**
 * A task nobody reported on has no status: due in the period and not yet overdue it counts as still running on
 * time, not yet due it counts as not started — the report has no "no report" slot and its lines must add up.
 */
export function countTasks(tasks: TaskFigures[]): TaskCounts {
  const counts: TaskCounts = {
    total: tasks.length,
    continuous: 0,
    recurring: 0,
    dueBefore: { total: 0, done: 0, overdue: 0 },
    dueInPeriod: { total: 0, done: 0, onTime: 0, overdue: 0 },
    notYetDue: { total: 0, done: 0, inProgress: 0, notStarted: 0 },
  };
  for (const task of tasks) {
    const done = task.status === "done";
    if (task.bucket === "continuous") counts.continuous++;
    if (task.bucket === "recurring") counts.recurring++;
    if (task.bucket === "due_before") {
      counts.dueBefore.total++;
      if (done) counts.dueBefore.done++;
      if (task.overdue) counts.dueBefore.overdue++;
    }
    if (task.bucket === "due_in_period") {
      counts.dueInPeriod.total++;
      if (done) counts.dueInPeriod.done++;
      else if (task.overdue) counts.dueInPeriod.overdue++;
      else counts.dueInPeriod.onTime++;
    }
    if (task.bucket === "not_yet_due") {
      counts.notYetDue.total++;
      if (done) counts.notYetDue.done++;
      else if (task.status === "in_progress") counts.notYetDue.inProgress++;
      else counts.notYetDue.notStarted++;
    }
  }
  return counts;
}
