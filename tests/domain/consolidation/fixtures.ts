/** Builders for consolidation inputs: units' files as validation hands them over, values as officers wrote them. */
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { FileOutcome, IndicatorOutcome, TaskOutcome } from "../../../src/domain/consolidation/types";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import { parseValue } from "../../../src/domain/language/parseValue";
import type { Period, TaskStatus } from "../../../src/domain/language/types";

export const catalog = catalog2026();

export function period(code: string): Period {
  const result = parsePeriod(code);
  if (!result.ok) throw new Error(`test setup: ${code} is not a period`);
  return result.value;
}

export function indicatorEntry(
  indicatorId: string,
  text: string | undefined,
  extra: Partial<Omit<IndicatorOutcome, "indicatorId" | "value">> = {},
): IndicatorOutcome {
  const measure = catalog.indicators.find((indicator) => indicator.id === indicatorId)?.measure;
  const parsed = text === undefined ? undefined : parseValue(text, { measure });
  if (parsed && !parsed.ok) throw new Error(`test setup: “${text}” is not a value`);
  return {
    indicatorId,
    ...(parsed ? { value: parsed.value } : {}),
    estimate: parsed?.value.flags.estimate ?? false,
    cell: { sheet: "Chỉ tiêu", cell: "F10" },
    ...extra,
  };
}

export function taskEntry(taskId: string, status?: TaskStatus, description?: string): TaskOutcome {
  return {
    taskId,
    ...(status ? { status } : {}),
    ...(description ? { description } : {}),
    cell: { sheet: "Nhiệm vụ", cell: "G8" },
  };
}

export function unitFile(unitId: string, extra: Partial<FileOutcome> = {}): FileOutcome {
  return {
    file: `${unitId}.xlsx`,
    unitId,
    receivedAt: "2026-05-08T09:00:00",
    status: "accepted",
    errors: 0,
    warnings: 0,
    indicators: [],
    tasks: [],
    ...extra,
  };
}

/** The 15 sở, ban, ngành and 75 xã, phường: the units every report waits for. */
export const expectedUnitIds = catalog.units.filter((unit) => unit.group !== "other").map((unit) => unit.id);
