/**
 * One status from several: a task's from its lead units' (a task led by "Các sở, ban, ngành" has 15 or more), and
 * a unit's task from its deadline's parts ("(1) Quý I/2026 (2) Thường xuyên").
 */
import type { TaskStatus } from "./types";

/**
 * Done only when every one says done — one not reported is not known to be done; in progress when any has started
 * or finished; not started when those reported have not; unknown when none is reported. So a task whose part (2)
 * runs "Thường xuyên" is never done as a whole, and one whose part (1) is done is in progress.
 */
export function combineStatuses(statuses: readonly (TaskStatus | undefined)[]): TaskStatus | undefined {
  if (statuses.every((status) => status === undefined)) return undefined;
  if (statuses.every((status) => status === "done")) return "done";
  if (statuses.some((status) => status === "done" || status === "in_progress")) return "in_progress";
  return "not_started";
}
