/**
 * A correct filled form of a real unit of the 2026 catalog, for May 2026 checked on 14/5/2026: fixed cells
 * copied from the catalog, every indicator at its target (or last year's result when higher), every task
 * on time — done with a document number where it was due before the 14th, in progress otherwise. A test
 * then breaks one thing.
 */
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { Indicator, Task } from "../../../src/domain/catalog/types";
import {
  asksForNumeratorAndDenominator,
  FORM_TEMPLATE_ID,
  FORM_TEMPLATE_VERSION,
  formContentFor,
  formFingerprint,
} from "../../../src/domain/forms/formContent";
import { classifyTask } from "../../../src/domain/language/classifyTask";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import { parseValue } from "../../../src/domain/language/parseValue";
import type { Period } from "../../../src/domain/language/types";
import { formatVietnameseNumber } from "../../../src/domain/language/vietnameseNumber";
import type {
  CellInput,
  FormIdentity,
  IndicatorEntry,
  Submission,
  TaskEntry,
} from "../../../src/domain/submission/types";
import type { ValidationContext } from "../../../src/domain/validation/validateSubmission";

export const catalog = catalog2026();
export const MAY_2026 = "2026-05";
export const AS_OF = "2026-05-14";
export const INDICATOR_SHEET = "Chỉ tiêu";
export const TASK_SHEET = "Nhiệm vụ";
/** Rows 4–5 hold the table header; data starts at row 6. */
const FIRST_ROW = 6;

export const DONE_DESCRIPTION = "Đã ban hành Kế hoạch số 45/KH-UBND ngày 08/5/2026 và triển khai đến các phòng.";
export const ONGOING_DESCRIPTION = "Đơn vị đang tổ chức thực hiện theo kế hoạch.";

function period(code: string): Period {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(code);
  return parsed.value;
}

export function validationContext(overrides: Partial<ValidationContext> = {}): ValidationContext {
  return { catalog, period: period(MAY_2026), asOf: AS_OF, ...overrides };
}

function cell(sheet: string, column: string, row: number, raw: CellInput["raw"]): CellInput {
  return { sheet, cell: `${column}${row}`, raw };
}

/** The figure that meets the target and is not below last year's result. */
function passingFigure(indicator: Indicator): number {
  const lastYear = parseValue(indicator.result2025, { measure: indicator.measure });
  const floor = lastYear.ok && lastYear.value.unit === indicator.measure ? (lastYear.value.number ?? 0) : 0;
  return Math.max(indicator.target?.value ?? 0, floor);
}

function indicatorEntry(indicator: Indicator, row: number): IndicatorEntry {
  const at = (column: string, raw: CellInput["raw"]) => cell(INDICATOR_SHEET, column, row, raw);
  const fixed = {
    stt: at("A", indicator.stt),
    name: at("B", indicator.name),
    result2025: at("C", indicator.result2025),
    target2026: at("D", indicator.target2026),
  };
  const figure = passingFigure(indicator);
  if (asksForNumeratorAndDenominator(indicator)) {
    const numerator = Math.round(figure * 100);
    return {
      indicatorId: indicator.id,
      fixed,
      numerator: at("E", numerator),
      denominator: at("F", 10000),
      result: { ...at("G", (numerator / 10000) * 100), formula: true },
    };
  }
  const written = indicator.measure === "percent" ? `${formatVietnameseNumber(figure)}%` : figure;
  return { indicatorId: indicator.id, fixed, result: at("G", written) };
}

function taskEntry(task: Task, row: number): TaskEntry {
  const at = (column: string, raw: CellInput["raw"]) => cell(TASK_SHEET, column, row, raw);
  const dueAlready = classifyTask(task.deadline, period(MAY_2026), AS_OF, "in_progress").overdue;
  return {
    taskId: task.id,
    fixed: {
      stt: at("A", task.stt),
      name: at("B", task.name),
      product: at("C", task.product),
      deadline: at("D", task.deadline.raw),
    },
    status: at("E", dueAlready ? "Đã hoàn thành" : "Đang thực hiện"),
    progress: at("F", dueAlready ? 100 : 50),
    description: at("G", dueAlready ? DONE_DESCRIPTION : ONGOING_DESCRIPTION),
    difficulties: at("H", null),
    proposals: at("I", null),
  };
}

export function validSubmission(
  unitId: string,
  file = `${unitId}-2026-05.xlsx`,
): Submission & { identity: FormIdentity } {
  const content = formContentFor(catalog, unitId);
  return {
    file,
    receivedAt: "2026-05-09T08:00:00+07:00",
    identity: {
      templateId: FORM_TEMPLATE_ID,
      templateVersion: FORM_TEMPLATE_VERSION,
      catalogYear: catalog.year,
      unitId,
      period: MAY_2026,
      fingerprint: formFingerprint(content, { unitId, period: MAY_2026 }),
    },
    unitId,
    period: MAY_2026,
    indicators: content.indicators.map((indicator, i) => indicatorEntry(indicator, FIRST_ROW + i)),
    tasks: content.tasks.map((task, i) => taskEntry(task, FIRST_ROW + i)),
  };
}

export function indicatorRow(submission: Submission, indicatorId: string): IndicatorEntry {
  const entry = submission.indicators.find((candidate) => candidate.indicatorId === indicatorId);
  if (!entry) throw new Error(`${indicatorId} is not on the form of ${submission.unitId}`);
  return entry;
}

export function taskRow(submission: Submission, taskId: string): TaskEntry {
  const entry = submission.tasks.find((candidate) => candidate.taskId === taskId);
  if (!entry) throw new Error(`${taskId} is not on the form of ${submission.unitId}`);
  return entry;
}
