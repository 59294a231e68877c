/** One status for a task from its lead units' statuses (a task led by "Các sở, ban, ngành" has 15 or more). */
import type { TaskStatus } from "../language/types";

/**
 * Done only when every lead says done — a lead that has not reported is not known to be done; in progress when
 * any lead has started or finished; not started when those who reported have not; unknown when no lead reported.
 */
export function combineLeadStatuses(statuses: (TaskStatus | undefined)[]): TaskStatus | undefined {
  if (statuses.every((status) => status === undefined)) return undefined;
  if (statuses.every((status) => status === "done")) return "done";
  if (statuses.some((status) => status === "done" || status === "in_progress")) return "in_progress";
  return "not_started";
}
