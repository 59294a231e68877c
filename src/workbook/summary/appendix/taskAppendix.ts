/**
 * Phụ lục III: the tasks' progress in the report's seven columns, one section per part given. A part is a heading
 * and its tasks, so the KHCN plan (part A) and the CĐS plan (part B) are two entries of the same list.
 */
import type { Task } from "../../../domain/catalog/types";
import type { ConsolidatedTask, Consolidation } from "../../../domain/consolidation/types";
import { hasResultThisPeriod } from "../../../domain/report/hasResultThisPeriod";
import { renumberTasks } from "../../../domain/report/renumberTasks";
import { SUMMARY_SHEETS, summaryTexts } from "../../../domain/texts/summary";
import type { Sheet, Workbook } from "../../model/types";
import { outlineRows } from "../../templates/outlineRows";
import { periodHeading } from "../periodHeading";
import { addAppendixSheet } from "./addAppendixSheet";
import type { AppendixColumn, AppendixRow, AppendixSection } from "./appendixTable";

const texts = summaryTexts.appendixIII;

const COLUMNS: AppendixColumn[] = [
  { width: 5, align: "center" },
  { width: 21, align: "left" },
  { width: 12, align: "left" },
  { width: 12, align: "left" },
  { width: 10, align: "center" },
  { width: 12, align: "center" },
  { width: 24, align: "left" },
];

export interface TaskAppendixPart {
  /** "B. CHUYỂN ĐỔI SỐ". */
  heading: string;
  /** The part's tasks in catalog order, headings (IV.3) included or not: they print above their sub-tasks. */
  tasks: Task[];
}

export interface TaskAppendixInput {
  parts: TaskAppendixPart[];
  /** Every task of the catalog, where the parents of sub-tasks are found. */
  all: Task[];
  consolidation: Consolidation;
  /** Keep only the tasks with a result this period, renumbered, as the May 2026 report does. */
  onlyReported: boolean;
}

function sectionRows(
  part: TaskAppendixPart,
  { all, onlyReported }: TaskAppendixInput,
  results: Map<string, ConsolidatedTask>,
): AppendixRow[] {
  const reported = part.tasks.filter((task) => {
    const result = results.get(task.id);
    return result !== undefined && (!onlyReported || hasResultThisPeriod(result));
  });
  const numbers = onlyReported ? renumberTasks(reported, all) : undefined;
  const stt = (task: Task) => numbers?.get(task.id) ?? task.stt;
  return outlineRows(reported, all, false).flatMap((line): AppendixRow[] => {
    // Parts are this appendix's sections, never rows inside one.
    if (line.kind === "part") return [];
    if (line.kind === "group") return [{ kind: "group", stt: line.group, title: line.title }];
    const task = line.item;
    const result = results.get(task.id);
    // A heading such as IV.2 prints its STT and name; its sub-rows carry the progress.
    if (line.kind === "parent" || !result)
      return [{ kind: "item", cells: [stt(task), task.name, ...Array(5).fill(null)] }];
    return [
      {
        kind: "item",
        cells: [
          stt(task),
          task.name,
          task.lead.raw,
          task.product,
          task.deadline.raw,
          result.statusText,
          result.description,
        ],
      },
    ];
  });
}

export function addTaskAppendix(workbook: Workbook, input: TaskAppendixInput): Sheet {
  const results = new Map(input.consolidation.tasks.map((result) => [result.id, result]));
  const sections = input.parts.flatMap((part): AppendixSection[] => {
    const rows = sectionRows(part, input, results);
    return rows.length === 0 ? [] : [{ headings: [part.heading], headers: texts.headers, rows }];
  });
  return addAppendixSheet(workbook, {
    name: SUMMARY_SHEETS.appendixIII,
    label: texts.label,
    title: texts.title(periodHeading(input.consolidation.period)),
    columns: COLUMNS,
    sections,
  });
}
