/** Whether a task has something to print for the period: a status from its lead, or any unit's description. */
import type { ConsolidatedTask } from "../consolidation/types";

export function hasResultThisPeriod(result: ConsolidatedTask): boolean {
  return result.status !== undefined || result.description.trim() !== "";
}
