/**
 * The parts of Phụ lục III: A the KHCN plan's tasks, B the CĐS plan's, each the year's plan programmes of that part
 * (003 prints no carried-over task and no dated assignment there: those are Phụ lục IV and the working sheets).
 */
import type { Catalog } from "../../../domain/catalog/types";
import { PART_TITLES } from "../../../domain/texts/templates";
import type { TaskAppendixPart } from "./taskAppendix";

const PARTS = ["A", "B"] as const;

export function taskAppendixParts(catalog: Catalog): TaskAppendixPart[] {
  return PARTS.flatMap((part) => {
    const plans = new Set(
      catalog.programmes.filter((p) => p.kind === "plan" && p.part === part).map((programme) => programme.id),
    );
    const tasks = catalog.tasks.filter((task) => plans.has(task.programmeId));
    return tasks.length > 0 ? [{ heading: PART_TITLES[part], tasks }] : [];
  });
}
